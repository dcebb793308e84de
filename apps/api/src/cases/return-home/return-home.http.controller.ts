import { Body, Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CaseStep } from '../shared/case-step.decorators';
import { CaseSteps, StepContext } from '../shared/case-steps';
import type { CaseStepContext } from '../shared/execute-case-command';
import {
  AssessReturnConditionRequest,
  DraftReturnHomePlanRequest,
  RecordReturnDecisionRequest,
  RecordReturnHomeRequest,
} from './return-home.request.dto';
import { IdParam } from '../../http/id-param';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class ReturnHomeHttpController {
  constructor(private readonly steps: CaseSteps) {}

  @CaseStep('DraftReturnHomePlan', 'draft-return-home-plan', 'Draft the return-home plan (terugkeerplan)')
  draftReturnHomePlan(
    @IdParam('caseId') caseId: string,
    @Body() body: DraftReturnHomePlanRequest,
    @StepContext() context: CaseStepContext,
  ) {
    return this.steps.run('DraftReturnHomePlan', caseId, body, context);
  }

  @CaseStep('AssessReturnCondition', 'assess-return-condition', 'Assess a return-home condition as met or not')
  assessReturnCondition(
    @IdParam('caseId') caseId: string,
    @Body() body: AssessReturnConditionRequest,
    @StepContext() context: CaseStepContext,
  ) {
    return this.steps.run('AssessReturnCondition', caseId, body, context);
  }

  @CaseStep('RecordReturnDecision', 'record-return-decision', 'Record the joint return decision with every view')
  recordReturnDecision(
    @IdParam('caseId') caseId: string,
    @Body() body: RecordReturnDecisionRequest,
    @StepContext() context: CaseStepContext,
  ) {
    return this.steps.run('RecordReturnDecision', caseId, body, context);
  }

  @CaseStep('RecordReturnHome', 'record-return-home', 'Record that the child returned home, with aftercare')
  recordReturnHome(@IdParam('caseId') caseId: string, @Body() body: RecordReturnHomeRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('RecordReturnHome', caseId, body, context);
  }
}
