import { DateField, EnumField, TextField, TextListField, UuidField, UuidListField } from '../../http/fields';
import { SAFETY_OUTCOMES } from '@casus/domain';
import { CaseStepRequest } from '../shared/case-step.dto';

export class RecordSafetyAssessmentRequest extends CaseStepRequest {
  @UuidField()
  assessmentId!: string;

  @EnumField(SAFETY_OUTCOMES)
  outcome!: string;

  @TextField({ max: 10_000 })
  findings!: string;

  @DateField()
  assessedOn!: string;
}

export class AgreeSafetyPlanRequest extends CaseStepRequest {
  @UuidField()
  safetyPlanId!: string;

  @TextListField()
  conditions!: string[];

  @DateField()
  reviewOn!: string;

  @UuidListField({ description: 'Family members who agreed to the plan' })
  agreedBy!: string[];
}
