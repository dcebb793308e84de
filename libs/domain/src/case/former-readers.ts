import { IsoDate } from '../shared/iso-date';
import { Actor, Role } from './actor';
import { ExistingCase } from './state';

/** Four weeks: the questions that follow a warme overdracht; FORMER_TEAM_READ_DAYS sets it per deployment. */
export const DEFAULT_FORMER_TEAM_READ_DAYS = 28;

/** The step a former reader left the case by: the `ordinal`-th event of its type (from 0) in the case's events. */
export type HandedOverBy = Readonly<{ event: 'CaseTransferred' | 'CaseHandedOverToLocalTeam' | 'ChargedGiChanged'; ordinal: number }>;

type Handover = Readonly<{ handedOverBy: HandedOverBy; handedOverOn: IsoDate; readEndsOn: IsoDate }>;

/** A team or GI the case was handed over away from: it reads the case as it stood at that step, until `readEndsOn`. */
export type FormerReaderGround =
  (Readonly<{ reader: 'former-team'; team: string }> & Handover) | (Readonly<{ reader: 'former-gi'; organisation: string }> & Handover);

function lastOf<T>(records: readonly T[], event: HandedOverBy['event'], left: (r: T) => boolean, dates: (r: T) => [IsoDate, IsoDate]) {
  const ordinal = records.findLastIndex(left);
  if (ordinal === -1) return null;
  const [handedOverOn, readEndsOn] = dates(records[ordinal]);
  return { handedOverBy: { event, ordinal }, handedOverOn, readEndsOn };
}

type Transfer = ExistingCase['transfers'][number];
const transferDates = (t: Transfer): [IsoDate, IsoDate] => [t.transferredOn, t.formerTeamReadEndsOn];

/**
 * The last step each role left a case by: the lead team and a Jeugdlink team by a transfer, Veilig Thuis by its
 * handover to the local team (a case has one: only the Veilig Thuis team that leads it hands it over), a GI by a
 * change of GI.
 */
const LAST_HANDOVER = {
  wijkteam: (state, actor) => lastOf(state.transfers, 'CaseTransferred', (t) => t.fromTeam === actor.team, transferDates),
  jeugdlink: (state, actor) =>
    lastOf(state.transfers, 'CaseTransferred', (t) => t.jeugdlinkHandedOver?.fromTeam === actor.team, transferDates),
  'veilig-thuis': (state, actor) =>
    lastOf(
      state.veiligThuis?.handover ? [state.veiligThuis.handover] : [],
      'CaseHandedOverToLocalTeam',
      (h) => h.fromTeam === actor.team,
      (h) => [h.handedOverOn, h.formerTeamReadEndsOn],
    ),
  gi: (state, actor) =>
    lastOf(
      state.giChanges,
      'ChargedGiChanged',
      (c) => c.fromGiOrganisation === actor.organisation,
      (c) => [c.changedOn, c.formerGiReadEndsOn],
    ),
  auditor: () => null,
  provider: () => null,
  family: () => null,
} satisfies Record<Role, (state: ExistingCase, actor: Actor) => Handover | null>;

/**
 * Minimal on purpose (AVG art. 5(1)(c), need-to-know): what the team or GI did, for the questions after the
 * handover, and nothing its successor does; from `readEndsOn` on it has no ground at all.
 */
export function formerReaderGround(state: ExistingCase, actor: Actor, today: IsoDate): FormerReaderGround | null {
  const handover = LAST_HANDOVER[actor.role](state, actor);
  if (handover === null || today >= handover.readEndsOn) return null;
  return actor.role === 'gi'
    ? { reader: 'former-gi', organisation: actor.organisation, ...handover }
    : { reader: 'former-team', team: actor.team, ...handover };
}
