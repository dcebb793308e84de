import { queryOptions, useQuery } from '@tanstack/react-query';
import { answered, api } from '../api/client';
import type { components } from '../api/casus-api';
import { currentSession } from './session';

export type Me = components['schemas']['MeResponse'];
export type Role = Me['role'];

const KEY = 'casus.me';

type Remembered = Readonly<{ token: string; me: Me }>;

/** Who the API last said this tab's token is; another token (a new sign-in) is nobody yet. */
function remembered(): Me | undefined {
  const token = currentSession()?.token;
  const stored = sessionStorage.getItem(KEY);
  const last = stored ? (JSON.parse(stored) as Remembered) : undefined;
  return token && last?.token === token ? last.me : undefined;
}

async function askWho(): Promise<Me> {
  const me = await answered(api.GET('/me'));
  const token = currentSession()?.token;
  if (token) sessionStorage.setItem(KEY, JSON.stringify({ token, me } satisfies Remembered));
  return me;
}

/**
 * The signed-in person as the API reads their token; the pages of their role follow from it. A reload or a tab opened
 * from this one shows its pages at once with who the API said the token was, and asks again beside the page's own
 * reads: a token no longer taken still ends the session (app.tsx), and the API decides every read regardless.
 */
export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: askWho,
  initialData: remembered,
  initialDataUpdatedAt: 0,
  staleTime: (query) => (query.state.dataUpdatedAt === 0 ? 0 : Infinity),
});

export const useMe = () => useQuery(meQuery);
