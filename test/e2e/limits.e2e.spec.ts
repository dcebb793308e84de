import { caseSteps } from './support/case-steps';
import { signal } from './support/case-story';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { id, people } from './support/people';

/** The edge's own limits: body size, per-user rate, security headers, and nothing internal in errors. */
describe('limits and headers at the HTTP edge', () => {
  let casus: CasusApi;
  const caseId = id(31);
  const bearer = async (actor = people.lotte) => `Bearer ${await casus.tokenFor(actor)}`;

  beforeAll(async () => {
    casus = await startCasusApi({ rateLimitPerMinute: 8 });
    expect(
      (
        await casus
          .http()
          .post('/cases')
          .set('Authorization', await bearer())
          .send(signal(caseId))
      ).status,
    ).toBe(201);
  });
  afterAll(() => casus.close());

  it('refuses a body over 256 kB with 413 problem+json, and writes nothing', async () => {
    const response = await casus
      .http()
      .post(`/cases/${caseId}/close`)
      .set('Authorization', await bearer(people.pieter))
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ reason: 'x'.repeat(300 * 1024) }));
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 413, code: 'REQUEST.TOO_LARGE' });
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await casus.revisionOf(caseId)).toBe(0);
  });

  it('sends helmet’s security headers and no X-Powered-By', async () => {
    const response = await casus.http().get('/health/live');
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'strict-transport-security': expect.stringMatching(/max-age=\d+/),
      'cross-origin-resource-policy': 'same-origin',
    });
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('refuses text PostgreSQL cannot keep as sent (NUL, lone surrogates) with 400, not 500', async () => {
    for (const reason of ['before\u0000after', 'half \ud83d of an emoji']) {
      const response = await casus
        .http()
        .post(`/cases/${caseId}/close`)
        .set('Authorization', await bearer(people.ruben))
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ reason }));
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 400, code: 'REQUEST.INVALID' });
    }
    const keyed = await casus
      .http()
      .post('/cases')
      .set('Authorization', await bearer(people.ruben))
      .set('Content-Type', 'application/json')
      .send(`{"caseId":"${id(32)}","odd\\u0000key":1}`);
    expect(keyed.status).toBe(400);
    expect(await casus.revisionOf(caseId)).toBe(0);
  });

  it('refuses a field named after what every object inherits (valueOf, constructor, __proto__, prototype), which validation took for a known one or dropped', async () => {
    // `__proto__` never reaches validation: Fastify's JSON parser refuses the body that names it.
    const refusals = [
      ['valueOf', 'REQUEST.INVALID'],
      ['constructor', 'REQUEST.INVALID'],
      // Nest's validation pipe would drop it and accept the rest.
      ['prototype', 'REQUEST.INVALID'],
      ['__proto__', 'REQUEST.MALFORMED_JSON'],
    ];
    for (const [inherited, code] of refusals) {
      const response = await casus
        .http()
        .post(`/cases/${caseId}/assign-case-lead`)
        .set('Authorization', await bearer())
        .set('Content-Type', 'application/json')
        .send(`{"leadId":"${people.lotte.id}","name":"Lotte Visser","${inherited}":[]}`);
      expect({ inherited, status: response.status, code: response.body.code, field: response.body.errors?.[0]?.field }).toEqual({
        inherited,
        status: 400,
        code,
        field: code === 'REQUEST.INVALID' ? inherited : undefined,
      });
    }
    expect(await casus.revisionOf(caseId)).toBe(0);
  });

  it('never shows a stack trace or SQL in an error', async () => {
    const responses = await Promise.all([
      casus
        .http()
        .post('/cases')
        .set('Authorization', await bearer(people.anouk))
        .set('Content-Type', 'application/json')
        .send('{"caseId":'),
      casus
        .http()
        .get('/cases/not-a-uuid')
        .set('Authorization', await bearer(people.anouk)),
      casus
        .http()
        .get(`/cases?status=' OR 1=1 --`)
        .set('Authorization', await bearer(people.anouk)),
    ]);
    for (const response of responses) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(JSON.stringify(response.body)).not.toMatch(/\bat .+:\d+:\d+|SELECT |INSERT |node_modules|QueryFailedError/);
    }
  });

  it('limits requests per user (by token subject), not per address', async () => {
    const gijs = await bearer(people.gijs);
    const statuses: number[] = [];
    for (let n = 0; n < 10; n += 1)
      statuses.push(
        (
          await casus
            .http()
            .get(`/cases/${id(33)}`)
            .set('Authorization', gijs)
        ).status,
      );
    expect(statuses.slice(0, 8).every((status) => status !== 429)).toBe(true);
    const refused = await casus
      .http()
      .get(`/cases/${id(33)}`)
      .set('Authorization', gijs);
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 429, code: 'REQUEST.RATE_LIMITED' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Another user from the same address still gets through.
    expect(
      (
        await casus
          .http()
          .get(`/cases/${caseId}`)
          .set('Authorization', await bearer(people.lotte))
      ).status,
    ).toBe(200);
  });
});

/** Guessing tokens, or hammering without one, has no subject to count against: it counts against the address. */
describe('requests without a valid token', () => {
  let casus: CasusApi;
  const caseId = id(34);

  beforeAll(async () => {
    casus = await startCasusApi({ rateLimitPerMinute: 5 });
  });
  afterAll(() => casus.close());

  it('are limited per client address, while a valid token from that address still gets through', async () => {
    const attempts = [
      undefined,
      'Bearer not.a.token',
      'Basic bG90dGU6c2VjcmV0',
      'Bearer a.b.c',
      `Bearer ${await casus.tokenFor(people.lotte, { ttlSeconds: -120 })}`,
    ];
    const statuses: number[] = [];
    for (const authorization of attempts) {
      const call = casus.http().get(`/cases/${caseId}`);
      statuses.push((await (authorization ? call.set('Authorization', authorization) : call)).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const refused = await casus.http().post(`/cases/${caseId}/close`).set('Authorization', 'Bearer guess.number.six').send({ reason: 'x' });
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 429, code: 'REQUEST.RATE_LIMITED' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    await caseSteps(() => casus, caseId).open();
    expect(await casus.revisionOf(caseId)).toBe(0);
  });
});
