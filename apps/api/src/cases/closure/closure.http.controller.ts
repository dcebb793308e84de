import { Body, Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CaseStep } from '../shared/case-step.decorators';
import { CaseSteps, StepContext } from '../shared/case-steps';
import type { CaseStepContext } from '../shared/execute-case-command';
import { CloseCaseRequest, ReopenCaseRequest } from './closure.request.dto';
import { IdParam } from '../../http/id-param';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class ClosureHttpController {
  constructor(private readonly steps: CaseSteps) {}

  @CaseStep('CloseCase', 'close', 'Close the case with a reason')
  close(@IdParam('caseId') caseId: string, @Body() body: CloseCaseRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('CloseCase', caseId, body, context);
  }

  @CaseStep('ReopenCase', 'reopen', 'Reopen a closed case with a reason')
  reopen(@IdParam('caseId') caseId: string, @Body() body: ReopenCaseRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('ReopenCase', caseId, body, context);
  }
}
