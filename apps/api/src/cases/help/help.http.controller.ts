import { Body, Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../http/id-param';
import { CaseStep } from '../shared/case-step.decorators';
import { CaseSteps, StepContext } from '../shared/case-steps';
import type { CaseStepContext } from '../shared/execute-case-command';
import { EndAftercareRequest, StartAftercareRequest } from './aftercare.request.dto';
import { AgreeHelpPlanRequest, EndHelpPlanRequest, EvaluateHelpPlanRequest, ReviseHelpPlanRequest } from './help-plan.request.dto';
import { RecordPerspectiveDecisionRequest } from './perspective.request.dto';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class HelpHttpController {
  constructor(private readonly steps: CaseSteps) {}

  @CaseStep(
    'AgreeHelpPlan',
    'agree-help-plan',
    'Agree the family’s voluntary help plan: goals, the help arranged (with its beschikking), first evaluation',
  )
  agreeHelpPlan(@IdParam('caseId') caseId: string, @Body() body: AgreeHelpPlanRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('AgreeHelpPlan', caseId, body, context);
  }

  @CaseStep(
    'ReviseHelpPlan',
    'revise-help-plan',
    'Revise the help plan: its goals and services from now on, with the reason; the earlier plan stays on record',
  )
  reviseHelpPlan(@IdParam('caseId') caseId: string, @Body() body: ReviseHelpPlanRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('ReviseHelpPlan', caseId, body, context);
  }

  @CaseStep('EvaluateHelpPlan', 'evaluate-help-plan', 'Evaluate the help plan: the progress on each goal, and the next evaluation')
  evaluateHelpPlan(@IdParam('caseId') caseId: string, @Body() body: EvaluateHelpPlanRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('EvaluateHelpPlan', caseId, body, context);
  }

  @CaseStep('EndHelpPlan', 'end-help-plan', 'End the help plan with the reason: its evaluations stop, and a new plan may be agreed')
  endHelpPlan(@IdParam('caseId') caseId: string, @Body() body: EndHelpPlanRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('EndHelpPlan', caseId, body, context);
  }

  @CaseStep(
    'RecordPerspectiveDecision',
    'record-perspective-decision',
    'Record the perspective decision (perspectiefbesluit) with every view and its justification',
  )
  recordPerspectiveDecision(
    @IdParam('caseId') caseId: string,
    @Body() body: RecordPerspectiveDecisionRequest,
    @StepContext() context: CaseStepContext,
  ) {
    return this.steps.run('RecordPerspectiveDecision', caseId, body, context);
  }

  @CaseStep(
    'StartAftercare',
    'start-aftercare',
    'Start aftercare (nazorg) after the return home or at 18, with what it is and its planned end',
  )
  startAftercare(@IdParam('caseId') caseId: string, @Body() body: StartAftercareRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('StartAftercare', caseId, body, context);
  }

  @CaseStep('EndAftercare', 'end-aftercare', 'End the aftercare, with how it went')
  endAftercare(@IdParam('caseId') caseId: string, @Body() body: EndAftercareRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('EndAftercare', caseId, body, context);
  }
}
