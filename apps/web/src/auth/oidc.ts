import type { UserManager } from 'oidc-client-ts';

export type OidcConfig = Readonly<{ issuer: string; clientId: string; scope: string }>;

export const CALLBACK_PATH = '/aanmelden/terug';

/**
 * Authorization code with PKCE at the organisation's provider (oidc-client-ts). Loaded only when the API says OIDC is
 * set, so the demo's first page does not carry it.
 */
export async function userManagerFor(config: OidcConfig): Promise<UserManager> {
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    scope: config.scope,
    redirect_uri: window.location.origin + CALLBACK_PATH,
    response_type: 'code',
    // The same rule as the Casus session: nothing of a sign-in outlives the tab.
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}
