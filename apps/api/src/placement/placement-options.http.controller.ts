import { Body, Controller, Get, Headers, HttpCode, Inject, Post, Query, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Problems } from '../http/problem-responses';
import { PlacementOptionStepAnswer, PlacesAnswer } from './placement.response.dto';
import { REFUSED } from '@casus/audit';
import { seesPlaces } from '@casus/domain';
import { formatPosition, type EventStore } from '@casus/event-store';
import { handleOptionCommand, type CapacityReader, type OptionCommandResult, type PlacementOptionCommand } from '@casus/placement';
import { randomUUID } from 'node:crypto';
import type { HttpRequest } from '../http/http-types';
import { ReadLog } from '../audit/read-log';
import { refusals } from '../audit/refusals';
import { CurrentPrincipal } from '../auth/auth.guard';
import { CLOCK, type Clock, DATABASE_POOL, type Principal } from '@casus/runtime';
import { EVENT_STORE } from '../event-store/event-store.module';
import { CorrelationId } from './correlation-id.decorator';
import { ChangeCapacityRequest, ReasonRequest, RegisterPlacementOptionRequest } from './placement-option.request.dto';
import { capacityProjection } from '@casus/projections';
import type { Pool } from 'pg';
import { awaitFreshness, MIN_POSITION_HEADER } from '../read-models/freshness';
import { PlacesChildrenNow } from '../read-models/places-children-now.query';
import { placesAsSeenBy } from './place-view';
import { CAPACITY_READER } from './placement.tokens';
import { IdParam } from '../http/id-param';
import { actorOf } from './actor-of';

/** Family-form places: providers register and change them; the placement process reserves them. */
@ApiTags('placement-options')
@ApiBearerAuth()
@Problems()
@Controller('placement-options')
export class PlacementOptionsHttpController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CAPACITY_READER) private readonly capacity: CapacityReader,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    private readonly queryBus: QueryBus,
    private readonly readLog: ReadLog,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: PlacementOptionStepAnswer })
  @ApiOperation({ summary: 'A provider registers a family-form place with its capacity, ages, care intensities and specialisations' })
  register(@Body() body: RegisterPlacementOptionRequest, @CurrentPrincipal() principal: Principal, @CorrelationId() correlationId: string) {
    const { optionId = randomUUID(), provider = principal.organisation, networkFamilyId, ...details } = body;
    return this.run(
      {
        type: 'RegisterPlacementOption',
        actor: actorOf(principal),
        data: { ...details, optionId, provider, networkFamilyId: networkFamilyId ?? null },
      },
      correlationId,
    );
  }

  @Post(':optionId/change-capacity')
  @ApiOkResponse({ type: PlacementOptionStepAnswer })
  @HttpCode(200)
  @ApiOperation({ summary: "The place's provider changes its capacity; never below the places reserved or occupied" })
  changeCapacity(
    @IdParam('optionId') optionId: string,
    @Body() body: ChangeCapacityRequest,
    @CurrentPrincipal() p: Principal,
    @CorrelationId() c: string,
  ) {
    return this.run({ type: 'ChangeCapacity', actor: actorOf(p), data: { optionId, ...body } }, c, body.reason);
  }

  @Post(':optionId/pause')
  @ApiOkResponse({ type: PlacementOptionStepAnswer })
  @HttpCode(200)
  @ApiOperation({ summary: "The place's provider pauses it, with a reason: it takes no new reservation until resumed" })
  pause(@IdParam('optionId') optionId: string, @Body() body: ReasonRequest, @CurrentPrincipal() p: Principal, @CorrelationId() c: string) {
    return this.run({ type: 'PausePlacementOption', actor: actorOf(p), data: { optionId, reason: body.reason } }, c, body.reason);
  }

  @Post(':optionId/resume')
  @ApiOkResponse({ type: PlacementOptionStepAnswer })
  @HttpCode(200)
  @ApiOperation({ summary: "The place's provider resumes a paused place: it takes reservations again" })
  resume(@IdParam('optionId') optionId: string, @CurrentPrincipal() p: Principal, @CorrelationId() c: string) {
    return this.run({ type: 'ResumePlacementOption', actor: actorOf(p), data: { optionId } }, c);
  }

  @Post(':optionId/withdraw')
  @ApiOkResponse({ type: PlacementOptionStepAnswer })
  @HttpCode(200)
  @ApiOperation({ summary: "The place's provider withdraws it for good, with a reason, once none of its places is reserved or occupied" })
  withdraw(
    @IdParam('optionId') optionId: string,
    @Body() body: ReasonRequest,
    @CurrentPrincipal() p: Principal,
    @CorrelationId() c: string,
  ) {
    return this.run({ type: 'WithdrawPlacementOption', actor: actorOf(p), data: { optionId, reason: body.reason } }, c, body.reason);
  }

  /** From the capacity read model; pass a command's `position` as `?minPosition=` (or X-Min-Position) to read your own write. */
  @Get()
  @ApiOkResponse({ type: PlacesAnswer })
  @ApiOperation({
    summary:
      'Family-form places: in full to their provider, auditors and those placing a child now; otherwise kind and municipality only; not to family. Logged in the access log.',
  })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Req() request: HttpRequest,
    @Query('available') available?: string,
    @Query('minPosition') minPosition?: string,
    @Headers(MIN_POSITION_HEADER) header?: string,
  ): Promise<PlacesAnswer> {
    if (!seesPlaces(principal)) {
      await this.readLog.record(request, principal, {
        caseId: null,
        data: 'placement-options',
        ground: REFUSED.role(principal.role, 'places'),
      });
      throw refusals.placesNotForFamily();
    }
    await awaitFreshness(this.pool, [capacityProjection], minPosition ?? header, 5_000);
    const options = await this.capacity.all();
    const placesNow = await this.queryBus.execute(new PlacesChildrenNow(principal));
    const { items, read } = placesAsSeenBy(principal, options, placesNow, available === 'true');
    await this.readLog.record(request, principal, read);
    return { items };
  }

  private async run(command: PlacementOptionCommand, correlationId: string, reason?: string): Promise<PlacementOptionStepAnswer> {
    const result: OptionCommandResult = await handleOptionCommand(this.store, command, {
      context: { actor: command.actor, correlationId, causationId: null, reason: reason ?? null },
      now: this.clock(),
    });
    return { optionId: result.optionId, revision: result.revision, position: result.position && formatPosition(result.position) };
  }
}
