import { addDays, addMonths, addYears, IsoDate } from '../shared/iso-date';
import { lastDayOf } from './queries';
import { CourtOrderRecord } from './state';
import { CourtOrderKind } from './values';

/** `until-majority`: no term of its own; it ends when the child comes of age, like every order. */
type Term = Readonly<{ months: number } | { days: number }> | 'until-majority';

/**
 * Legal maximum duration per kind: OTS 1 year, each extension 1 year (BW 1:255, 1:258/1:260; 1:258
 * unconfirmed); voorlopige OTS 3 months (BW 1:257 lid 2); machtiging uithuisplaatsing 1 year, renewable
 * by 1 year (BW 1:265b/1:265c, 1:265c unconfirmed); spoedmachtiging four weeks, as we read BW 1:265c lid 2
 * (unconfirmed; in practice two weeks); voogdij until the child comes of age (BW 1:233).
 */
export const COURT_ORDER_MAXIMUM: Readonly<Record<CourtOrderKind, Term>> = {
  ots: { months: 12 },
  'voorlopige-ots': { months: 3 },
  'machtiging-uithuisplaatsing': { months: 12 },
  spoedmachtiging: { days: 28 },
  voogdij: 'until-majority',
};

export const SUPERVISION_KINDS: readonly CourtOrderKind[] = ['ots', 'voorlopige-ots'];
/** What a machtiging uithuisplaatsing rests on (BW 1:265b): an OTS, or the GI's voogdij. */
export const MACHTIGING_BASIS_KINDS: readonly CourtOrderKind[] = [...SUPERVISION_KINDS, 'voogdij'];
export const PLACEMENT_AUTHORISATION_KINDS: readonly CourtOrderKind[] = ['machtiging-uithuisplaatsing', 'spoedmachtiging'];

// BW 1:233: majority at 18; every measure ends with it.
export const AGE_OF_MAJORITY = 18;
// BW 1:265c lid 3 (cited by a court of appeal; unconfirmed whether it counts from the ruling or its start).
export const MACHTIGING_LAPSE_MONTHS = 3;

/** The last `validUntil` the law allows; `validUntil` is the "tot" date of the ruling. Null: only the child's majority. */
export function latestLegalValidUntil(kind: CourtOrderKind, validFrom: IsoDate): IsoDate | null {
  const term = COURT_ORDER_MAXIMUM[kind];
  if (term === 'until-majority') return null;
  return 'months' in term ? addMonths(validFrom, term.months) : addDays(validFrom, term.days);
}

/**
 * The 18th birthday (BW 1:233), the day every order ends and an open placement request lapses. Born on 29 February,
 * one comes of age on 1 March in a common year: the 18 years are complete only when 28 February has ended
 * (unconfirmed: no article found; docs/rules.md).
 */
export function majorityOn(birthDate: IsoDate): IsoDate {
  const birthday = addYears(birthDate, AGE_OF_MAJORITY);
  return birthday.slice(5) === birthDate.slice(5) ? birthday : addDays(birthday, 1);
}

/** The day an unused machtiging uithuisplaatsing lapses: counted from the day it takes effect. */
export const machtigingLapsesOn = (order: Pick<CourtOrderRecord, 'validFrom'>): IsoDate =>
  addMonths(order.validFrom, MACHTIGING_LAPSE_MONTHS);

/**
 * How far a chain of orders a machtiging rests on (OTS, its extensions, a voorlopige OTS, voogdij) covers a child
 * without a gap, starting on `from`; null when none is valid on `from`.
 */
export function supervisionCoveredUntil(orders: readonly CourtOrderRecord[], from: IsoDate): IsoDate | null {
  let coveredUntil: IsoDate | null = null;
  let cursor = from;
  for (;;) {
    const next = orders
      .filter((o) => o.validFrom <= cursor && lastDayOf(o) >= cursor && (coveredUntil === null || lastDayOf(o) > coveredUntil))
      .map(lastDayOf)
      .sort()
      .at(-1);
    if (next === undefined) return coveredUntil;
    coveredUntil = next;
    cursor = addDays(next, 1);
  }
}
