import { DateField, EnumField, TextField, TextListField, UuidField, UuidListField } from '../../http/fields';
import { SAFETY_OUTCOMES, type SafetyOutcome } from '@casus/domain';
import { CaseStepRequest, type CaseStepData } from '../shared/case-step.dto';

export class RecordSafetyAssessmentRequest extends CaseStepRequest implements CaseStepData<'RecordSafetyAssessment'> {
  @UuidField()
  assessmentId!: string;

  @EnumField(SAFETY_OUTCOMES)
  outcome!: SafetyOutcome;

  @TextField({ max: 10_000 })
  findings!: string;

  @DateField()
  assessedOn!: string;

  @UuidField({
    optional: true,
    description: 'The later signal (record-new-signal) this assessment answers; left out: the signal that opened the case',
  })
  signalId?: string;
}

export class AgreeSafetyPlanRequest extends CaseStepRequest implements CaseStepData<'AgreeSafetyPlan'> {
  @UuidField()
  safetyPlanId!: string;

  @TextListField()
  conditions!: string[];

  @DateField()
  reviewOn!: string;

  @UuidListField({ description: 'Family members who agreed to the plan' })
  agreedBy!: string[];
}
