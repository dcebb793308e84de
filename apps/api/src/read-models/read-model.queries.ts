import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  addMonths,
  comingOfAgeNoticeFrom,
  courtOrderExpiryWarningOn,
  DEFAULT_COMING_OF_AGE_NOTICE_MONTHS,
  DEFAULT_COURT_ORDER_WARNING_WEEKS,
  dutchDateOf,
  TASK_KINDS,
} from '@casus/domain';
import { CaseOverviewEntity, DeadlineEntity, PROJECTIONS, readStatuses, type ProjectionStatus } from '@casus/projections';
import type { Language } from '@casus/wording';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { CLOCK, DATABASE_POOL, type Clock, type Principal } from '@casus/runtime';
import type { Page } from './list-cases.query';
import type { ListDeadlinesQuery } from './read-models.request.dto';
import { READ_MODELS_DATA_SOURCE, READ_MODELS_OPTIONS, type ReadModelsOptions } from './read-models.tokens';
import type { DeadlineAnswer, TeamWorkloadAnswer, TimelineStepAnswer } from './read-models.response.dto';
import { namedStatement } from './named-statement';
import { totalBeside } from './page-total';
import { clockParameters, OVERDUE, visibleTo } from './visibility';

/** Tasks and appointments are deadlines of their own kind (the kind is the task's). */
const IS_TASK = (d: string) => `${d}.kind IN (${TASK_KINDS.map((kind) => `'${kind}'`).join(', ')})`;

/** The steps up to `throughRevision`: what the reader reads of the case (a former team: up to its transfer). */
export class GetCaseTimeline extends Query<readonly TimelineStepAnswer[]> {
  constructor(
    readonly caseId: string,
    readonly throughRevision: number,
    readonly language: Language,
  ) {
    super();
  }
}

export class ListDeadlines extends Query<Page<DeadlineAnswer>> {
  constructor(
    readonly principal: Principal,
    readonly filters: ListDeadlinesQuery,
  ) {
    super();
  }
}

export class GetTeamWorkload extends Query<readonly TeamWorkloadAnswer[]> {
  constructor(readonly principal: Principal) {
    super();
  }
}

export class GetProjectionStatus extends Query<readonly ProjectionStatus[]> {}

abstract class ReadModelHandler {
  constructor(
    @Inject(READ_MODELS_DATA_SOURCE) protected readonly dataSource: DataSource,
    @Inject(DATABASE_POOL) protected readonly pool: Pool,
    @Inject(READ_MODELS_OPTIONS) protected readonly options: ReadModelsOptions,
    @Inject(CLOCK) protected readonly now: Clock,
  ) {}
}

/** rm_case_timeline (CaseTimelineEntity) as its columns come. */
type TimelineRow = {
  event_id: string;
  revision: number;
  event_type: string;
  occurred_at: Date;
  summary: string;
  summary_nl: string | null;
  actor_id: string | null;
  actor_role: string | null;
  actor_team: string | null;
  actor_organisation: string | null;
  reason: string | null;
};

const TIMELINE = `SELECT event_id, revision, event_type, occurred_at, summary, summary_nl, actor_id, actor_role, actor_team,
    actor_organisation, reason
  FROM rm_case_timeline WHERE case_id = $1 AND revision <= $2 ORDER BY revision`;

@QueryHandler(GetCaseTimeline)
export class GetCaseTimelineHandler extends ReadModelHandler implements IQueryHandler<GetCaseTimeline> {
  async execute({ caseId, throughRevision, language }: GetCaseTimeline): Promise<readonly TimelineStepAnswer[]> {
    // A named statement on the pool: one of the commonest reads, planned once per connection and read without the ORM.
    const { rows } = await this.pool.query<TimelineRow>({ name: 'casus.case-timeline', text: TIMELINE, values: [caseId, throughRevision] });
    return rows.map((step): TimelineStepAnswer => ({
      eventId: step.event_id,
      revision: step.revision,
      type: step.event_type,
      at: step.occurred_at.toISOString(),
      // A row from before the Dutch column reads in English until the projection is rebuilt.
      summary: (language === 'nl' ? step.summary_nl : null) ?? step.summary,
      by: { id: step.actor_id, role: step.actor_role, team: step.actor_team, organisation: step.actor_organisation },
      why: step.reason,
    }));
  }
}

/** rm_deadlines (DeadlineEntity) joined with its case's team, as the list reads them. */
type DeadlineRow = {
  deadline_id: string;
  case_id: string;
  team: string;
  kind: string;
  description: string;
  child_id: string | null;
  placement_id: string | null;
  due_on: string;
  due_at: Date | null;
  status: string;
  is_overdue: boolean;
  opened_by_event_id: string;
  closed_by_event_id: string | null;
  closed_by_event_type: string | null;
  closed_at: Date | null;
  total: string;
};

// The inner join with the overview leaves no deadline without its case.
const DEADLINES_FROM = 'FROM rm_deadlines d JOIN rm_case_overview o ON o.case_id = d.case_id';

