import type { Clock } from '@casus/runtime';
import type { KeyObject } from 'node:crypto';

/** What the read checks take from outside the domain: today, and how long a provider sees an ended placement. */
export const READ_RULES = Symbol('ReadRules');
export type ReadRules = Readonly<{ clock: Clock; providerViewDaysAfterEnd: number }>;
/**
 * The notary's public key, once its key file is there (libs/audit/src/notary): /integrity checks anchors with it. Only
 * the notary makes the key (apps/api/src/followers), in whichever process follows the log.
 */
export const NOTARY_KEY = Symbol('NotaryKey');
export type NotaryPublicKey = () => KeyObject | undefined;
/** Years each kind of record is kept (RETENTION_YEARS). */
export const RETENTION_YEARS = Symbol('RetentionYears');
