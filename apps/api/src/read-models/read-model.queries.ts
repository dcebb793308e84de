import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { courtOrderExpiryWarningOn, DEFAULT_COURT_ORDER_WARNING_WEEKS, dutchDateOf } from '@casus/domain';
import { PROJECTIONS, readStatuses, type ProjectionStatus } from '@casus/projections';
import type { Pool } from 'pg';
import type { Principal } from '../auth/principal';
import type { Page } from './list-cases.query';
import type { ListDeadlinesQuery } from './read-models.request.dto';
import { READ_MODELS_DATABASE, READ_MODELS_OPTIONS, type ReadModelsOptions } from './read-models.tokens';
import { OVERDUE, visibleTo } from './visibility';

type Row = Record<string, any>;

export class GetCaseTimeline extends Query<readonly Row[]> {
  constructor(readonly caseId: string) {
    super();
  }
}

export class ListDeadlines extends Query<Page<Row>> {
  constructor(readonly principal: Principal, readonly filters: ListDeadlinesQuery) {
    super();
  }
}

export class GetTeamWorkload extends Query<readonly Row[]> {
  constructor(readonly principal: Principal) {
    super();
  }
}

export class GetProjectionStatus extends Query<readonly ProjectionStatus[]> {}

abstract class ReadModelHandler {
  constructor(
    @Inject(READ_MODELS_DATABASE) protected readonly pool: Pool,
    @Inject(READ_MODELS_OPTIONS) protected readonly options: ReadModelsOptions,
  ) {}

  protected now(): Date {
    return (this.options.clock ?? (() => new Date()))();
  }
}

@QueryHandler(GetCaseTimeline)
export class GetCaseTimelineHandler extends ReadModelHandler implements IQueryHandler<GetCaseTimeline> {
  async execute({ caseId }: GetCaseTimeline): Promise<readonly Row[]> {
    const { rows } = await this.pool.query(
      `SELECT event_id, revision, event_type, occurred_at, summary, actor_id, actor_role, actor_team, actor_organisation, reason
         FROM rm_case_timeline WHERE case_id = $1 ORDER BY revision`,
      [caseId],
    );
    return rows.map((r) => ({
      eventId: r.event_id,
      revision: r.revision,
      type: r.event_type,
      at: r.occurred_at.toISOString(),
      summary: r.summary,
      by: { id: r.actor_id, role: r.actor_role, team: r.actor_team, organisation: r.actor_organisation },
      why: r.reason,
    }));
  }
}

@QueryHandler(ListDeadlines)
export class ListDeadlinesHandler extends ReadModelHandler implements IQueryHandler<ListDeadlines> {
  async execute({ principal, filters }: ListDeadlines): Promise<Page<Row>> {
    const now = this.now();
    const today = dutchDateOf(now);
    const params: unknown[] = [today, now.toISOString()];
    const overdue = OVERDUE('d', '$1::date', '$2::timestamptz');
    const where = [visibleTo(principal, params)];
    const bind = (sql: string, value: unknown) => {
      if (value === undefined) return;
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    bind('o.team = ?', filters.team);
    bind('d.case_id = ?', filters.caseId);
    bind('d.status = ?', filters.status);
    if (filters.overdue !== undefined) where.push(filters.overdue ? overdue : `NOT ${overdue}`);
    params.push(filters.pageSize, (filters.page - 1) * filters.pageSize);
    const { rows } = await this.pool.query(
      `SELECT d.*, to_char(d.due_on, 'YYYY-MM-DD') AS due_date, o.team, ${overdue} AS is_overdue, count(*) OVER () AS total
         FROM rm_deadlines d JOIN rm_case_overview o ON o.case_id = d.case_id
        WHERE ${where.join(' AND ')}
        ORDER BY d.due_on, d.deadline_id
        LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    const weeks = this.options.courtOrderWarningWeeks ?? DEFAULT_COURT_ORDER_WARNING_WEEKS;
    const items = rows.map((r) => {
      const warningFrom = r.kind === 'court-order-expiry' ? courtOrderExpiryWarningOn(r.due_date, weeks) : null;
      return {
        deadlineId: r.deadline_id,
        caseId: r.case_id,
        team: r.team,
        kind: r.kind,
        description: r.description,
        childId: r.child_id,
        placementId: r.placement_id,
        dueOn: r.due_date,
        dueAt: r.due_at?.toISOString() ?? null,
        status: r.is_overdue ? 'overdue' : r.status,
        warningFrom,
        inWarningPeriod: r.status === 'open' && warningFrom !== null && warningFrom <= today,
        openedBy: r.opened_by_event_id,
        closedBy: r.closed_by_event_id ? { eventId: r.closed_by_event_id, type: r.closed_by_event_type, at: r.closed_at.toISOString() } : null,
      };
    });
    return { items, page: filters.page, pageSize: filters.pageSize, total: Number(rows[0]?.total ?? 0) };
  }
}

@QueryHandler(GetTeamWorkload)
export class GetTeamWorkloadHandler extends ReadModelHandler implements IQueryHandler<GetTeamWorkload> {
  async execute({ principal }: GetTeamWorkload): Promise<readonly Row[]> {
    const now = this.now();
    const params: unknown[] = [dutchDateOf(now), now.toISOString()];
    const { rows } = await this.pool.query(
      `SELECT o.team,
              count(*) FILTER (WHERE o.status = 'open')::int AS open_cases,
              count(*) FILTER (WHERE o.active_placement->>'status' = 'active')::int AS active_placements,
              COALESCE(sum(od.overdue), 0)::int AS overdue_deadlines
         FROM rm_case_overview o
         LEFT JOIN LATERAL (SELECT count(*) AS overdue FROM rm_deadlines d WHERE d.case_id = o.case_id AND ${OVERDUE('d', '$1::date', '$2::timestamptz')}) od ON true
        WHERE ${visibleTo(principal, params)}
        GROUP BY o.team ORDER BY o.team`,
      params,
    );
    return rows.map((r) => ({ team: r.team, openCases: r.open_cases, activePlacements: r.active_placements, overdueDeadlines: r.overdue_deadlines }));
  }
}

@QueryHandler(GetProjectionStatus)
export class GetProjectionStatusHandler extends ReadModelHandler implements IQueryHandler<GetProjectionStatus> {
  execute(): Promise<readonly ProjectionStatus[]> {
    return readStatuses(this.pool, PROJECTIONS, new Date());
  }
}
