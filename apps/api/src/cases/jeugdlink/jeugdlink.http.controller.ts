import { Body, Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CaseStep } from '../shared/case-step.decorators';
import { CaseSteps, StepContext } from '../shared/case-steps';
import type { CaseStepContext } from '../shared/execute-case-command';
import { EndJeugdlinkInvolvementRequest, JoinJeugdlinkRequest, RequestJeugdlinkRequest } from './jeugdlink.request.dto';
import { IdParam } from '../../http/id-param';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class JeugdlinkHttpController {
  constructor(private readonly steps: CaseSteps) {}

  @CaseStep('request-jeugdlink', 'Ask Jeugdlink to join the case')
  requestJeugdlink(
    @IdParam('caseId') caseId: string,
    @Body() body: RequestJeugdlinkRequest,
    @StepContext() context: CaseStepContext,
  ) {
    return this.steps.run('RequestJeugdlink', caseId, body, context);
  }

  @CaseStep('join-jeugdlink', "Join the case as the region's Jeugdlink team")
  joinJeugdlink(
    @IdParam('caseId') caseId: string,
    @Body() body: JoinJeugdlinkRequest,
    @StepContext() context: CaseStepContext,
  ) {
    return this.steps.run('JoinJeugdlink', caseId, body, context);
  }

  @CaseStep('end-jeugdlink-involvement', "End Jeugdlink's involvement")
  endJeugdlinkInvolvement(
    @IdParam('caseId') caseId: string,
    @Body() body: EndJeugdlinkInvolvementRequest,
    @StepContext() context: CaseStepContext,
  ) {
    return this.steps.run('EndJeugdlinkInvolvement', caseId, body, context);
  }
}
