/** The pool the audit module reads the events table and writes the access log through. */
export const AUDIT_DATABASE = Symbol('AuditDatabase');

/** What the read checks take from outside the domain: today, and how long a provider sees an ended placement. */
export const READ_RULES = Symbol('ReadRules');
export type ReadRules = Readonly<{ clock: () => Date; providerViewDaysAfterEnd: number }>;
/** The notary's key (libs/audit/src/notary): it signs anchors and /integrity checks them with it. */
export const NOTARY_KEY = Symbol('NotaryKey');
export const NOTARY_OPTIONS = Symbol('NotaryOptions');
