import { addDays, addMonths, IsoDate } from '../shared/iso-date';
import { CourtOrderRecord } from './state';
import { CourtOrderKind } from './values';

/**
 * Legal maximum duration per kind, in months: OTS 1 year, each extension 1 year (BW 1:255, 1:258/1:260;
 * 1:258 unconfirmed); voorlopige OTS 3 months (BW 1:257); machtiging uithuisplaatsing 1 year, renewable
 * by 1 year (BW 1:265b/1:265c, 1:265c unconfirmed). A spoedmachtiging has no maximum we enforce.
 */
export const COURT_ORDER_MAXIMUM_MONTHS: Readonly<Record<CourtOrderKind, number | null>> = {
  ots: 12,
  'voorlopige-ots': 3,
  'machtiging-uithuisplaatsing': 12,
  spoedmachtiging: null,
};

export const SUPERVISION_KINDS: readonly CourtOrderKind[] = ['ots', 'voorlopige-ots'];
export const PLACEMENT_AUTHORISATION_KINDS: readonly CourtOrderKind[] = ['machtiging-uithuisplaatsing', 'spoedmachtiging'];

/** The last `validUntil` the law allows; `validUntil` is the "tot" date of the ruling. */
export function latestLegalValidUntil(kind: CourtOrderKind, validFrom: IsoDate): IsoDate | null {
  const months = COURT_ORDER_MAXIMUM_MONTHS[kind];
  return months === null ? null : addMonths(validFrom, months);
}

/**
 * How far a chain of supervision orders (OTS, its extensions, a voorlopige OTS) covers a child
 * without a gap, starting on `from`; null when none is valid on `from`.
 */
export function supervisionCoveredUntil(orders: readonly CourtOrderRecord[], from: IsoDate): IsoDate | null {
  let coveredUntil: IsoDate | null = null;
  let cursor = from;
  for (;;) {
    const next = orders
      .filter((o) => o.validFrom <= cursor && o.validUntil >= cursor && (coveredUntil === null || o.validUntil > coveredUntil))
      .map((o) => o.validUntil)
      .sort()
      .at(-1);
    if (next === undefined) return coveredUntil;
    coveredUntil = next;
    cursor = addDays(next, 1);
  }
}
