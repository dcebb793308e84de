/**
 * The signed-in person's access token, for this browser tab only: sessionStorage is gone when the tab closes, so a
 * shared computer at a wijkteam office keeps no way into a case after its user leaves.
 */
const KEY = 'casus.session';

export type Session = Readonly<{ token: string; expiresAt: number }>;

export function currentSession(now = Date.now()): Session | undefined {
  const stored = sessionStorage.getItem(KEY);
  if (!stored) return undefined;
  const session = JSON.parse(stored) as Session;
  if (session.expiresAt <= now) {
    sessionStorage.removeItem(KEY);
    return undefined;
  }
  return session;
}

export function startSession(token: string): Session {
  const session = { token, expiresAt: expiryOf(token) };
  sessionStorage.setItem(KEY, JSON.stringify(session));
  return session;
}

export function endSession(): void {
  sessionStorage.removeItem(KEY);
}

/** The token's own `exp`; its signature is the API's to check, not the browser's. */
function expiryOf(token: string): number {
  const payload = token.split('.')[1] ?? '';
  const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
  return (claims.exp ?? 0) * 1000;
}
