import { IntegerField, TextField, UuidField } from '../../../http/fields';
import { CaseStepRequest, type CaseStepData } from '../../shared/case-step.dto';

const STEP_NUMBER = { min: 0, max: Number.MAX_SAFE_INTEGER };

export class AddOwnStatementRequest extends CaseStepRequest implements CaseStepData<'AddOwnStatement'> {
  @UuidField({ description: 'Chosen by the client, so that sending it again adds nothing twice' })
  statementId!: string;

  @TextField({ max: 10_000, description: 'The own statement (eigen verklaring), in the words of the child or parent' })
  text!: string;

  @IntegerField({
    ...STEP_NUMBER,
    optional: true,
    description: 'The step of the file it is about (its eventNumber); left out: the file as a whole',
  })
  aboutEventNumber?: number;
}

export class RequestCorrectionRequest extends CaseStepRequest implements CaseStepData<'RequestCorrection'> {
  @UuidField({ description: 'Chosen by the client' })
  requestId!: string;

  @IntegerField({ ...STEP_NUMBER, description: 'The step of the file with the factual error (its eventNumber)' })
  aboutEventNumber!: number;

  @TextField({ description: 'What is wrong' })
  what!: string;

  @TextField({ description: 'What it should say' })
  proposed!: string;
}

export class RequestDestructionRequest extends CaseStepRequest implements CaseStepData<'RequestDestruction'> {
  @UuidField({ description: 'Chosen by the client' })
  requestId!: string;

  @TextField({ optional: true, description: 'Why, if the child or parent wants to say' })
  reason?: string;
}

export class FileComplaintRequest extends CaseStepRequest implements Omit<CaseStepData<'FileComplaint'>, 'complaintTermWeeks'> {
  @UuidField({ description: 'Chosen by the client' })
  complaintId!: string;

  @TextField({ max: 200, description: 'What the complaint is about, in a few words' })
  about!: string;

  @TextField({ max: 10_000, description: 'The complaint' })
  text!: string;
}
