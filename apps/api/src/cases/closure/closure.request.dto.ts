import { TextField } from '../../http/fields';
import { CaseStepRequest, type CaseStepData } from '../shared/case-step.dto';

export class CloseCaseRequest extends CaseStepRequest implements CaseStepData<'CloseCase'> {
  @TextField()
  reason!: string;
}

export class ReopenCaseRequest extends CaseStepRequest implements CaseStepData<'ReopenCase'> {
  @TextField()
  reason!: string;
}
