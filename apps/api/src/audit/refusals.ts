/** Shaped like the domain's DomainError, so the problem filter answers 403/404 with the code. */
export class AuditRefusal extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: string,
    readonly kind: 'forbidden' | 'not-found' | 'rule',
    message: string,
  ) {
    super(message);
  }
}
