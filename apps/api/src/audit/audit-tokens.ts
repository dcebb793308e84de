import type { Clock } from '@casus/runtime';

/** What the read checks take from outside the domain: today, and how long a provider sees an ended placement. */
export const READ_RULES = Symbol('ReadRules');
export type ReadRules = Readonly<{ clock: Clock; providerViewDaysAfterEnd: number }>;
/** The notary's key (libs/audit/src/notary): /integrity checks anchors with it (the notary signs with it in apps/api/src/followers). */
export const NOTARY_KEY = Symbol('NotaryKey');
/** Years each kind of record is kept (RETENTION_YEARS). */
export const RETENTION_YEARS = Symbol('RetentionYears');
