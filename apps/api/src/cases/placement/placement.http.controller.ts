import { Body, Controller, Inject } from '@nestjs/common';
import type { ReservationLookup } from '@casus/placement';
import { RESERVATION_LOOKUP } from '../../placement/placement.tokens';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CaseStep } from '../shared/case-step.decorators';
import { CaseSteps, StepContext } from '../shared/case-steps';
import type { CaseStepContext } from '../shared/execute-case-command';
import {
  DecidePlacementRequest,
  EndPlacementRequest,
  PlanIntroductionRequest,
  ProposeNetworkFamilyRequest,
  RecordIntroductionHeldRequest,
  RecordPlacementPlanRequest,
  RecordPlacementViewRequest,
  RematchPlacementRequest,
  RequestPlacementRequest,
  StartPlacementRequest,
  WithdrawPlacementRequestRequest,
} from './placement.request.dto';
import { IdParam } from '../../http/id-param';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class PlacementHttpController {
  constructor(
    private readonly steps: CaseSteps,
    @Inject(RESERVATION_LOOKUP) private readonly reservations: ReservationLookup,
  ) {}

  @CaseStep('RequestPlacement', 'request-placement', 'Request a placement for one or more children')
  requestPlacement(@IdParam('caseId') caseId: string, @Body() body: RequestPlacementRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('RequestPlacement', caseId, body, context);
  }

  @CaseStep(
    'ProposeNetworkFamily',
    'propose-network-family',
    "Propose a family from the child's own network as a netwerkpleeggezin, screened by the provider named",
  )
  proposeNetworkFamily(
    @IdParam('caseId') caseId: string,
    @Body() body: ProposeNetworkFamilyRequest,
    @StepContext() context: CaseStepContext,
  ) {
    return this.steps.run('ProposeNetworkFamily', caseId, body, context);
  }

  @CaseStep(
    'WithdrawPlacementRequest',
    'withdraw-placement-request',
    'Withdraw a placement request: its process ends and frees what it holds',
  )
  withdrawPlacementRequest(
    @IdParam('caseId') caseId: string,
    @Body() body: WithdrawPlacementRequestRequest,
    @StepContext() context: CaseStepContext,
  ) {
    return this.steps.run('WithdrawPlacementRequest', caseId, body, context);
  }

  @CaseStep('RematchPlacement', 'rematch-placement', 'Run matching again on an open placement request')
  rematchPlacement(@IdParam('caseId') caseId: string, @Body() body: RematchPlacementRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('RematchPlacement', caseId, body, context);
  }

  @CaseStep('RecordPlacementView', 'record-placement-view', "Record a child's or parent's view on the place reserved now")
  async recordPlacementView(
    @IdParam('caseId') caseId: string,
    @Body() body: RecordPlacementViewRequest,
    @StepContext() context: CaseStepContext,
  ) {
    const reservation = await this.reservations.reservationFor(body.placementId);
    return this.steps.run('RecordPlacementView', caseId, { ...body, reservation }, context);
  }

  @CaseStep('PlanIntroduction', 'plan-introduction', 'Plan a kennismaking (introduction) at the place reserved now')
  async planIntroduction(
    @IdParam('caseId') caseId: string,
    @Body() body: PlanIntroductionRequest,
    @StepContext() context: CaseStepContext,
  ) {
    const reservation = await this.reservations.reservationFor(body.placementId);
    return this.steps.run('PlanIntroduction', caseId, { ...body, reservation }, context);
  }

  @CaseStep('RecordIntroductionHeld', 'record-introduction-held', 'Record that a planned kennismaking was held')
  recordIntroductionHeld(
    @IdParam('caseId') caseId: string,
    @Body() body: RecordIntroductionHeldRequest,
    @StepContext() context: CaseStepContext,
  ) {
    return this.steps.run('RecordIntroductionHeld', caseId, body, context);
  }

  @CaseStep('DecidePlacement', 'decide-placement', 'Decide a placement on a reserved place')
  async decidePlacement(@IdParam('caseId') caseId: string, @Body() body: DecidePlacementRequest, @StepContext() context: CaseStepContext) {
    // The reservation is a fact on the placement option's stream, held there by the placement process.
    const reservation = await this.reservations.reservationFor(body.placementId);
    const decision = { ...body, reservation, behaviouralScientistConsent: body.behaviouralScientistConsent ?? null };
    return this.steps.run('DecidePlacement', caseId, decision, context);
  }

  @CaseStep('StartPlacement', 'start-placement', 'Record that the placement started')
  startPlacement(@IdParam('caseId') caseId: string, @Body() body: StartPlacementRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('StartPlacement', caseId, body, context);
  }

  @CaseStep('RecordPlacementPlan', 'record-placement-plan', 'Record the plan of action (perspective-decision date)')
  recordPlacementPlan(
    @IdParam('caseId') caseId: string,
    @Body() body: RecordPlacementPlanRequest,
    @StepContext() context: CaseStepContext,
  ) {
    return this.steps.run('RecordPlacementPlan', caseId, body, context);
  }

  @CaseStep('EndPlacement', 'end-placement', 'End a placement')
  endPlacement(@IdParam('caseId') caseId: string, @Body() body: EndPlacementRequest, @StepContext() context: CaseStepContext) {
    return this.steps.run('EndPlacement', caseId, body, context);
  }
}
