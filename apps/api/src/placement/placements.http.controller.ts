import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Problems } from '../http/problem-responses';
import { PlacementProcessAnswer } from './placement-process.response.dto';
import { PlacementBriefAnswer, PlacementStepAnswer } from './placement.response.dto';
import { placementBrief } from '@casus/domain';
import { formatPosition, type EventStore } from '@casus/event-store';
import { acceptReservation, chooseCandidate, declineProposal, loadProcess, streamIdForPlacement } from '@casus/placement';
import { CaseReads } from '../audit/case-reads';
import type { HttpRequest } from '../http/http-types';
import { refusals } from '../audit/refusals';
import { CurrentPrincipal } from '../auth/auth.guard';
import { CLOCK, type Clock, type Principal } from '@casus/runtime';
import { EVENT_STORE } from '../event-store/event-store.module';
import { CorrelationId } from './correlation-id.decorator';
import { ChooseCandidateRequest } from './choose-candidate.request.dto';
import { ReasonRequest } from './placement-option.request.dto';
import { IdParam } from '../http/id-param';
import { actorOf } from './actor-of';

/** The placement process as the team and the GI follow it (proposal, reservation, decline), and its provider's brief. */
@ApiTags('placements')
@ApiBearerAuth()
@Problems()
@Controller('placements')
export class PlacementsHttpController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly reads: CaseReads,
  ) {}

  @Get(':placementId')
  @ApiOkResponse({ type: PlacementProcessAnswer })
  @ApiOperation({
    summary:
      "The placement process with its proposal (distances to the parents' home and school) and history; for the case's readers. Logged in the access log.",
  })
  async get(
    @Param('placementId') raw: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: HttpRequest,
  ): Promise<PlacementProcessAnswer> {
    const { placementId } = await this.reads.ofPlacement(request, principal, raw, 'placement-process');
    const { state, revision } = await loadProcess(this.store, placementId);
    const events = await this.store.readStream(streamIdForPlacement(placementId));
    const proposal = events.findLast((e) => e.type === 'PlacementCandidatesProposed')?.data ?? null;
    const { lastEventId: _, ...process } = state;
    return { ...process, revision, proposal, history: events.map((e) => ({ type: e.type, data: e.data, recordedAt: e.recordedAt })) };
  }

  @Get(':placementId/brief')
  @ApiOkResponse({ type: PlacementBriefAnswer })
  @ApiOperation({
    summary:
      "What the placement's provider needs: the children, their needs, the start and the contact person; not the case. Logged in the access log.",
  })
  async brief(
    @Param('placementId') placementId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: HttpRequest,
  ): Promise<PlacementBriefAnswer> {
    const loaded = await this.reads.ofPlacement(request, principal, placementId, 'placement-brief');
    const brief = placementBrief(loaded.state, loaded.placementId);
    if (!brief) throw refusals.noPlacement();
    return brief;
  }

  @Post(':placementId/decline')
  @ApiOkResponse({ type: PlacementStepAnswer })
  @HttpCode(200)
  @ApiOperation({
    summary:
      'The provider whose place is reserved declines the proposed child, with a reason; a later matching does not propose that place again',
  })
  async decline(
    @IdParam('placementId') placementId: string,
    @Body() body: ReasonRequest,
    @CurrentPrincipal() principal: Principal,
    @CorrelationId() correlationId: string,
  ) {
    const result = await declineProposal(this.store, {
      placementId,
      reason: body.reason,
      actor: actorOf(principal),
      correlationId,
      now: this.clock(),
    });
    return { placementId, revision: result.nextExpectedRevision, position: formatPosition(result.position) };
  }

  @Post(':placementId/accept')
  @ApiOkResponse({ type: PlacementStepAnswer })
  @HttpCode(200)
  @ApiOperation({ summary: 'The provider whose place is reserved accepts the proposed child; the team or GI still decides' })
  async accept(
    @IdParam('placementId') placementId: string,
    @CurrentPrincipal() principal: Principal,
    @CorrelationId() correlationId: string,
  ) {
    const result = await acceptReservation(this.store, { placementId, actor: actorOf(principal), correlationId, now: this.clock() });
    return { placementId, revision: result.nextExpectedRevision, position: formatPosition(result.position) };
  }

  @Post(':placementId/choose')
  @ApiOkResponse({ type: PlacementStepAnswer })
  @HttpCode(200)
  @ApiOperation({ summary: 'Choose another ranked candidate than the one held: the process releases that one and reserves the choice' })
  async choose(
    @IdParam('placementId') placementId: string,
    @Body() body: ChooseCandidateRequest,
    @CurrentPrincipal() principal: Principal,
    @CorrelationId() correlationId: string,
  ) {
    const result = await chooseCandidate(this.store, {
      placementId,
      optionId: body.optionId,
      reason: body.reason,
      actor: actorOf(principal),
      correlationId,
      now: this.clock(),
    });
    return { placementId, revision: result.nextExpectedRevision, position: formatPosition(result.position) };
  }
}
