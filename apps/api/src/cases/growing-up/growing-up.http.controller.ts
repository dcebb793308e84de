import { Body, Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CaseStep } from '../shared/case-step.decorators';
import { CaseSteps, StepContext } from '../shared/case-steps';
import type { CaseStepContext } from '../shared/execute-case-command';
import { RecordFosterCareChoiceRequest, RecordFosterChildContactRequest } from './growing-up.request.dto';
import { IdParam } from '../../http/id-param';

/** A placed child's talks and development reviews, and the young person's choice on foster care after 18. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class GrowingUpHttpController {
  constructor(private readonly steps: CaseSteps) {}

  @CaseStep(
    'RecordFosterChildContact',
    'record-foster-child-contact',
    'Record a talk with a placed child or the review of their development',
  )
  recordFosterChildContact(
    @IdParam('caseId') caseId: string,
    @Body() body: RecordFosterChildContactRequest,
    @StepContext() context: CaseStepContext,
  ) {
    return this.steps.run('RecordFosterChildContact', caseId, body, context);
  }

  @CaseStep('RecordFosterCareChoice', 'record-foster-care-choice', "Record the young person's choice: foster care to 21, or not after 18")
  recordFosterCareChoice(
    @IdParam('caseId') caseId: string,
    @Body() body: RecordFosterCareChoiceRequest,
    @StepContext() context: CaseStepContext,
  ) {
    return this.steps.run('RecordFosterCareChoice', caseId, body, context);
  }
}
