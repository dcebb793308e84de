import { Uuid } from '../shared/ids';
import { IsoDate } from '../shared/iso-date';
import { Actor, Role } from './actor';
import { FormerReaderGround, formerReaderGround } from './former-readers';
import { currentJeugdlink } from './queries';
import { CaseState, ExistingCase } from './state';

/**
 * Who reads a case, by name, decided from the case's own events (DOMAIN.md, roles). The read models
 * keep these lists as columns (rm_case_overview: team, jeugdlink_teams, gi_organisations) and filter
 * lists with them, so a case and a list can never disagree on who reads.
 */
export type CaseReaders = Readonly<{
  caseTeam: string;
  /** A team that joined keeps reading its own history after its involvement ended; only writing stops. */
  jeugdlinkTeams: readonly string[];
  giOrganisations: readonly string[];
  /**
   * The Veilig Thuis team that registered the case, while it leads it; from its handover to the local team on it
   * reads as a former team (former-readers.ts), as a team a case was transferred from does.
   */
  veiligThuisTeams: readonly string[];
}>;

/** Why an actor may read: the access log writes it in words (NEN 7513 "grondslag"). */
export type ReadGround =
  | Readonly<{ reader: 'auditor' }>
  | Readonly<{ reader: 'case-team'; team: string }>
  /** `joined`: involved now; false once ended; undefined for a list, which does not tell them apart. */
  | Readonly<{ reader: 'jeugdlink-team'; team: string; joined?: boolean }>
  | Readonly<{ reader: 'gi'; organisation: string }>
  /** The Veilig Thuis team that leads the case, before its handover to the local team. */
  | Readonly<{ reader: 'veilig-thuis'; team: string }>
  /** A team or GI the case was handed over away from, for a while (former-readers.ts). */
  | FormerReaderGround
  /** Not a reader of the case: only of its own placement, for a while (placement-view.ts). */
  | Readonly<{ reader: 'provider'; organisation: string }>
  /** Not a reader of the case: the Jeugdlink team a request names reads that request, until it joins. */
  | Readonly<{ reader: 'requested-jeugdlink-team'; team: string }>
  /** A linked family member reading their own file through the family's endpoints, by their inspection right (family/). */
  | Readonly<{ reader: 'family'; personId: Uuid; right: 'file' | 'information' }>;

type ReaderList = 'every case' | 'no case' | Readonly<{ list: keyof CaseReaders; by: 'team' | 'organisation' }>;

/**
 * Which of a case's reader lists names an actor of each role, and by which of the actor's names.
 * Providers see their placement, not the case; a linked family member reads their own file only through the
 * family's endpoints, by their inspection right (family/family-ground.ts), never a professional's read of the case.
 */
export const READER_LIST = {
  auditor: 'every case',
  wijkteam: { list: 'caseTeam', by: 'team' },
  'veilig-thuis': { list: 'veiligThuisTeams', by: 'team' },
  jeugdlink: { list: 'jeugdlinkTeams', by: 'team' },
  gi: { list: 'giOrganisations', by: 'organisation' },
  provider: 'no case',
  family: 'no case',
} as const satisfies Record<Role, ReaderList>;

const unique = (values: readonly string[]) => [...new Set(values)].sort();

export function readersOf(state: ExistingCase): CaseReaders {
  // A Jeugdlink team handed over with a move reads on as a former team (former-readers.ts), not for good.
  const handedOver = state.transfers.flatMap((t) => (t.jeugdlinkHandedOver ? [t.jeugdlinkHandedOver.fromTeam] : []));
  const current = currentJeugdlink(state)?.team;
  const reads = (team: string | null): team is string => team !== null && (team === current || !handedOver.includes(team));
  return {
    caseTeam: state.team,
    jeugdlinkTeams: unique(state.jeugdlink.flatMap((j) => (j.status !== 'requested' && reads(j.team) ? [j.team] : []))),
    giOrganisations: unique(state.courtOrders.map((order) => order.giOrganisation)),
    veiligThuisTeams: state.veiligThuis?.handover === null ? [state.veiligThuis.team] : [],
  };
}

const GROUND_OF_LIST = {
  caseTeam: (team) => ({ reader: 'case-team', team }),
  jeugdlinkTeams: (team: string, state?: ExistingCase) => {
    const current = state && currentJeugdlink(state);
    return { reader: 'jeugdlink-team', team, joined: state ? current?.team === team && current.status === 'joined' : undefined };
  },
  giOrganisations: (organisation) => ({ reader: 'gi', organisation }),
  veiligThuisTeams: (team) => ({ reader: 'veilig-thuis', team }),
} satisfies Record<keyof CaseReaders, (name: string, state?: ExistingCase) => ReadGround>;

/**
 * The ground on which the actor reads the case as it is now, or null when it is not among its readers.
 * Lists, placements and placing the children go by this ground alone.
 */
export function currentReadGround(state: CaseState, actor: Actor): ReadGround | null {
  if (state.status === 'none') return null;
  const entry = READER_LIST[actor.role];
  if (entry === 'every case') return { reader: 'auditor' };
  if (entry === 'no case') return null;
  const name = actor[entry.by];
  const readers = readersOf(state);
  if (![readers[entry.list]].flat().includes(name)) return null;
  // While Veilig Thuis leads, the case's team is its team: a wijkteam spelled the same is not the case team.
  if (entry.list === 'caseTeam' && readers.veiligThuisTeams.includes(name)) return null;
  return GROUND_OF_LIST[entry.list](name, state);
}

/** The ground on which the actor reads the case's record on `today`: as a reader now, or as a former team or GI. */
export const readGround = (state: CaseState, actor: Actor, today: IsoDate): ReadGround | null =>
  currentReadGround(state, actor) ?? (state.status === 'none' ? null : formerReaderGround(state, actor, today));

/** The ground a list filtered by READER_LIST shows this actor its cases on; null: it lists none. */
export function listReadGround(actor: Actor): ReadGround | null {
  const entry = READER_LIST[actor.role];
  if (entry === 'every case') return { reader: 'auditor' };
  if (entry === 'no case') return null;
  return GROUND_OF_LIST[entry.list](actor[entry.by]);
}

export const canReadCase = (state: CaseState, actor: Actor, today: IsoDate): boolean => readGround(state, actor, today) !== null;

/**
 * Those who place the case's children now: the case team, the Jeugdlink team while joined, a GI of its court orders,
 * Veilig Thuis while it leads.
 */
export function isPlacingProfessional(state: CaseState, actor: Actor): boolean {
  const ground = currentReadGround(state, actor);
  if (ground === null) return false;
  if (ground.reader === 'jeugdlink-team') return ground.joined === true;
  return ground.reader !== 'auditor';
}

/** How many of the case's events, from the first, a reader reads: all of them, or a former reader's up to its handover. */
export function eventsReadOn(ground: ReadGround, events: readonly Readonly<{ type: string }>[]): number {
  if (!('handedOverBy' in ground)) return events.length;
  const { event, ordinal } = ground.handedOverBy;
  const handovers = events.flatMap((e, index) => (e.type === event ? [index] : []));
  return handovers[ordinal] + 1;
}
