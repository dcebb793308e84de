/** A script that leaves a signed-in session in the tab, as the app's own sign-in does (apps/web/src/auth/session.ts). */
export function sessionScript(token: string, expiresAt = Date.now() + 3_600_000): string {
  return `sessionStorage.setItem('casus.session', ${JSON.stringify(JSON.stringify({ token, expiresAt }))});`;
}
