import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export type Person = Readonly<{ id: string; role: string; team: string; organisation: string; name: string }>;

export type IdentityProvider = Readonly<{
  issuer: string;
  /** The browser app's registration, its redirect back to `appOrigin` included; before it, the provider answers nothing. */
  register(appOrigin: string): void;
  close(): Promise<void>;
}>;

/**
 * A real OpenID Connect provider (panva's oidc-provider) on 127.0.0.1, as an organisation runs one: authorization code
 * with PKCE for a public client, JWT access tokens for the Casus API audience carrying Casus's claims, and its
 * development sign-in pages (any login name, which is the person's id) for the browser to fill in.
 */
export async function startIdentityProvider(people: readonly Person[], audience: string, clientId: string): Promise<IdentityProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const personOf = (id: string) => people.find((person) => person.id === id);
  return {
    issuer,
    register(appOrigin) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: clientId,
            token_endpoint_auth_method: 'none',
            redirect_uris: [`${appOrigin}/aanmelden/terug`],
            grant_types: ['authorization_code'],
            response_types: ['code'],
          },
        ],
        findAccount: async (_context, id) =>
          personOf(id) ? { accountId: id, claims: async () => ({ sub: id, name: personOf(id)!.name }) } : undefined,
        features: {
          devInteractions: { enabled: true },
          resourceIndicators: {
            enabled: true,
            defaultResource: () => audience,
            useGrantedResource: () => true,
            getResourceServerInfo: () => ({ scope: 'openid profile', audience, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } }),
          },
        },
        extraTokenClaims: async (_context, token) => {
          const person = 'accountId' in token && typeof token.accountId === 'string' ? personOf(token.accountId) : undefined;
          return person ? { role: person.role, team: person.team, organisation: person.organisation, name: person.name } : {};
        },
      });
      server.on('request', provider.callback());
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
