/** The pool the audit module reads the events table and writes the access log through. */
export const AUDIT_DATABASE = Symbol('AuditDatabase');
