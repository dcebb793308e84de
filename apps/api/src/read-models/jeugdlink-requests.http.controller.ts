import { Controller, Get, Headers, Inject, Query, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { caseOverviewProjection } from '@casus/projections';
import { DATABASE_POOL, type Principal } from '@casus/runtime';
import type { Pool } from 'pg';
import { CurrentPrincipal } from '../auth/auth.guard';
import type { HttpRequest } from '../http/http-types';
import { awaitFreshness, MIN_POSITION_HEADER } from './freshness';
import { Problems } from '../http/problem-responses';
import { ListJeugdlinkRequests } from './jeugdlink-requests.query';
import { JeugdlinkRequestListAnswer } from './jeugdlink-requests.response.dto';
import { ListReadLog, requestListGround } from './list-read';
import { FreshnessQuery } from './read-models.request.dto';
import { READ_MODELS_OPTIONS, type ReadModelsOptions } from './read-models.tokens';

@ApiTags('read models')
@ApiBearerAuth()
@Problems()
@Controller()
export class JeugdlinkRequestsHttpController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly listReads: ListReadLog,
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    @Inject(READ_MODELS_OPTIONS) private readonly options: ReadModelsOptions,
  ) {}

  @Get('jeugdlink-requests')
  @ApiOkResponse({ type: JeugdlinkRequestListAnswer })
  @ApiOperation({
    summary:
      "Requests waiting for the caller's Jeugdlink team to join a case: the case, its team and lead, the reason and the day asked, longest waiting first; only the team a request names sees it. Logged in the access log.",
  })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Req() request: HttpRequest,
    @Query() query: FreshnessQuery,
    @Headers(MIN_POSITION_HEADER) minPosition?: string,
  ): Promise<JeugdlinkRequestListAnswer> {
    await awaitFreshness(this.pool, [caseOverviewProjection], query.minPosition ?? minPosition, this.options.freshnessTimeoutMs ?? 5_000);
    const items = await this.queryBus.execute(new ListJeugdlinkRequests(principal));
    await this.listReads.record(
      request,
      principal,
      'jeugdlink-requests',
      query,
      items.map((item) => item.caseId),
      requestListGround(principal),
    );
    return { items };
  }
}
