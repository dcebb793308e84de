import { READER_LIST, type CaseReaders } from '@casus/domain';
import type { Principal } from '@casus/runtime';

/** A WHERE condition with its named parameters, as typeorm's query builder takes them. */
export type Condition = readonly [sql: string, parameters: Record<string, unknown>];

/** Each of the domain's reader lists as rm_case_overview (alias `o`) keeps it, filled from `readersOf` by the projection. */
const READER_COLUMN = {
  // As readGround: not while the team is the Veilig Thuis team that leads the case.
  caseTeam: 'o.team = :reader AND NOT (:reader = ANY (o.veilig_thuis_teams))',
  jeugdlinkTeams: ':reader = ANY (o.jeugdlink_teams)',
  giOrganisations: ':reader = ANY (o.gi_organisations)',
  veiligThuisTeams: ':reader = ANY (o.veilig_thuis_teams)',
} satisfies Record<keyof CaseReaders, string>;

/**
 * The SQL form of the domain's `currentReadGround`: the reader list that names this principal (READER_LIST).
 * A former team or GI (former-readers.ts) is in no list: a list shows the case as it is now, which it does not
 * read, so its lists drop the case at the handover and no list needs the clock to end its period.
 */
export function visibleTo(principal: Principal): Condition {
  const entry = READER_LIST[principal.role];
  if (entry === 'every case') return ['true', {}];
  if (entry === 'no case') return ['false', {}];
  return [READER_COLUMN[entry.list], { reader: principal[entry.by] }];
}

/** Open and past due against `:today` and `:now`: a reservation by the minute, every other deadline by the Dutch calendar day. */
export const OVERDUE = (d: string) =>
  `(${d}.status = 'open' AND (CASE WHEN ${d}.due_at IS NOT NULL THEN ${d}.due_at < CAST(:now AS timestamptz) ELSE ${d}.due_on < CAST(:today AS date) END))`;

/** The clock's today (Dutch calendar) and now, as the OVERDUE condition names them. */
export const clockParameters = (today: string, now: Date) => ({ today, now: now.toISOString() });

/**
 * The open Jeugdlink requests that name this principal's team: that team reads the request, not the case (readers.ts),
 * until it joins; nobody else is asked.
 */
export function askedToJoin(principal: Principal): Condition {
  if (principal.role !== 'jeugdlink') return ['false', {}];
  return ["o.jeugdlink_request->>'team' = :asked", { asked: principal.team }];
}
