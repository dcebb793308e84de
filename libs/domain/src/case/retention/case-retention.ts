import type { IsoDate } from '../../shared/iso-date';
import type { ExistingCase } from '../state';
import type { CaseRetention } from './destruction-ground';
import { keptUntil, RECORD_KINDS, RETENTION_TERMS, type RecordKind, type RetentionYears } from './retention-terms';

const fromOrganisation = (state: ExistingCase, name: RegExp): boolean =>
  state.jeugdlink.some((involvement) => involvement.joinedOn !== null && involvement.members.some((m) => name.test(m.organisation)));

/** Which kinds of record the case is, from its own events. Every case is a jeugdhulp file. */
const IS_KIND: Readonly<Record<RecordKind, (state: ExistingCase) => boolean>> = {
  jeugdhulp: () => true,
  // Every court order is carried out by a GI (OTS, voogdij and the machtigingen that rest on them).
  gi: (state) => state.courtOrders.length > 0,
  // Veilig Thuis led the case, a signal came from it, or one of its members joined.
  'veilig-thuis': (state) =>
    state.veiligThuis !== null ||
    [state.signal, ...state.newSignals].some((signal) => signal.source === 'veilig-thuis') ||
    fromOrganisation(state, /^veilig thuis/i),
  raad: (state) =>
    state.raadAdvice.length > 0 ||
    state.appeals.some((appeal) => appeal.lodgedBy === 'raad') ||
    fromOrganisation(state, /^raad voor de kinderbescherming/i),
};

export const recordKindsOf = (state: ExistingCase): RecordKind[] => RECORD_KINDS.filter((kind) => IS_KIND[kind](state));

/**
 * Care ends when the case is closed for the last time (aftercare, when there is any, is part of the
 * care); an open or reopened case has not ended, and is kept.
 */
export function careEndedOn(state: ExistingCase): IsoDate | null {
  const last = state.closures.at(-1);
  return state.status === 'closed' && last && !last.reopened ? last.closedOn : null;
}

const youngestBirthDate = (state: ExistingCase): IsoDate =>
  state.children.map((child) => child.birthDate).reduce((a, b) => (a > b ? a : b));

/** The case's term, or null while care has not ended. */
export function retentionOf(state: ExistingCase, years: RetentionYears): CaseRetention | null {
  const ended = careEndedOn(state);
  if (ended === null) return null;
  const facts = { careEndedOn: ended, youngestBirthDate: youngestBirthDate(state) };
  const kinds = recordKindsOf(state);
  const until = (kind: RecordKind) => keptUntil(kind, years[kind], facts);
  const decidingKind = kinds.reduce((longest, kind) => (until(kind) > until(longest) ? kind : longest));
  const term = RETENTION_TERMS[decidingKind];
  return {
    kinds,
    decidingKind,
    termYears: years[decidingKind],
    from: term.from,
    careEndedOn: ended,
    retainUntil: until(decidingKind),
    source: term.source,
  };
}
