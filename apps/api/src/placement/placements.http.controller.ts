import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { canReadCase } from '@casus/domain';
import { formatPosition, type EventStore } from '@casus/event-store';
import { declineProposal, loadCase, loadProcess, PlacementError, streamIdForPlacement } from '@casus/placement';
import { CurrentPrincipal } from '../auth/auth.guard';
import type { Principal } from '../auth/principal';
import { EVENT_STORE } from '../event-store/event-store.module';
import { CorrelationId } from './correlation-id.decorator';
import { ReasonRequest } from './placement-option.request.dto';
import { PLACEMENT_CLOCK, type PlacementClock } from './placement.tokens';
import { IdParam } from '../http/id-param';

/** The placement process as the team and the GI follow it: proposal, reservation, decline. */
@ApiTags('placements')
@ApiBearerAuth()
@Controller('placements')
export class PlacementsHttpController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PLACEMENT_CLOCK) private readonly clock: PlacementClock,
  ) {}

  @Get(':placementId')
  async get(@IdParam('placementId') placementId: string, @CurrentPrincipal() principal: Principal) {
    const { state, revision } = await loadProcess(this.store, placementId);
    if (!state.caseId) throw new PlacementError('PLACEMENT_PROCESS.NOT_FOUND', `no placement process ${placementId}`);
    const { state: caseState } = await loadCase(this.store, state.caseId);
    if (!canReadCase(caseState, principal)) {
      throw new PlacementError('PLACEMENT_PROCESS.NOT_ALLOWED', `${principal.role} ${principal.organisation} may not read this case`);
    }
    const events = await this.store.readStream(streamIdForPlacement(placementId));
    const proposal = events.find((e) => e.type === 'PlacementCandidatesProposed')?.data ?? null;
    const { lastEventId: _, ...process } = state;
    return { ...process, revision, proposal, history: events.map((e) => ({ type: e.type, data: e.data, recordedAt: e.recordedAt })) };
  }

  @Post(':placementId/decline')
  @HttpCode(200)
  async decline(
    @IdParam('placementId') placementId: string,
    @Body() body: ReasonRequest,
    @CurrentPrincipal() principal: Principal,
    @CorrelationId() correlationId: string,
  ) {
    const { id, role, team, organisation } = principal;
    const result = await declineProposal(this.store, {
      placementId,
      reason: body.reason,
      actor: { id, role, team, organisation },
      correlationId,
      now: this.clock(),
    });
    return { placementId, revision: result.nextExpectedRevision, position: formatPosition(result.position) };
  }
}
