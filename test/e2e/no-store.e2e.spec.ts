import { signal } from './support/case-story';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { id, people } from './support/people';

type OpenApi = { paths: Record<string, Record<string, unknown>> };

/** Case data must not stay behind in a browser's, proxy's or shared computer's cache. */
describe('Cache-Control: no-store on every answer', () => {
  let casus: CasusApi;
  let lotte: string;
  const caseId = id(8100);

  beforeAll(async () => {
    casus = await startCasusApi({ rateLimitPerMinute: 0 });
    lotte = `Bearer ${await casus.tokenFor(people.lotte)}`;
    expect((await casus.http().post('/cases').set('Authorization', lotte).send(signal(caseId))).status).toBe(201);
  });
  afterAll(() => casus.close());

  it('on every route of the OpenAPI document, whether it answers 2xx or 4xx', async () => {
    const document = (await casus.http().get('/api/docs-json')).body as OpenApi;
    const answers: string[] = [];
    for (const [template, operations] of Object.entries(document.paths)) {
      const path = template.replace(/\{[^}]+\}/g, caseId);
      for (const method of Object.keys(operations) as ('get' | 'post')[]) {
        const response = await casus
          .http()
          [method](path)
          .set('Authorization', lotte)
          .send(method === 'post' ? {} : undefined);
        answers.push(`${method.toUpperCase()} ${template} ${response.status} ${response.headers['cache-control']}`);
      }
    }
    expect(answers.length).toBeGreaterThan(40);
    expect(answers.filter((answer) => !answer.endsWith(' no-store'))).toEqual([]);
    expect(answers).toContain(`GET /cases/{caseId} 200 no-store`);
  });

  it.each([
    ['a case read without a token (401)', () => casus.http().get(`/cases/${caseId}`)],
    ['an unknown route (404)', () => casus.http().get('/no-such-route').set('Authorization', lotte)],
    [
      'a malformed body (400)',
      () => casus.http().post('/cases').set({ Authorization: lotte, 'Content-Type': 'application/json' }).send('{'),
    ],
    ['the API docs', () => casus.http().get('/api/docs-json')],
    ['the health check', () => casus.http().get('/health/live')],
  ])('on %s', async (_, call) => {
    expect((await call()).headers['cache-control']).toBe('no-store');
  });
});
