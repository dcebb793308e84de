import { Body, Controller, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { municipalityCodeOf } from '@casus/domain';
import { CaseStep } from '../shared/case-step.decorators';
import { CaseSteps, StepContext } from '../shared/case-steps';
import type { CaseStepContext } from '../shared/execute-case-command';
import { FORMER_TEAM_READ_DAYS } from '../shared/case-step.tokens';
import { RegionalJeugdlinkTeams } from '../jeugdlink/regional-teams';
import { ChangeChargedGiRequest, TransferCaseRequest } from './transfer.request.dto';
import { IdParam } from '../../http/id-param';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class TransferHttpController {
  constructor(
    private readonly steps: CaseSteps,
    private readonly regionalTeams: RegionalJeugdlinkTeams,
    @Inject(FORMER_TEAM_READ_DAYS) private readonly formerTeamReadDays: number,
  ) {}

  @CaseStep(
    'TransferCase',
    'transfer',
    'Hand the case over to another lead team (verhuizing, capacity, expertise) after the warme overdracht; ' +
      'the team that hands it over writes nothing from then on and reads the case as it stood, for FORMER_TEAM_READ_DAYS days',
  )
  transfer(@IdParam('caseId') caseId: string, @Body() body: TransferCaseRequest, @StepContext() context: CaseStepContext) {
    // Facts of the deployment, so that the decider gets them as values: the new region's Jeugdlink team and the read period.
    const code = body.municipality === undefined ? null : (body.municipalityCode ?? municipalityCodeOf(body.municipality));
    const regionalJeugdlinkTeam = (code && this.regionalTeams.teamForMunicipality(code)) ?? null;
    return this.steps.run('TransferCase', caseId, { ...body, regionalJeugdlinkTeam, formerTeamReadDays: this.formerTeamReadDays }, context);
  }

  @CaseStep(
    'ChangeChargedGi',
    'change-charged-gi',
    "Record that another GI takes over the child's court orders in force, recorded by the case as the court's decisions are; " +
      'the GI it leaves writes nothing from then on and reads the case as it stood, for FORMER_TEAM_READ_DAYS days',
  )
  changeChargedGi(@IdParam('caseId') caseId: string, @Body() body: ChangeChargedGiRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('ChangeChargedGi', caseId, { ...body, formerTeamReadDays: this.formerTeamReadDays }, context);
  }
}
