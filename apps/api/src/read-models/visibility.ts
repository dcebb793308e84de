import type { Principal } from '../auth/principal';

/** A WHERE condition with its named parameters, as typeorm's query builder takes them. */
export type Condition = readonly [sql: string, parameters: Record<string, unknown>];

/**
 * The SQL form of the domain's `canReadCase` over rm_case_overview (alias `o`): the case team, a
 * Jeugdlink team once it joined, the GI of a court order, the provider of a placement, auditors.
 */
export function visibleTo(principal: Principal): Condition {
  switch (principal.role) {
    case 'auditor':
      return ['true', {}];
    case 'wijkteam':
      return ['o.team = :readerTeam', { readerTeam: principal.team }];
    case 'jeugdlink':
      return [':readerTeam = ANY (o.jeugdlink_teams)', { readerTeam: principal.team }];
    case 'gi':
      return [':readerOrganisation = ANY (o.gi_organisations)', { readerOrganisation: principal.organisation }];
    case 'provider':
      return [':readerOrganisation = ANY (o.providers)', { readerOrganisation: principal.organisation }];
    default:
      return ['false', {}];
  }
}

/** Open and past due against `:today` and `:now`: a reservation by the minute, every other deadline by the Dutch calendar day. */
export const OVERDUE = (d: string) =>
  `(${d}.status = 'open' AND (CASE WHEN ${d}.due_at IS NOT NULL THEN ${d}.due_at < CAST(:now AS timestamptz) ELSE ${d}.due_on < CAST(:today AS date) END))`;

/** The clock's today (Dutch calendar) and now, as the OVERDUE condition names them. */
export const clockParameters = (today: string, now: Date) => ({ today, now: now.toISOString() });
