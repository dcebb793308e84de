import { Controller, Get, Headers, Inject, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { REFUSED } from '@casus/audit';
import { ownsPlace, seesPlaces } from '@casus/domain';
import type { EventStore } from '@casus/event-store';
import { loadProcess } from '@casus/placement';
import { capacityProjection, loadHeldPlaces, type HeldPlace } from '@casus/projections';
import { DATABASE_POOL, type Principal } from '@casus/runtime';
import type { Pool } from 'pg';
import { ReadLog } from '../audit/read-log';
import { refusals } from '../audit/refusals';
import { CurrentPrincipal } from '../auth/auth.guard';
import { EVENT_STORE } from '../event-store/event-store.module';
import type { HttpRequest } from '../http/http-types';
import { Problems } from '../http/problem-responses';
import { awaitFreshness, MIN_POSITION_HEADER } from '../read-models/freshness';
import { HeldPlacesAnswer, type HeldPlaceAnswer } from './place-reservations.response.dto';

/** The reservations a provider answers (accept or decline) and the placements living in its places. */
@ApiTags('placement-options')
@ApiBearerAuth()
@Problems()
@Controller('placement-options/reservations')
export class PlaceReservationsHttpController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    private readonly readLog: ReadLog,
  ) {}

  /** From the capacity read model; `accepted` from the placement's own process, so a yes shows at once. */
  @Get()
  @ApiOkResponse({ type: HeldPlacesAnswer })
  @ApiOperation({
    summary:
      "What holds the places of the provider's own places: each placement reserved (until when, whether the provider accepted) or living there; none of another provider's, nothing of the children; empty for other professionals, refused to family. Logged in the access log.",
  })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Req() request: HttpRequest,
    @Query('minPosition') minPosition?: string,
    @Headers(MIN_POSITION_HEADER) header?: string,
  ): Promise<HeldPlacesAnswer> {
    const data = 'placement-reservations (own places)';
    if (!seesPlaces(principal)) {
      await this.readLog.record(request, principal, { caseId: null, data, ground: REFUSED.role(principal.role, 'places') });
      throw refusals.placesNotForFamily();
    }
    await awaitFreshness(this.pool, [capacityProjection], minPosition ?? header, 5_000);
    // Asked by the reader's own organisation, so no other provider's row is read; only a provider owns places.
    const held = ownsPlace(principal, principal.organisation) ? await loadHeldPlaces(this.pool, principal.organisation) : [];
    const items = await Promise.all(held.map((place) => this.answered(place)));
    await this.readLog.record(request, principal, { caseId: null, data, ground: `${principal.role} of ${principal.organisation}` });
    return { items };
  }

  private async answered(place: HeldPlace): Promise<HeldPlaceAnswer> {
    if (place.held === 'occupied') return { ...place, accepted: true };
    const { state } = await loadProcess(this.store, place.placementId);
    return { ...place, accepted: state.accepted?.optionId === place.optionId };
  }
}
