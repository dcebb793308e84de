import { setTimeout as sleep } from 'node:timers/promises';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadOrCreateDevSigningKey, mintDevToken } from '@casus/runtime';
import { signal } from './support/case-story';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { id, people } from './support/people';
import { scratchDir } from '../setup/scratch';

/** The browser app's registration at the provider: not what these tests are about. */
const BROWSER_CLIENT = { clientId: 'casus-web', scope: 'openid profile' };

/** A stand-in for the organisation's OpenID Connect provider: discovery and JWKS on 127.0.0.1. */
async function startIdentityProvider() {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  let published = [{ ...(await exportJWK(publicKey)), kid: 'idp-key-1', alg: 'RS256', use: 'sig' }];
  let issuer = '';
  const server: Server = createServer((request, response) => {
    response.setHeader('Content-Type', 'application/json');
    if (request.url === '/.well-known/openid-configuration') {
      response.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
    } else if (request.url === '/jwks') {
      response.end(JSON.stringify({ keys: published }));
    } else {
      response.statusCode = 404;
      response.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sign = (claims: JWTPayload, options: { key?: CryptoKey; kid?: string; expiresAt?: number; issuedAt?: number } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'idp-key-1' })
      .setIssuedAt(options.issuedAt)
      .setExpirationTime(options.expiresAt ?? Math.floor(Date.now() / 1000) + 600)
      .sign(options.key ?? privateKey);
  /** The provider withdraws its key (it leaked) and publishes a new one. */
  const rotate = async () => {
    published = [{ ...(await exportJWK((await generateKeyPair('RS256')).publicKey)), kid: 'idp-key-2', alg: 'RS256', use: 'sig' }];
  };
  return { issuer, sign, rotate, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('tokens from the organisation’s OpenID Connect provider', () => {
  let idp: Awaited<ReturnType<typeof startIdentityProvider>>;
  let casus: CasusApi;
  const audience = 'casus-api';
  const lotte = (overrides: JWTPayload = {}): JWTPayload => ({
    iss: idp.issuer,
    aud: audience,
    sub: people.lotte.id,
    role: 'wijkteam',
    team: people.lotte.team,
    organisation: people.lotte.organisation,
    name: people.lotte.name,
    ...overrides,
  });
  const registerWith = (token: string, caseId: string) =>
    casus.http().post('/cases').set('Authorization', `Bearer ${token}`).send(signal(caseId));

  beforeAll(async () => {
    idp = await startIdentityProvider();
    casus = await startCasusApi({ auth: { kind: 'oidc', issuer: idp.issuer, audience, clockToleranceSeconds: 30, ...BROWSER_CLIENT } });
  });
  afterAll(async () => {
    await casus.close();
    await idp.close();
  });

  it('accepts a token the provider signed, found through its discovery document', async () => {
    const response = await registerWith(await idp.sign(lotte()), id(10));
    expect(response.status).toBe(201);
    const [registered] = await casus.eventsOf(id(10));
    expect(registered.metadata.actor).toEqual({ ...people.lotte });
  });

  it('allows the configured clock skew, and no more', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect((await registerWith(await idp.sign(lotte(), { expiresAt: now - 10 }), id(11))).status).toBe(201);
    expect((await registerWith(await idp.sign(lotte(), { expiresAt: now - 120 }), id(12))).status).toBe(401);
  });

  it('allows the configured clock skew on the issue time, and no more', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect((await registerWith(await idp.sign(lotte(), { issuedAt: now + 10 }), id(13))).status).toBe(201);
    expect((await registerWith(await idp.sign(lotte(), { issuedAt: now + 120 }), id(14))).status).toBe(401);
  });

  it.each([
    ['a token issued for ten years', async () => idp.sign(lotte(), { expiresAt: Math.floor(Date.now() / 1000) + 10 * 365 * 24 * 3600 })],
    [
      'a dev token from `casus token`',
      async () => mintDevToken(await loadOrCreateDevSigningKey(scratchDir('casus-dev-')), { sub: people.lotte.id, ...people.lotte }),
    ],
    ['another issuer', async () => idp.sign(lotte({ iss: 'https://login.example.org' }))],
    ['another audience', async () => idp.sign(lotte({ aud: 'another-api' }))],
    [
      'a key the provider does not publish',
      async () => idp.sign(lotte(), { key: (await generateKeyPair('RS256')).privateKey, kid: 'rogue' }),
    ],
    ['a key id the provider does not publish', async () => idp.sign(lotte(), { kid: 'unknown' })],
    [
      'alg none',
      async () =>
        `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(lotte({ exp: 4102444800 }))).toString('base64url')}.`,
    ],
    ['a role Casus does not know', async () => idp.sign(lotte({ role: 'admin' }))],
  ])('refuses %s (401) and writes nothing', async (_, token) => {
    const caseId = randomUUID();
    const response = await registerWith(await token(), caseId);
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 401, code: 'AUTH.UNAUTHENTICATED' });
    expect(await casus.revisionOf(caseId)).toBe(-1);
  });
});

