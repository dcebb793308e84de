import { COMPLAINT_OUTCOMES, CORRECTION_DECISIONS, DESTRUCTION_EXCEPTIONS, DESTRUCTION_REQUEST_DECISIONS } from '@casus/domain';
import { EnumField, TextField, UuidField } from '../../http/fields';
import { CaseStepRequest, type CaseStepData } from '../shared/case-step.dto';

export class DecideCorrectionRequest extends CaseStepRequest implements CaseStepData<'DecideCorrection'> {
  @UuidField({ description: 'The correction request answered' })
  requestId!: string;

  @EnumField(CORRECTION_DECISIONS)
  decision!: CaseStepData<'DecideCorrection'>['decision'];

  @TextField({ description: 'Why it is corrected or refused; the family reads it' })
  reason!: string;

  @TextField({ optional: true, description: 'The corrected text, when corrected (a new event; the step corrected stays as it was)' })
  correction?: string;
}

export class DecideDestructionRequest extends CaseStepRequest implements CaseStepData<'DecideDestruction'> {
  @UuidField({ description: 'The destruction request answered' })
  requestId!: string;

  @EnumField(DESTRUCTION_REQUEST_DECISIONS, { description: 'destroy: the file is destroyed at once, as at the end of its term' })
  decision!: CaseStepData<'DecideDestruction'>['decision'];

  @EnumField(DESTRUCTION_EXCEPTIONS, { optional: true, description: 'The exception of the law that keeps the file; only with refuse' })
  exception?: CaseStepData<'DecideDestruction'>['exception'];

  @TextField({ description: 'Why the file is destroyed or kept; the family reads it' })
  reason!: string;
}

export class HandleComplaintRequest extends CaseStepRequest implements CaseStepData<'HandleComplaint'> {
  @UuidField({ description: 'The complaint handled' })
  complaintId!: string;

  @EnumField(COMPLAINT_OUTCOMES)
  outcome!: CaseStepData<'HandleComplaint'>['outcome'];

  @TextField({ description: 'Why, in words the family reads' })
  reason!: string;
}
