import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { dutchDateOf } from '@casus/domain';
import { ageInYearsOn } from '@casus/matching';
import type { Pool } from 'pg';
import type { Principal } from '../auth/principal';
import type { ListCasesQuery } from './read-models.request.dto';
import { READ_MODELS_DATABASE, READ_MODELS_OPTIONS, type ReadModelsOptions } from './read-models.tokens';
import { OVERDUE, visibleTo } from './visibility';

export type CaseListItem = Readonly<Record<string, unknown>>;
export type Page<T> = Readonly<{ items: readonly T[]; page: number; pageSize: number; total: number }>;

export class ListCases extends Query<Page<CaseListItem>> {
  constructor(
    readonly principal: Principal,
    readonly filters: ListCasesQuery,
  ) {
    super();
  }
}

interface CourtOrder {
  courtOrderId: string;
  kind: string;
  childId: string;
  validFrom: string;
  validUntil: string;
}

@QueryHandler(ListCases)
export class ListCasesHandler implements IQueryHandler<ListCases> {
  constructor(
    @Inject(READ_MODELS_DATABASE) private readonly pool: Pool,
    @Inject(READ_MODELS_OPTIONS) private readonly options: ReadModelsOptions,
  ) {}

  async execute({ principal, filters }: ListCases): Promise<Page<CaseListItem>> {
    const now = (this.options.clock ?? (() => new Date()))();
    const today = dutchDateOf(now);
    const params: unknown[] = [today, now.toISOString()];
    const where = [visibleTo(principal, params)];
    const filter = (column: string, value: unknown) => {
      if (value === undefined) return;
      params.push(value);
      where.push(`o.${column} = $${params.length}`);
    };
    filter('team', filters.team);
    filter('status', filters.status);
    filter('phase', filters.phase);
    filter('municipality', filters.municipality);
    if (filters.overdue !== undefined) where.push(`COALESCE(od.overdue, 0) ${filters.overdue ? '>' : '='} 0`);
    params.push(filters.pageSize, (filters.page - 1) * filters.pageSize);
    const { rows } = await this.pool.query(
      `SELECT o.case_id, o.revision, o.status, o.phase, o.municipality, o.team, o.organisation, o.urgency, o.opened_at,
              o.lead_id, o.lead_name, o.jeugdlink_team, o.jeugdlink_status, o.children, o.court_orders, o.active_placement,
              o.last_step_type, o.last_step, o.last_step_at,
              nd.kind AS next_kind, nd.due_on AS next_due_on, nd.description AS next_description,
              COALESCE(od.overdue, 0)::int AS overdue, count(*) OVER () AS total
         FROM rm_case_overview o
         LEFT JOIN LATERAL (
           SELECT kind, to_char(due_on, 'YYYY-MM-DD') AS due_on, description FROM rm_deadlines d
            WHERE d.case_id = o.case_id AND d.status = 'open' ORDER BY d.due_on, d.kind LIMIT 1) nd ON true
         LEFT JOIN LATERAL (
           SELECT count(*) AS overdue FROM rm_deadlines d WHERE d.case_id = o.case_id AND ${OVERDUE('d', '$1::date', '$2::timestamptz')}) od ON true
        WHERE ${where.join(' AND ')}
        ORDER BY o.last_step_at DESC, o.case_id
        LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return {
      items: rows.map((row) => toItem(row, today)),
      page: filters.page,
      pageSize: filters.pageSize,
      total: Number(rows[0]?.total ?? 0),
    };
  }
}

function toItem(row: Record<string, any>, today: string): CaseListItem {
  const orders = row.court_orders as CourtOrder[];
  return {
    caseId: row.case_id,
    revision: row.revision,
    status: row.status,
    phase: row.phase,
    municipality: row.municipality,
    team: row.team,
    urgency: row.urgency,
    openedAt: row.opened_at.toISOString(),
    lead: row.lead_id ? { id: row.lead_id, name: row.lead_name, team: row.team } : null,
    jeugdlink: row.jeugdlink_status ? { team: row.jeugdlink_team, status: row.jeugdlink_status } : null,
    children: (row.children as { childId: string; birthDate: string }[]).map((c) => ({ childId: c.childId, age: ageInYearsOn(c.birthDate, today) })),
    activeCourtOrders: orders.filter((o) => o.validFrom <= today && today <= o.validUntil),
    activePlacement: row.active_placement,
    lastStep: { type: row.last_step_type, summary: row.last_step, at: row.last_step_at.toISOString() },
    nextDeadline: row.next_kind ? { kind: row.next_kind, dueOn: row.next_due_on, description: row.next_description, overdue: row.next_due_on < today } : null,
    overdueDeadlines: row.overdue,
  };
}
