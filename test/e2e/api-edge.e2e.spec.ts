import { InMemoryEventStore, PostgresEventStore } from '@casus/event-store';
import { SignJWT } from 'jose';
import { DEV_AUDIENCE, DEV_ISSUER, loadOrCreateDevSigningKey, mintDevToken } from '@casus/runtime';
import { signal } from './support/case-story';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { family, id, people } from './support/people';
import { scratchDir } from '../setup/scratch';

const unsigned = (claims: object) =>
  [
    Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url'),
    Buffer.from(JSON.stringify(claims)).toString('base64url'),
    '',
  ].join('.');

describe('the HTTP edge: tokens, malformed requests, docs and correlation ids', () => {
  let casus: CasusApi;
  const caseId = id(5);

  beforeAll(async () => {
    casus = await startCasusApi();
    const opened = await casus
      .http()
      .post('/cases')
      .set(await casus.as(people.lotte))
      .send(signal(caseId));
    expect(opened.status).toBe(201);
  });
  afterAll(() => casus.close());

  describe('401 without a valid token, and nothing written', () => {
    const attempt = (authorization?: string) => {
      const call = casus.http().post(`/cases/${caseId}/close`).send({ reason: 'test' });
      return authorization === undefined ? call : call.set('Authorization', authorization);
    };

    it.each([
      ['no Authorization header', async () => undefined],
      ['another scheme', async () => 'Basic bG90dGU6c2VjcmV0'],
      ['a token that is no JWT', async () => 'Bearer not.a.token'],
      ['an expired token', async () => `Bearer ${await casus.tokenFor(people.lotte, { ttlSeconds: -120 })}`],
      [
        'alg none',
        async () =>
          `Bearer ${unsigned({ sub: people.lotte.id, role: 'wijkteam', team: people.lotte.team, organisation: 'x', iss: DEV_ISSUER, aud: DEV_AUDIENCE, exp: 4102444800 })}`,
      ],
      [
        'a token signed with another key',
        async () => {
          const stranger = await loadOrCreateDevSigningKey(scratchDir('casus-stranger-'));
          return `Bearer ${await mintDevToken(stranger, { sub: people.lotte.id, ...people.lotte })}`;
        },
      ],
      [
        'a token without a role',
        async () => {
          const key = await loadOrCreateDevSigningKey(casus.keyDir);
          const token = await new SignJWT({ organisation: 'Gemeente Ede', team: 'wijkteam-ede-noord' })
            .setProtectedHeader({ alg: 'EdDSA' })
            .setSubject(people.lotte.id)
            .setIssuer(DEV_ISSUER)
            .setAudience(DEV_AUDIENCE)
            .setExpirationTime('1h')
            .sign(key.privateKey);
          return `Bearer ${token}`;
        },
      ],
      [
        'a token for another audience',
        async () => {
          const key = await loadOrCreateDevSigningKey(casus.keyDir);
          const token = await new SignJWT({ role: 'wijkteam', organisation: 'Gemeente Ede', team: 'wijkteam-ede-noord' })
            .setProtectedHeader({ alg: 'EdDSA' })
            .setSubject(people.lotte.id)
            .setIssuer(DEV_ISSUER)
            .setAudience('someone-else')
            .setExpirationTime('1h')
            .sign(key.privateKey);
          return `Bearer ${token}`;
        },
      ],
    ])('%s', async (_, authorization) => {
      const response = await attempt(await authorization());
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 401, code: 'AUTH.UNAUTHENTICATED' });
      expect(await casus.revisionOf(caseId)).toBe(0);
    });
  });

  describe('400 for a malformed request, with field-level messages, and nothing written', () => {
    const send = async (path: string, body: string | object, headers: Record<string, string> = {}) =>
      casus
        .http()
        .post(path)
        .set({ Authorization: `Bearer ${await casus.tokenFor(people.lotte)}`, 'Content-Type': 'application/json', ...headers })
        .send(body);

    it('refuses a body that is not JSON, without quoting it back', async () => {
      const response = await send(`/cases/${caseId}/close`, '{"reason": "oops"');
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'REQUEST.MALFORMED_JSON', detail: 'the request body is not valid JSON' });
    });

    it('names every wrong field, nested ones included, and refuses unknown fields', async () => {
      const response = await send('/cases', {
        ...signal(id(6)),
        urgency: 'whenever',
        children: [{ childId: 'sanne', birthDate: '2014-02-30' }],
        secretNote: 'not part of the contract',
      });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('REQUEST.INVALID');
      const fields = response.body.errors.map((error: { field: string }) => error.field);
      expect(fields).toEqual(expect.arrayContaining(['urgency', 'children.0.childId', 'children.0.birthDate', 'secretNote']));
      expect(await casus.revisionOf(id(6))).toBe(-1);
    });

    it('refuses a case id that is no UUID and an If-Match that is no revision', async () => {
      expect((await send('/cases/case-1/close', { reason: 'x' })).status).toBe(400);
      const ifMatch = await send(`/cases/${caseId}/close`, { reason: 'x' }, { 'If-Match': 'yesterday' });
      expect({ status: ifMatch.status, fields: ifMatch.body.errors }).toEqual({
        status: 400,
        fields: [{ field: 'If-Match', messages: expect.any(Array) }],
      });
      expect(await casus.revisionOf(caseId)).toBe(0);
    });

    it('validates the participants of a return decision by their kind', async () => {
      const response = await send(`/cases/${caseId}/record-return-decision`, {
        placementId: id(41),
        decisionId: id(81),
        decidedOn: '2026-11-20',
        outcome: { kind: 'not-yet' },
        views: [
          { participant: 'child', heard: false },
          { participant: 'parent', familyMemberId: family.mother, prefers: 'return-home' },
        ],
        rationale: 'Not yet safe',
      });
      expect(response.status).toBe(400);
      const fields = response.body.errors.map((error: { field: string }) => error.field);
      expect(fields).toEqual(
        expect.arrayContaining(['outcome.reviewOn', 'views.0.childId', 'views.0.notHeardReason', 'views.1.statement']),
      );
    });
  });

  it('echoes a sane X-Correlation-Id and replaces an unusable one', async () => {
    const token = `Bearer ${await casus.tokenFor(people.lotte)}`;
    const given = await casus.http().get(`/cases/${caseId}`).set('Authorization', token).set('X-Correlation-Id', 'req-42');
    expect(given.headers['x-correlation-id']).toBe('req-42');
    const replaced = await casus.http().get(`/cases/${caseId}`).set('Authorization', token).set('X-Correlation-Id', 'x'.repeat(500));
    expect(replaced.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the OpenAPI document with every case step', async () => {
    expect((await casus.http().get('/api/docs')).status).toBe(200);
    const document = await casus.http().get('/api/docs-json');
    expect(document.status).toBe(200);
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining([
        '/cases',
        '/cases/{caseId}',
        '/cases/{caseId}/record-court-order',
        '/cases/{caseId}/request-placement',
        '/cases/{caseId}/close',
      ]),
    );
    expect(document.body.components.schemas.RegisterSignalRequest.required).toEqual(expect.arrayContaining(['source', 'children']));
  });
});