describe('a key the identity provider withdraws', () => {
  it('stops the tokens it signed once the key set is older than its maximum age, remembered tokens included', async () => {
    const idp = await startIdentityProvider();
    const keysMaxAgeMs = 200;
    const casus = await startCasusApi({
      auth: { kind: 'oidc', issuer: idp.issuer, audience: 'casus-api', clockToleranceSeconds: 30, keysMaxAgeMs, ...BROWSER_CLIENT },
    });
    try {
      const token = await idp.sign({
        iss: idp.issuer,
        aud: 'casus-api',
        sub: people.lotte.id,
        role: 'wijkteam',
        team: people.lotte.team,
        organisation: people.lotte.organisation,
      });
      const read = () => casus.http().get('/cases').set('Authorization', `Bearer ${token}`);
      expect((await read()).status).toBe(200);
      await idp.rotate();
      await sleep(keysMaxAgeMs + 50);
      const refused = await read();
      expect({ status: refused.status, code: refused.body.code, detail: refused.body.detail }).toEqual({
        status: 401,
        code: 'AUTH.UNAUTHENTICATED',
        detail: 'no key of the issuer matches this token',
      });
    } finally {
      await casus.close();
      await idp.close();
    }
  });
});

describe('when the identity provider cannot be reached', () => {
  it('answers 503 with Retry-After instead of refusing the caller', async () => {
    const casus = await startCasusApi({
      auth: { kind: 'oidc', issuer: 'http://127.0.0.1:9', audience: 'casus-api', clockToleranceSeconds: 30, ...BROWSER_CLIENT },
    });
    try {
      const response = await casus
        .http()
        .get(`/cases/${id(1)}`)
        .set('Authorization', 'Bearer a.b.c');
      expect({ status: response.status, code: response.body.code, retryAfter: response.headers['retry-after'] }).toEqual({
        status: 503,
        code: 'AUTH.IDENTITY_PROVIDER_UNAVAILABLE',
        retryAfter: '5',
      });
    } finally {
      await casus.close();
    }
  });
});

describe('claims where the identity provider puts them', () => {
  it('reads the role from a list under a configured path (e.g. Keycloak realm roles)', async () => {
    const idp = await startIdentityProvider();
    const claims = { role: 'realm_access.roles', team: 'casus.team', organisation: 'casus.org', name: 'name' };
    const casus = await startCasusApi({
      auth: { kind: 'oidc', issuer: idp.issuer, audience: 'casus-api', clockToleranceSeconds: 30, claims, ...BROWSER_CLIENT },
    });
    try {
      const token = await idp.sign({
        iss: idp.issuer,
        aud: 'casus-api',
        sub: people.lotte.id,
        realm_access: { roles: ['offline_access', 'wijkteam'] },
        casus: { team: people.lotte.team, org: people.lotte.organisation },
      });
      const caseId = randomUUID();
      const response = await casus.http().post('/cases').set('Authorization', `Bearer ${token}`).send(signal(caseId));
      expect(response.status).toBe(201);
      const [registered] = await casus.eventsOf(caseId);
      expect(registered.metadata.actor).toEqual({
        id: people.lotte.id,
        role: 'wijkteam',
        team: people.lotte.team,
        organisation: people.lotte.organisation,
      });
    } finally {
      await casus.close();
      await idp.close();
    }
  });
});
