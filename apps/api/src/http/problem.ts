import type { RefusalParams } from '@casus/domain';
import type { Language } from '@casus/wording';
import type { RefusalCode } from './refusal-codes';

/** RFC 9457 problem details, the body of every error response. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  /** Stable machine-readable code, e.g. CASE.CLOSED or REQUEST.INVALID. */
  code: string;
  /** What went wrong, in English, as precise as the rule: kept for every client that reads it. */
  detail: string;
  /** The language of `text`: Accept-Language's first of nl and en, nl when none is asked for (also Content-Language). */
  language: Language;
  /** The refusal in the professional's words and what they can do, in `language`. */
  text: string;
  /** The values `text` names (ids and dates, never personal data), for a client that words the code itself. */
  params?: RefusalParams;
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
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
    this.name = 'HttpRefusal';
  }
}
