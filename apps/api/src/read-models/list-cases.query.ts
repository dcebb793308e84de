import type { CaseListItemAnswer } from './read-models.response.dto';
import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { dutchDateOf } from '@casus/domain';
import { ageInYearsOn } from '@casus/matching';
import { CaseOverviewEntity, DeadlineEntity } from '@casus/projections';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CLOCK, type Clock, type Principal } from '@casus/runtime';
import type { ListCasesQuery } from './read-models.request.dto';
import { READ_MODELS_DATA_SOURCE } from './read-models.tokens';
import { totalBeside } from './page-total';
import { clockParameters, OVERDUE, visibleTo } from './visibility';

export type CaseListItem = CaseListItemAnswer;
export type Page<T> = Readonly<{ items: readonly T[]; page: number; pageSize: number; total: number }>;

export class ListCases extends Query<Page<CaseListItem>> {
  constructor(
    readonly principal: Principal,
    readonly filters: ListCasesQuery,
  ) {
    super();
  }
}

interface NextDeadline {
  kind: string;
  dueOn: string;
  description: string;
}

@QueryHandler(ListCases)
export class ListCasesHandler implements IQueryHandler<ListCases> {
  constructor(
    @Inject(READ_MODELS_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ principal, filters }: ListCases): Promise<Page<CaseListItem>> {
    const now = this.clock();
    const today = dutchDateOf(now);
    const query = this.dataSource
      .getRepository(CaseOverviewEntity)
      .createQueryBuilder('o')
      .addSelect((sub) => this.nextDeadline(sub), 'next_deadline')
      .addSelect((sub) => this.overdueCount(sub), 'overdue')
      .where(...visibleTo(principal))
      .setParameters(clockParameters(today, now));
    for (const column of ['team', 'status', 'phase', 'municipality'] as const) {
      if (filters[column] !== undefined) query.andWhere(`o.${column} = :${column}`, { [column]: filters[column] });
    }
    if (filters.overdue !== undefined) query.andWhere(`${this.overdueCount(query.subQuery()).getQuery()} ${filters.overdue ? '>' : '='} 0`);
    const page = query.clone().addSelect('count(*) OVER ()', 'total');
    if (filters.order === 'due') page.orderBy(`(${this.nextDueOn(query.subQuery()).getQuery()})`, 'ASC', 'NULLS LAST');
    const { entities, raw } = await page
      .addOrderBy('o.lastStepAt', 'DESC')
      .addOrderBy('o.caseId')
      .offset((filters.page - 1) * filters.pageSize)
      .limit(filters.pageSize)
      .getRawAndEntities();
    const total = await totalBeside(raw, filters.page, () => query.getCount());
    return {
      items: entities.map((overview, i) => toItem(overview, raw[i].next_deadline, Number(raw[i].overdue), today)),
      page: filters.page,
      pageSize: filters.pageSize,
      total,
    };
  }

  private nextDeadline(sub: SelectQueryBuilder<ObjectLiteral>) {
    return sub
      .select("json_build_object('kind', d.kind, 'dueOn', to_char(d.due_on, 'YYYY-MM-DD'), 'description', d.description)")
      .from(DeadlineEntity, 'd')
      .where("d.case_id = o.case_id AND d.status = 'open'")
      .orderBy('d.due_on')
      .addOrderBy('d.kind')
      .limit(1);
  }

  private nextDueOn(sub: SelectQueryBuilder<ObjectLiteral>) {
    return sub.select('min(d.due_on)').from(DeadlineEntity, 'd').where("d.case_id = o.case_id AND d.status = 'open'");
  }

  private overdueCount(sub: SelectQueryBuilder<ObjectLiteral>) {
    return sub
      .select('count(*)::int')
      .from(DeadlineEntity, 'd')
      .where(`d.case_id = o.case_id AND ${OVERDUE('d')}`);
  }
}

function toItem(o: CaseOverviewEntity, next: NextDeadline | null, overdue: number, today: string): CaseListItem {
  return {
    caseId: o.caseId,
    revision: o.revision,
    status: o.status,
    phase: o.phase,
    municipality: o.municipality,
    team: o.team,
    urgency: o.urgency,
    openedAt: o.openedAt.toISOString(),
    lead: o.leadId ? { id: o.leadId, name: o.leadName, team: o.team } : null,
    jeugdlink: o.jeugdlinkStatus ? { team: o.jeugdlinkTeam, status: o.jeugdlinkStatus } : null,
    children: o.children.map((c) => ({ childId: c.childId, age: ageInYearsOn(c.birthDate, today) })),
    activeCourtOrders: o.courtOrders.filter((order) => order.validFrom <= today && today <= order.validUntil),
    activePlacement: o.activePlacement,
    lastStep: { type: o.lastStepType, summary: o.lastStep, at: o.lastStepAt.toISOString() },
    nextDeadline: next ? { ...next, overdue: next.dueOn < today } : null,
    overdueDeadlines: overdue,
  };
}
