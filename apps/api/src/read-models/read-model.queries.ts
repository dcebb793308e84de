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

@QueryHandler(ListDeadlines)
export class ListDeadlinesHandler extends ReadModelHandler implements IQueryHandler<ListDeadlines> {
  async execute({ principal, filters }: ListDeadlines): Promise<Page<DeadlineAnswer>> {
    const now = this.now();
    const today = dutchDateOf(now);
    const noticeMonths = this.options.comingOfAgeNoticeMonths ?? DEFAULT_COMING_OF_AGE_NOTICE_MONTHS;
    const query = this.dataSource
      .getRepository(DeadlineEntity)
      .createQueryBuilder('d')
      .innerJoin(CaseOverviewEntity, 'o', 'o.case_id = d.case_id')
      .addSelect('o.team', 'team')
      .addSelect(OVERDUE('d'), 'is_overdue')
      .where(...visibleTo(principal))
      // An 18th birthday is on the list from its notice period on, when there is something to prepare.
      .andWhere(`NOT (d.kind = 'coming-of-age' AND d.due_on > CAST(:noticeHorizon AS date))`, {
        noticeHorizon: addMonths(today, noticeMonths),
      })
      .setParameters(clockParameters(today, now));
    if (filters.team !== undefined) query.andWhere('o.team = :team', { team: filters.team });
    if (filters.caseId !== undefined) query.andWhere('d.case_id = :caseId', { caseId: filters.caseId });
    if (filters.status !== undefined) query.andWhere('d.status = :status', { status: filters.status });
    if (filters.kind !== undefined) query.andWhere('d.kind = :kind', { kind: filters.kind });
    if (filters.overdue !== undefined) query.andWhere(filters.overdue ? OVERDUE('d') : `NOT ${OVERDUE('d')}`);
    const { entities, raw } = await query
      .clone()
      .addSelect('count(*) OVER ()', 'total')
      .orderBy('d.dueOn')
      .addOrderBy('d.deadlineId')
      .offset((filters.page - 1) * filters.pageSize)
      .limit(filters.pageSize)
      .getRawAndEntities();
    const total = await totalBeside(raw, filters.page, () => query.getCount());
    const weeks = this.options.courtOrderWarningWeeks ?? DEFAULT_COURT_ORDER_WARNING_WEEKS;
    const items = entities.map((d, i): DeadlineAnswer => {
      const warningFrom =
        d.kind === 'court-order-expiry'
          ? courtOrderExpiryWarningOn(d.dueOn, weeks)
          : d.kind === 'coming-of-age'
            ? comingOfAgeNoticeFrom(d.dueOn, noticeMonths)
            : null;
      return {
        deadlineId: d.deadlineId,
        // The inner join with the overview leaves no deadline without its case.
        caseId: d.caseId!,
        team: raw[i].team,
        kind: d.kind,
        description: d.description,
        childId: d.childId,
        placementId: d.placementId,
        dueOn: d.dueOn,
        dueAt: d.dueAt?.toISOString() ?? null,
        status: raw[i].is_overdue ? 'overdue' : d.status,
        warningFrom,
        inWarningPeriod: d.status === 'open' && warningFrom !== null && warningFrom <= today,
        openedBy: d.openedByEventId,
        closedBy: d.closedByEventId ? { eventId: d.closedByEventId, type: d.closedByEventType, at: d.closedAt!.toISOString() } : null,
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
