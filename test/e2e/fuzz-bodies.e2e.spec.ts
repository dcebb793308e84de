import fc from 'fast-check';
import { bestandspleeggezinAt, lead, placementRequest } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { eventCounter, hostileBody, nextCorrelationId, unacceptable } from './support/hostile';
import { without, writeRoutes, type WriteRoute } from './support/openapi-bodies';
import { family, id, people, type Actor } from './support/people';

const writers: readonly Actor[] = [people.lotte, people.gijs, people.pieter, people.priya];

describe('fuzzing every request body: a 2xx or a 4xx that says why, never a 5xx, nothing written when refused', () => {
  let casus: CasusApi;
  let counter: Awaited<ReturnType<typeof eventCounter>>;
  let routes: WriteRoute[];
  const caseId = id(3000);
  const { open, step } = caseSteps(() => casus, caseId);

  beforeAll(async () => {
    casus = await startCasusApi({ rateLimitPerMinute: 0 });
    counter = await eventCounter(casus);
    routes = await writeRoutes(casus, {
      childIds: [family.sanne],
      childId: family.sanne,
      familyMemberId: family.mother,
      placementId: id(3301),
      optionId: id(3001),
    });
    await open();
    await step(people.lotte, 'assign-case-lead', lead);
  });
  afterAll(async () => {
    await counter.close();
    await casus.close();
  });

  /** Sends the text as JSON and checks the answer and what it wrote. */
  async function send(actor: Actor, method: 'post', path: string, text: string) {
    const correlationId = nextCorrelationId();
    const response = await casus
      .http()
      [method](path)
      .timeout({ response: 10_000 })
      .set({ ...(await casus.as(actor)), 'Content-Type': 'application/json', 'X-Correlation-Id': correlationId })
      .send(text);
    const failure = unacceptable(response);
    if (failure) throw new Error(`${method.toUpperCase()} ${path} with ${text.slice(0, 200)} → ${failure}`);
    if (response.status >= 400) {
      const written = await counter.written(correlationId);
      if (written !== 0) throw new Error(`${path} was refused with ${response.status} but wrote ${written} events`);
    }
  }

  const pathOf = (template: string) =>
    template.replace('{caseId}', caseId).replace('{optionId}', id(3001)).replace('{placementId}', id(3301));

  it('finds every command in the OpenAPI document, each with a body its schema describes', () => {
    expect(routes.map((route) => route.template)).toEqual(
      expect.arrayContaining([
        '/cases',
        '/cases/{caseId}/request-placement',
        '/cases/{caseId}/record-return-decision',
        '/placement-options',
        '/placements/{placementId}/decline',
      ]),
    );
    const undocumented = routes.filter((route) => Object.keys(route.valid).length === 0);
    expect(undocumented.map((route) => route.template)).toEqual([]);
  });

  it('refuses a placement request without its needs on a real case with a 400 naming needs, and writes nothing', async () => {
    const { needs: _left, ...withoutNeeds } = placementRequest(id(3302));
    const correlationId = nextCorrelationId();
    const response = await casus
      .http()
      .post(`/cases/${caseId}/request-placement`)
      .set({ ...(await casus.as(people.lotte)), 'X-Correlation-Id': correlationId })
      .send(withoutNeeds);
    expect({ status: response.status, code: response.body.code, detail: response.body.detail }).toEqual({
      status: 400,
      code: 'REQUEST.INVALID',
      detail: 'the request is malformed: needs',
    });
    expect(await counter.written(correlationId)).toBe(0);
  });

  it('refuses a place whose coordinates are text, as its command carries numbers, with a 400 naming them, and writes nothing', async () => {
    const correlationId = nextCorrelationId();
    const response = await casus
      .http()
      .post('/placement-options')
      .set({ ...(await casus.as(people.priya)), 'X-Correlation-Id': correlationId })
      .send({ ...bestandspleeggezinAt(id(3002)), location: { lat: '52.04', lon: '5.66' } });
    expect({ status: response.status, code: response.body.code, detail: response.body.detail }).toEqual({
      status: 400,
      code: 'REQUEST.INVALID',
      detail: 'the request is malformed: location.lat, location.lon',
    });
    expect(await counter.written(correlationId)).toBe(0);
  });

  it('refuses each command with any one required field left out, nested ones included, with a 400 naming it', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      for (const path of route.required) {
        const correlationId = nextCorrelationId();
        const response = await casus
          .http()
          .post(pathOf(route.template))
          .set({ ...(await casus.as(people.lotte)), 'X-Correlation-Id': correlationId })
          .send(without(route.valid, path));
        const named = (response.body.errors ?? []).some((error: { field: string }) => error.field === path.join('.'));
        if (response.status !== 400 || response.body.code !== 'REQUEST.INVALID' || !named || (await counter.written(correlationId)) !== 0) {
          wrong.push(`${route.template} without ${path.join('.')} → ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it('answers every command fuzzed from its schema with a 2xx or a 4xx that says why', async () => {
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(hostileBody(route.valid), fc.constantFrom(...writers), (text, actor) =>
          send(actor, 'post', pathOf(route.template), text),
        ),
        { numRuns: 40 },
      );
    }
  }, 240_000);

  // The validation pipe skips Nest's search for binary values in a body (apps/api/src/http/validation.ts): only JSON comes in.
  it('takes a body as JSON only: bytes, a form or text get a 415 that says so, and write nothing', async () => {
    const route = routes.find((candidate) => candidate.template === '/cases/{caseId}/record-family-member')!;
    const bodies = [
      ['application/octet-stream', Buffer.from(JSON.stringify(route.valid))],
      ['multipart/form-data; boundary=casus', `--casus\r\nContent-Disposition: form-data; name="name"\r\n\r\nOma\r\n--casus--\r\n`],
      ['text/plain', JSON.stringify(route.valid)],
    ] as const;
    for (const [contentType, body] of bodies) {
      const correlationId = nextCorrelationId();
      const response = await casus
        .http()
        .post(pathOf(route.template))
        .set({ ...(await casus.as(people.lotte)), 'Content-Type': contentType, 'X-Correlation-Id': correlationId })
        .send(body);
      expect({ contentType, status: response.status, detail: typeof response.body.detail }).toEqual({
        contentType,
        status: 415,
        detail: 'string',
      });
      expect(await counter.written(correlationId)).toBe(0);
    }
  });
});
