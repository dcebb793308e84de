import {
  DateField,
  EnumField,
  MunicipalityCodeField,
  NestedField,
  TextField,
  TextListField,
  TimestampField,
  UuidField,
  UuidListField,
} from '../../http/fields';
import { SIGNAL_SOURCES, URGENCIES, type Child, type SignalSource, type Urgency } from '@casus/domain';
import { CaseStepRequest, type CaseStepData } from '../shared/case-step.dto';

export class ChildRequest implements Child {
  @UuidField()
  childId!: string;

  @DateField()
  birthDate!: string;
}

/** `caseId` is optional here and in the body, not the path: the API chooses one when it is left out. */
export class RegisterSignalRequest implements CaseStepData<'RegisterSignal'> {
  @UuidField({ optional: true, description: 'Chosen by the client to make a retry safe; generated when left out' })
  caseId?: string;

  @TimestampField({ optional: true, description: 'When the concern reached the team; defaults to now' })
  receivedAt?: string;

  @EnumField(SIGNAL_SOURCES)
  source!: SignalSource;

  @TextListField()
  concerns!: string[];

  @NestedField(() => ChildRequest, { array: true })
  children!: ChildRequest[];

  @TextField({ max: 10_000 })
  description!: string;

  @EnumField(URGENCIES)
  urgency!: Urgency;

  @TextField({ max: 200 })
  municipality!: string;

  @MunicipalityCodeField()
  municipalityCode?: string;
}

export class AssignCaseLeadRequest extends CaseStepRequest implements CaseStepData<'AssignCaseLead'> {
  @UuidField()
  leadId!: string;

  @TextField({ max: 200 })
  name!: string;
}

export class RecordNewSignalRequest extends CaseStepRequest implements CaseStepData<'RecordNewSignal'> {
  @UuidField({ description: 'Chosen by the client; a safety assessment names it to answer this signal' })
  signalId!: string;

  @TimestampField({ optional: true, description: 'When the concern reached the team; defaults to now' })
  receivedAt?: string;

  @EnumField(SIGNAL_SOURCES)
  source!: SignalSource;

  @TextListField()
  concerns!: string[];

  @UuidListField({ description: 'The children of the case the signal concerns' })
  childIds!: string[];

  @TextField({ max: 10_000 })
  description!: string;

  @EnumField(URGENCIES)
  urgency!: Urgency;
}