describe('when the event store is down or fails unexpectedly', () => {
  it('answers 503 with Retry-After while the store cannot be reached', async () => {
    const casus = await startCasusApi({
      eventStoreInstance: new PostgresEventStore({ connectionString: 'postgres://casus:casus@127.0.0.1:9/none' }),
    });
    try {
      const response = await casus
        .http()
        .post('/cases')
        .set(await casus.as(people.lotte))
        .send(signal(id(7)));
      expect({ status: response.status, code: response.body.code, retryAfter: response.headers['retry-after'] }).toEqual({
        status: 503,
        code: 'EVENT_STORE.UNAVAILABLE',
        retryAfter: '5',
      });
    } finally {
      await casus.close();
    }
  });

  it('answers 500 with a correlation id, and no SQL or stack, for an error nobody expected', async () => {
    const broken = new InMemoryEventStore();
    broken.readStream = async () => {
      throw new Error('relation "events" does not exist: SELECT * FROM events WHERE stream_id = $1');
    };
    const casus = await startCasusApi({ eventStoreInstance: broken });
    try {
      const response = await casus
        .http()
        .post(`/cases/${id(8)}/close`)
        .set(await casus.as(people.lotte))
        .set('X-Correlation-Id', 'incident-7')
        .send({ reason: 'test' });
      expect(response.status).toBe(500);
      expect(response.body).toMatchObject({ code: 'INTERNAL', correlationId: 'incident-7' });
      expect(JSON.stringify(response.body)).not.toMatch(/SELECT|events|at .*\.ts/);
    } finally {
      await casus.close();
    }
  });
});
