import { exportJWK, exportSPKI, SignJWT } from 'jose';
import { createHmac } from 'node:crypto';
import { DEV_AUDIENCE, DEV_ISSUER, loadOrCreateDevSigningKey, mintDevToken } from '@casus/runtime';
import { lead, signal } from './support/case-story';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { id, people } from './support/people';
import { runCasus } from './support/casus-cli';
import { scratchDir } from '../setup/scratch';

const b64 = (value: object | Buffer) => (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');

/** HS256 over header.payload with `secret`: what an attacker does with a public key it can read. */
const hs256 = (claims: object, secret: string | Buffer) => {
  const input = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
};

/** Tokens the edge tests do not cover yet (api-edge, oidc): each one 401, or 403 for a real token out of its team. */
describe('tokens a caller should not get away with', () => {
  let casus: CasusApi;
  const caseId = id(4100);
  const claims = (extra: object = {}) => ({
    sub: people.lotte.id,
    role: 'wijkteam',
    team: people.lotte.team,
    organisation: people.lotte.organisation,
    iss: DEV_ISSUER,
    aud: DEV_AUDIENCE,
    iat: Math.floor(Date.now() / 1000),
    exp: Math.floor(Date.now() / 1000) + 600,
    ...extra,
  });
  const signed = async (extra: object, header: object = {}) => {
    const key = await loadOrCreateDevSigningKey(casus.keyDir);
    return new SignJWT(claims(extra)).setProtectedHeader({ alg: 'EdDSA', kid: key.kid, ...header }).sign(key.privateKey);
  };
  /** A valid token with one claim changed after signing. */
  const tampered = async (change: object) => {
    const [header, payload, signature] = (await signed({})).split('.');
    return [header, b64({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), ...change }), signature].join('.');
  };

  beforeAll(async () => {
    casus = await startCasusApi();
    const lotte = `Bearer ${await casus.tokenFor(people.lotte)}`;
    expect((await casus.http().post('/cases').set('Authorization', lotte).send(signal(caseId))).status).toBe(201);
    expect((await casus.http().post(`/cases/${caseId}/assign-case-lead`).set('Authorization', lotte).send(lead)).status).toBe(200);
  });
  afterAll(() => casus.close());

  it.each([
    ['not valid yet (nbf in ten minutes)', () => signed({ nbf: Math.floor(Date.now() / 1000) + 600 })],
    ['issued by another issuer', () => signed({ iss: 'https://login.example.org' })],
    ['without an expiry', () => signed({ exp: undefined })],
    ['expired a second ago', () => signed({ exp: Math.floor(Date.now() / 1000) - 1 })],
    [
      'issued in ten minutes (iat in the future)',
      () => signed({ iat: Math.floor(Date.now() / 1000) + 600, exp: Math.floor(Date.now() / 1000) + 1200 }),
    ],
    ['without an issue time (iat)', () => signed({ iat: undefined })],
    ['with a lifetime of ten years', () => signed({ exp: Math.floor(Date.now() / 1000) + 10 * 365 * 24 * 3600 })],
    ['with a lifetime one second over the maximum of twelve hours', () => signed({ exp: Math.floor(Date.now() / 1000) + 12 * 3600 + 1 })],
    [
      'HS256 with the public key as JWK text (algorithm confusion)',
      async () => hs256(claims(), JSON.stringify(await exportJWK((await loadOrCreateDevSigningKey(casus.keyDir)).publicKey))),
    ],
    [
      'HS256 with the public key as PEM (algorithm confusion)',
      async () => hs256(claims(), await exportSPKI((await loadOrCreateDevSigningKey(casus.keyDir)).publicKey)),
    ],
    [
      'HS256 with the raw public key bytes (algorithm confusion)',
      async () =>
        hs256(claims(), Buffer.from((await exportJWK((await loadOrCreateDevSigningKey(casus.keyDir)).publicKey)).x!, 'base64url')),
    ],
    [
      'a signature with one character changed',
      async () => {
        const token = await signed({});
        const flip = token.at(-5) === 'A' ? 'B' : 'A';
        return `${token.slice(0, -5)}${flip}${token.slice(-4)}`;
      },
    ],
    ['no signature at all', async () => (await signed({})).split('.').slice(0, 2).join('.') + '.'],
    ['a role raised to auditor after signing', () => tampered({ role: 'auditor' })],
    ['a team changed after signing', () => tampered({ team: people.pieter.team })],
    [
      'a header switched to alg none after signing',
      async () => {
        const [, payload, signature] = (await signed({})).split('.');
        return `${b64({ alg: 'none' })}.${payload}.${signature}`;
      },
    ],
    [
      'the auditor role, signed by a key Casus does not know',
      async () => {
        const stranger = await loadOrCreateDevSigningKey(scratchDir('casus-stranger-'));
        return mintDevToken(stranger, { sub: people.ilse.id, ...people.ilse });
      },
    ],
    [
      'whose header points at an attacker’s keys (jku, x5u, embedded jwk)',
      async () => {
        const stranger = await loadOrCreateDevSigningKey(scratchDir('casus-stranger-'));
        const jwk = await exportJWK(stranger.publicKey);
        return new SignJWT(claims())
          .setProtectedHeader({ alg: 'EdDSA', jwk, jku: 'http://127.0.0.1:9/keys', x5u: 'http://127.0.0.1:9/cert' })
          .sign(stranger.privateKey);
      },
    ],
  ])('401 for a token %s, and nothing written or shown', async (_, token) => {
    const authorization = `Bearer ${await token()}`;
    const write = await casus.http().post(`/cases/${caseId}/close`).set('Authorization', authorization).send({ reason: 'x' });
    const read = await casus.http().get(`/cases/${caseId}/history`).set('Authorization', authorization);
    expect([write.status, write.body.code, read.status]).toEqual([401, 'AUTH.UNAUTHENTICATED', 401]);
    expect(JSON.stringify(read.body)).not.toContain(people.lotte.name);
    expect(await casus.revisionOf(caseId)).toBe(1);
  });

  it('accepts a token whose lifetime is exactly the maximum, as `casus token --ttl 43200` mints it', async () => {
    const token = await casus.tokenFor(people.lotte, { ttlSeconds: 12 * 3600 });
    expect((await casus.http().get(`/cases/${caseId}`).set('Authorization', `Bearer ${token}`)).status).toBe(200);
  });

  it('`casus token` mints within the maximum lifetime and refuses a --ttl beyond it', async () => {
    const cli = (...args: string[]) =>
      runCasus(
        { CASUS_DATA_DIR: scratchDir('casus-cli-token-') },
        'token',
        '--sub',
        people.lotte.id,
        '--role',
        'wijkteam',
        '--team',
        people.lotte.team,
        '--org',
        'Gemeente Ede',
        ...args,
      );
    const { stdout } = await cli();
    const { iat, exp } = JSON.parse(Buffer.from(stdout.trim().split('.')[1], 'base64url').toString());
    expect(exp - iat).toBe(8 * 3600);
    expect(await cli('--ttl', String(12 * 3600 + 1))).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--ttl 43201 is longer than the API accepts (TOKEN_MAX_LIFETIME_SECONDS=43200)'),
    });
  });

  it('refused for a genuine token of another municipality’s wijkteam, on every way into the case (reads answer as for no case)', async () => {
    const pieter = `Bearer ${await casus.tokenFor(people.pieter)}`;
    const attempts = await Promise.all([
      casus.http().get(`/cases/${caseId}/timeline`).set('Authorization', pieter),
      casus.http().get(`/cases/${caseId}/history`).set('Authorization', pieter),
      casus.http().get(`/cases/${caseId}/export`).set('Authorization', pieter),
      casus.http().post(`/cases/${caseId}/close`).set('Authorization', pieter).send({ reason: 'x' }),
      casus
        .http()
        .post(`/cases/${caseId}/assign-case-lead`)
        .set('Authorization', pieter)
        .send({ leadId: people.pieter.id, name: people.pieter.name }),
    ]);
    // Reads and writes answer as for a case that does not exist (read- and write-boundaries specs).
    expect(attempts.map((response) => response.status)).toEqual([404, 404, 404, 404, 404]);
    expect(attempts.map((response) => JSON.stringify(response.body)).join()).not.toContain('domestic violence');
    expect(await casus.revisionOf(caseId)).toBe(1);
  });

  it('403 for a genuine wijkteam token on the auditor’s access log', async () => {
    const lotte = `Bearer ${await casus.tokenFor(people.lotte)}`;
    expect((await casus.http().get('/audit/access-log').set('Authorization', lotte)).status).toBe(403);
  });
});
