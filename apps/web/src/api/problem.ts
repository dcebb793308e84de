/** An API refusal as the browser shows it: the rule's stable code, its words for the professional, and the field it concerns. */
export type Problem = Readonly<{
  status: number;
  code: string;
  /** In the language the app asked for (Accept-Language); English `detail` when the API has no words for it. */
  text: string;
  detail: string;
  /** Per field, for refusals of the request's shape (REQUEST.INVALID). */
  fields: readonly { field: string; messages: readonly string[] }[];
  /** The values the rule's words name (ids and dates), by name: a form shows the words beside the field of that name. */
  params: Readonly<Record<string, string>>;
}>;

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.code}: ${problem.detail}`);
    this.name = 'ProblemError';
  }
}

type ProblemBody = Partial<{
  code: string;
  text: string;
  detail: string;
  errors: { field: string; messages: string[] }[];
  params: Record<string, string>;
}>;

export function problemOf(status: number, body: unknown): Problem {
  const given = (typeof body === 'object' && body !== null ? body : {}) as ProblemBody;
  const detail = given.detail ?? `HTTP ${status}`;
  return {
    status,
    code: given.code ?? `HTTP.${status}`,
    text: given.text ?? detail,
    detail,
    fields: given.errors ?? [],
    params: given.params ?? {},
  };
}
