import type { Principal } from '../auth/principal';

/**
 * The SQL form of the domain's `canReadCase` over rm_case_overview (alias `o`): the case team, a
 * Jeugdlink team once it joined, the GI of a court order, the provider of a placement, auditors.
 */
export function visibleTo(principal: Principal, params: unknown[]): string {
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  switch (principal.role) {
    case 'auditor':
      return 'true';
    case 'wijkteam':
      return `o.team = ${bind(principal.team)}`;
    case 'jeugdlink':
      return `${bind(principal.team)} = ANY (o.jeugdlink_teams)`;
    case 'gi':
      return `${bind(principal.organisation)} = ANY (o.gi_organisations)`;
    case 'provider':
      return `${bind(principal.organisation)} = ANY (o.providers)`;
    default:
      return 'false';
  }
}

/** Open and past due: a reservation by the minute, every other deadline by the Dutch calendar day. */
export const OVERDUE = (d: string, today: string, now: string) =>
  `(${d}.status = 'open' AND (CASE WHEN ${d}.due_at IS NOT NULL THEN ${d}.due_at < ${now} ELSE ${d}.due_on < ${today} END))`;
