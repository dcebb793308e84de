/** The pool the audit module reads the events table and writes the access log through. */
export const AUDIT_DATABASE = Symbol('AuditDatabase');

/** The notary's key (libs/audit/src/notary): it signs anchors and /integrity checks them with it. */
export const NOTARY_KEY = Symbol('NotaryKey');
export const NOTARY_OPTIONS = Symbol('NotaryOptions');

export type NotarySettings = Readonly<{ keyFile: string; everyEvents: number; everySeconds: number }>;
