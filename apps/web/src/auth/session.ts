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

/** `expiresAt` as the issuer says it (epoch milliseconds); the token's signature is the API's to check, not the browser's. */
export function startSession(token: string, expiresAt: number): Session {
  const session = { token, expiresAt };
  sessionStorage.setItem(KEY, JSON.stringify(session));
  return session;
}

/** Everything of the tab's sign-in goes, the OpenID client's own state included. */
export function endSession(): void {
  sessionStorage.clear();
}
