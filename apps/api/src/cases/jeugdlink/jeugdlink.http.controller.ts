import { Body, Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CaseStep } from '../shared/case-step.decorators';
import { CaseSteps, StepContext } from '../shared/case-steps';
import type { CaseStepContext } from '../shared/execute-case-command';
import { RegionalJeugdlinkTeams } from './regional-teams';
import { EndJeugdlinkInvolvementRequest, JoinJeugdlinkRequest, RequestJeugdlinkRequest } from './jeugdlink.request.dto';
import { IdParam } from '../../http/id-param';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class JeugdlinkHttpController {
  constructor(
    private readonly steps: CaseSteps,
    private readonly regionalTeams: RegionalJeugdlinkTeams,
  ) {}

  @CaseStep(
    'RequestJeugdlink',
    'request-jeugdlink',
    "Ask the region's Jeugdlink team to join the case: the team named, or the one configured for the case's municipality",
  )
  async requestJeugdlink(
    @IdParam('caseId') caseId: string,
    @Body() body: RequestJeugdlinkRequest,
    @StepContext() context: CaseStepContext,
  ) {
    // Neither named nor configured: the domain refuses the request (INPUT.MISSING) and says how to name a team.
    const team = body.team ?? (await this.regionalTeams.teamFor(caseId)) ?? null;
    return this.steps.run('RequestJeugdlink', caseId, { ...body, team }, context);
  }

  @CaseStep('JoinJeugdlink', 'join-jeugdlink', "Join the case as the region's Jeugdlink team")
  joinJeugdlink(@IdParam('caseId') caseId: string, @Body() body: JoinJeugdlinkRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('JoinJeugdlink', caseId, body, context);
  }

  @CaseStep('EndJeugdlinkInvolvement', 'end-jeugdlink-involvement', "End Jeugdlink's involvement")
  endJeugdlinkInvolvement(
    @IdParam('caseId') caseId: string,
    @Body() body: EndJeugdlinkInvolvementRequest,
    @StepContext() context: CaseStepContext,
  ) {
    return this.steps.run('EndJeugdlinkInvolvement', caseId, body, context);
  }
}
