import { Body, Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CaseStep } from '../shared/case-step.decorators';
import { CaseSteps, StepContext } from '../shared/case-steps';
import type { CaseStepContext } from '../shared/execute-case-command';
import { AgreeSafetyPlanRequest, RecordSafetyAssessmentRequest } from './safety.request.dto';
import { IdParam } from '../../http/id-param';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class SafetyHttpController {
  constructor(private readonly steps: CaseSteps) {}

  @CaseStep('RecordSafetyAssessment', 'record-safety-assessment', 'Record the safety assessment (veiligheidsbeoordeling)')
  recordSafetyAssessment(
    @IdParam('caseId') caseId: string,
    @Body() body: RecordSafetyAssessmentRequest,
    @StepContext() context: CaseStepContext,
  ) {
    return this.steps.run('RecordSafetyAssessment', caseId, body, context);
  }

  @CaseStep('AgreeSafetyPlan', 'agree-safety-plan', 'Record the safety plan agreed with the family (veiligheidsplan)')
  agreeSafetyPlan(@IdParam('caseId') caseId: string, @Body() body: AgreeSafetyPlanRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('AgreeSafetyPlan', caseId, body, context);
  }
}
