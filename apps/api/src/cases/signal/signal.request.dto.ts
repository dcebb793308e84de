import { DateField, EnumField, NestedField, TextField, TextListField, TimestampField, UuidField } from '../../http/fields';
import { SIGNAL_SOURCES, URGENCIES } from '@casus/domain';
import { CaseStepRequest } from '../shared/case-step.dto';

export class ChildRequest {
  @UuidField()
  childId!: string;

  @DateField()
  birthDate!: string;
}

export class RegisterSignalRequest {
  @UuidField({ optional: true, description: 'Chosen by the client to make a retry safe; generated when left out' })
  caseId?: string;

  @TimestampField({ optional: true, description: 'When the concern reached the team; defaults to now' })
  receivedAt?: string;

  @EnumField(SIGNAL_SOURCES)
  source!: string;

  @TextListField()
  concerns!: string[];

  @NestedField(() => ChildRequest, { array: true })
  children!: ChildRequest[];

  @TextField({ max: 10_000 })
  description!: string;

  @EnumField(URGENCIES)
  urgency!: string;

  @TextField({ max: 200 })
  municipality!: string;
}

export class AssignCaseLeadRequest extends CaseStepRequest {
  @UuidField()
  leadId!: string;

  @TextField({ max: 200 })
  name!: string;
}