@QueryHandler(ListDeadlines)
export class ListDeadlinesHandler extends ReadModelHandler implements IQueryHandler<ListDeadlines> {
  async execute({ principal, filters }: ListDeadlines): Promise<Page<DeadlineAnswer>> {
    const now = this.now();
    const today = dutchDateOf(now);
    const noticeMonths = this.options.comingOfAgeNoticeMonths ?? DEFAULT_COMING_OF_AGE_NOTICE_MONTHS;
    const [visible, readerParameters] = visibleTo(principal);
    const conditions = [
      visible,
      // An 18th birthday is on the list from its notice period on, when there is something to prepare.
      `NOT (d.kind = 'coming-of-age' AND d.due_on > CAST(:noticeHorizon AS date))`,
      ...(filters.team !== undefined ? ['o.team = :team'] : []),
      ...(filters.caseId !== undefined ? ['d.case_id = :caseId'] : []),
      ...(filters.status !== undefined ? ['d.status = :status'] : []),
      ...(filters.kind !== undefined ? ['d.kind = :kind'] : []),
      ...(filters.overdue !== undefined ? [filters.overdue ? OVERDUE('d') : `NOT ${OVERDUE('d')}`] : []),
    ];
    const parameters = {
      ...readerParameters,
      ...clockParameters(today, now),
      ...filters,
      noticeHorizon: addMonths(today, noticeMonths),
      offset: (filters.page - 1) * filters.pageSize,
      limit: filters.pageSize,
    };
    const where = `WHERE ${conditions.map((condition) => `(${condition})`).join(' AND ')}`;
    // Named statements on the pool: the commonest list, planned once per connection for each shape of its filters.
    const { rows } = await this.pool.query<DeadlineRow>(
      namedStatement(
        'casus.deadlines',
        `SELECT d.deadline_id, d.case_id, o.team, d.kind, d.description, d.child_id, d.placement_id,
            to_char(d.due_on, 'YYYY-MM-DD') AS due_on, d.due_at, d.status, ${OVERDUE('d')} AS is_overdue, d.opened_by_event_id,
            d.closed_by_event_id, d.closed_by_event_type, d.closed_at, count(*) OVER () AS total
          ${DEADLINES_FROM} ${where} ORDER BY d.due_on, d.deadline_id OFFSET :offset LIMIT :limit`,
        parameters,
      ),
    );
    const total = await totalBeside(rows, filters.page, async () => {
      const counted = await this.pool.query<{ n: number }>(
        namedStatement('casus.deadlines-count', `SELECT count(*)::int AS n ${DEADLINES_FROM} ${where}`, parameters),
      );
      return counted.rows[0].n;
    });
    const weeks = this.options.courtOrderWarningWeeks ?? DEFAULT_COURT_ORDER_WARNING_WEEKS;
    const items = rows.map((d): DeadlineAnswer => {
      const warningFrom =
        d.kind === 'court-order-expiry'
          ? courtOrderExpiryWarningOn(d.due_on, weeks)
          : d.kind === 'coming-of-age'
            ? comingOfAgeNoticeFrom(d.due_on, noticeMonths)
            : null;
      return {
        deadlineId: d.deadline_id,
        caseId: d.case_id,
        team: d.team,
        kind: d.kind,
        description: d.description,
        childId: d.child_id,
        placementId: d.placement_id,
        dueOn: d.due_on,
        dueAt: d.due_at?.toISOString() ?? null,
        status: d.is_overdue ? 'overdue' : d.status,
        warningFrom,
        inWarningPeriod: d.status === 'open' && warningFrom !== null && warningFrom <= today,
        openedBy: d.opened_by_event_id,
        closedBy: d.closed_by_event_id
          ? { eventId: d.closed_by_event_id, type: d.closed_by_event_type, at: d.closed_at!.toISOString() }
          : null,
      };
    });
    return { items, page: filters.page, pageSize: filters.pageSize, total };
  }
}

@QueryHandler(GetTeamWorkload)
export class GetTeamWorkloadHandler extends ReadModelHandler implements IQueryHandler<GetTeamWorkload> {
  async execute({ principal }: GetTeamWorkload): Promise<readonly TeamWorkloadAnswer[]> {
    const now = this.now();
    const rows = await this.dataSource
      .getRepository(CaseOverviewEntity)
      .createQueryBuilder('o')
      .select('o.team', 'team')
      .addSelect("count(*) FILTER (WHERE o.status = 'open')::int", 'open_cases')
      .addSelect("count(*) FILTER (WHERE o.active_placement->>'status' = 'active')::int", 'active_placements')
      .addSelect('COALESCE(sum(od.overdue), 0)::int', 'overdue_deadlines')
      .addSelect('COALESCE(sum(od.open_tasks), 0)::int', 'open_tasks')
      .addSelect('COALESCE(sum(od.overdue_tasks), 0)::int', 'overdue_tasks')
      .leftJoin(
        (sub) =>
          sub
            .select('d.case_id', 'case_id')
            .addSelect(`count(*) FILTER (WHERE ${OVERDUE('d')})`, 'overdue')
            .addSelect(`count(*) FILTER (WHERE ${IS_TASK('d')})`, 'open_tasks')
            .addSelect(`count(*) FILTER (WHERE ${IS_TASK('d')} AND ${OVERDUE('d')})`, 'overdue_tasks')
            .from(DeadlineEntity, 'd')
            .where("d.status = 'open'")
            .groupBy('d.case_id'),
        'od',
        'od.case_id = o.case_id',
      )
      .where(...visibleTo(principal))
      .setParameters(clockParameters(dutchDateOf(now), now))
      .groupBy('o.team')
      .orderBy('o.team')
      .getRawMany();
    return rows.map((r): TeamWorkloadAnswer => ({
      team: r.team,
      openCases: r.open_cases,
      activePlacements: r.active_placements,
      overdueDeadlines: r.overdue_deadlines,
      openTasks: r.open_tasks,
      overdueTasks: r.overdue_tasks,
    }));
  }
}

@QueryHandler(GetProjectionStatus)
export class GetProjectionStatusHandler extends ReadModelHandler implements IQueryHandler<GetProjectionStatus> {
  execute(): Promise<readonly ProjectionStatus[]> {
    return readStatuses(this.pool, PROJECTIONS);
  }
}
