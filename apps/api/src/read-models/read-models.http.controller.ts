import { Controller, Get, Headers, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { caseOverviewProjection, caseTimelineProjection, deadlinesProjection, type Projection } from '@casus/projections';
import type { Pool } from 'pg';
import { CaseReads } from '../audit/case-reads';
import type { HttpRequest, HttpResponse } from '../http/http-types';
import { languageOf } from '../http/refusal-codes';
import { CurrentPrincipal } from '../auth/auth.guard';
import { DATABASE_POOL, type Principal } from '@casus/runtime';
import { awaitFreshness, MIN_POSITION_HEADER } from './freshness';
import { ListCases } from './list-cases.query';
import { ListReadLog } from './list-read';
import { GetCaseTimeline, GetProjectionStatus, GetTeamWorkload, ListDeadlines } from './read-model.queries';
import { FreshnessQuery, ListCasesQuery, ListDeadlinesQuery } from './read-models.request.dto';
import { CaseListAnswer, DeadlineListAnswer, ProjectionsAnswer, TimelineAnswer, WorkloadAnswer } from './read-models.response.dto';
import { Problems } from '../http/problem-responses';
import { READ_MODELS_OPTIONS, type ReadModelsOptions } from './read-models.tokens';

@ApiTags('read models')
@ApiBearerAuth()
@Problems()
@Controller()
export class ReadModelsHttpController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly listReads: ListReadLog,
    private readonly reads: CaseReads,
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    @Inject(READ_MODELS_OPTIONS) private readonly options: ReadModelsOptions,
  ) {}

  private fresh(projections: readonly Projection[], query: FreshnessQuery, header?: string): Promise<void> {
    return awaitFreshness(this.pool, projections, query.minPosition ?? header, this.options.freshnessTimeoutMs ?? 5_000);
  }

  @Get('cases')
  @ApiOkResponse({ type: CaseListAnswer })
  @ApiOperation({
    summary: 'Cases this reader may see, with status, phase, people, court orders, placement and next deadline. Logged in the access log.',
  })
  async listCases(
    @CurrentPrincipal() principal: Principal,
    @Req() request: HttpRequest,
    @Query() query: ListCasesQuery,
    @Headers(MIN_POSITION_HEADER) minPosition?: string,
  ): Promise<CaseListAnswer> {
    await this.fresh([caseOverviewProjection, deadlinesProjection], query, minPosition);
    const page = await this.queryBus.execute(new ListCases(principal, query));
    await this.listReads.record(
      request,
      principal,
      'case-list',
      query,
      page.items.map((item) => String(item.caseId)),
    );
    return page;
  }

  @Get('cases/:caseId/timeline')
  @ApiOkResponse({ type: TimelineAnswer })
  @ApiOperation({
    summary:
      "The case's steps in plain words (in the language of Accept-Language): who, in which role, when and why. Logged in the access log.",
  })
  async timeline(
    @Param('caseId') raw: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpResponse,
    @Query() query: FreshnessQuery,
    @Headers(MIN_POSITION_HEADER) minPosition?: string,
  ): Promise<TimelineAnswer> {
    const { caseId, throughRevision } = await this.reads.ofCaseUnopened(request, principal, raw, 'timeline');
    await this.fresh([caseTimelineProjection], query, minPosition);
    const language = languageOf(request.headers['accept-language']);
    response.header('Content-Language', language);
    return { caseId, steps: await this.queryBus.execute(new GetCaseTimeline(caseId, throughRevision, language)) };
  }

  @Get('deadlines')
  @ApiOkResponse({ type: DeadlineListAnswer })
  @ApiOperation({
    summary: 'Legal and agreed deadlines of the cases this reader may see; overdue against today. Logged in the access log.',
  })
  async deadlines(
    @CurrentPrincipal() principal: Principal,
    @Req() request: HttpRequest,
    @Query() query: ListDeadlinesQuery,
    @Headers(MIN_POSITION_HEADER) minPosition?: string,
  ): Promise<DeadlineListAnswer> {
    await this.fresh([deadlinesProjection, caseOverviewProjection], query, minPosition);
    const page = await this.queryBus.execute(new ListDeadlines(principal, query));
    await this.listReads.record(
      request,
      principal,
      'deadline-list',
      query,
      page.items.map((item) => String(item.caseId)),
    );
    return page;
  }

  @Get('workload')
  @ApiOkResponse({ type: WorkloadAnswer })
  @ApiOperation({
    summary:
      'Open cases, active placements, overdue deadlines and open and overdue tasks per team of the cases this reader may see. Logged in the access log.',
  })
  async workload(@CurrentPrincipal() principal: Principal, @Req() request: HttpRequest): Promise<WorkloadAnswer> {
    const teams = await this.queryBus.execute(new GetTeamWorkload(principal));
    // Counts per team, no case's data: one line for the whole view.
    await this.listReads.record(request, principal, 'workload', {}, []);
    return { teams };
  }

  @Get('projections')
  @ApiOkResponse({ type: ProjectionsAnswer })
  @ApiOperation({ summary: "Each projection's position, lag (events and ms behind) and state" })
  async projections(): Promise<ProjectionsAnswer> {
    return { projections: await this.queryBus.execute(new GetProjectionStatus()) };
  }
}
