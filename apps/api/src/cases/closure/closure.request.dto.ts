import { TextField } from '../../http/fields';
import { CaseStepRequest } from '../shared/case-step.dto';

export class CloseCaseRequest extends CaseStepRequest {
  @TextField()
  reason!: string;
}

export class ReopenCaseRequest extends CaseStepRequest {
  @TextField()
  reason!: string;
}
