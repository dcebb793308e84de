import { Body, Controller, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CaseStep } from '../shared/case-step.decorators';
import { CaseSteps, StepContext } from '../shared/case-steps';
import type { CaseStepContext } from '../shared/execute-case-command';
import { FORMER_TEAM_READ_DAYS } from '../shared/case-step.tokens';
import {
  ConcludeVeiligThuisInvestigationRequest,
  HandOverToLocalTeamRequest,
  StartVeiligThuisInvestigationRequest,
} from './veilig-thuis.request.dto';
import { IdParam } from '../../http/id-param';

/** Veilig Thuis's own steps on a case it registered, taken by the Veilig Thuis team that leads it. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class VeiligThuisHttpController {
  constructor(
    private readonly steps: CaseSteps,
    @Inject(FORMER_TEAM_READ_DAYS) private readonly formerTeamReadDays: number,
  ) {}

  @CaseStep(
    'StartVeiligThuisInvestigation',
    'start-veilig-thuis-investigation',
    'Start the Veilig Thuis investigation (onderzoek): to conclude within 10 weeks',
  )
  startInvestigation(
    @IdParam('caseId') caseId: string,
    @Body() body: StartVeiligThuisInvestigationRequest,
    @StepContext() context: CaseStepContext,
  ) {
    return this.steps.run('StartVeiligThuisInvestigation', caseId, body, context);
  }

  @CaseStep(
    'ConcludeVeiligThuisInvestigation',
    'conclude-veilig-thuis-investigation',
    'Record the conclusion of the Veilig Thuis investigation',
  )
  concludeInvestigation(
    @IdParam('caseId') caseId: string,
    @Body() body: ConcludeVeiligThuisInvestigationRequest,
    @StepContext() context: CaseStepContext,
  ) {
    return this.steps.run('ConcludeVeiligThuisInvestigation', caseId, body, context);
  }

  @CaseStep(
    'HandOverToLocalTeam',
    'hand-over-to-local-team',
    'Hand the case over to the local team (overdracht), which leads it from then on; Veilig Thuis writes nothing from then on ' +
      'and reads the case as it stood, for FORMER_TEAM_READ_DAYS days from the handover, as a team a case was transferred from',
  )
  handOver(@IdParam('caseId') caseId: string, @Body() body: HandOverToLocalTeamRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('HandOverToLocalTeam', caseId, { ...body, formerTeamReadDays: this.formerTeamReadDays }, context);
  }
}
