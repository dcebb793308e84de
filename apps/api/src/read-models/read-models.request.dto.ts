import { CASE_PHASES, CASE_STATUSES, type CasePhase, type CaseStatus } from '@casus/domain';
import { DEADLINE_STATUSES, type StoredDeadlineStatus } from '@casus/projections';
import { BooleanField, EnumField, IntegerField, LogPositionField, TextField, UuidField } from '../http/fields';

export class FreshnessQuery {
  @LogPositionField({
    optional: true,
    description: 'Wait (max 5 s) until the read models passed this position ("commit:prepare", from a command response)',
  })
  minPosition?: string;
}

export class PageQuery extends FreshnessQuery {
  @IntegerField({ optional: true, query: true, min: 1, max: 100_000, default: 1 })
  page: number = 1;

  @IntegerField({ optional: true, query: true, min: 1, max: 200, default: 50 })
  pageSize: number = 50;
}

/** `recent`: the latest step first. `due`: the nearest open deadline first (overdue ones are the nearest), none last. */
export const CASE_LIST_ORDERS = ['recent', 'due'] as const;

export class ListCasesQuery extends PageQuery {
  @TextField({ optional: true, max: 200 })
  team?: string;

  @EnumField(CASE_STATUSES, { optional: true })
  status?: CaseStatus;

  @EnumField(CASE_PHASES, { optional: true })
  phase?: CasePhase;

  @TextField({ optional: true, max: 200 })
  municipality?: string;

  @BooleanField({ optional: true, query: true, description: 'only cases with (true) or without (false) an overdue deadline' })
  overdue?: boolean;

  @EnumField(CASE_LIST_ORDERS, {
    optional: true,
    description: 'recent (default): the latest step first; due: the nearest open deadline first',
  })
  order?: (typeof CASE_LIST_ORDERS)[number];
}

export class ListDeadlinesQuery extends PageQuery {
  @BooleanField({ optional: true, query: true })
  overdue?: boolean;

  @TextField({ optional: true, max: 200 })
  team?: string;

  @UuidField({ optional: true })
  caseId?: string;

  @EnumField(DEADLINE_STATUSES, { optional: true })
  status?: StoredDeadlineStatus;
}
