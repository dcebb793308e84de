import createClient, { type Middleware } from 'openapi-fetch';
import { currentSession } from '../auth/session';
import i18n from '../i18n';
import type { paths } from './casus-api';
import { ProblemError, problemOf } from './problem';

/** Every call carries the session's token and the app's language, so refusals come back in the words on screen. */
const signedIn: Middleware = {
  onRequest({ request }) {
    const session = currentSession();
    if (session) request.headers.set('Authorization', `Bearer ${session.token}`);
    request.headers.set('Accept-Language', i18n.language);
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(signedIn);

type Answer<T> = { data?: T; error?: unknown; response: Response };

/** The answer's body, or a ProblemError that the page shows beside what caused it. */
export async function answered<T>(call: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || error !== undefined) throw new ProblemError(problemOf(response.status, error));
  return data as T;
}
