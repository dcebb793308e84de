/** RFC 9457 problem details, the body of every error response. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  /** Stable machine-readable code, e.g. CASE.CLOSED or REQUEST.INVALID. */
  code: string;
  detail: string;
  correlationId: string;
  /** Field-level messages for a malformed request. */
  errors?: readonly FieldError[];
};

export type FieldError = { field: string; messages: readonly string[] };

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** A refusal the edge itself decides (not the domain): carries its status and stable code. */
export class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpRefusal';
  }
}
