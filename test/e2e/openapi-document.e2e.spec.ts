import { offDocument, type OpenApiDocument } from './support/accepted-bodies';
import { offResponses } from './support/answered-bodies';
import { signal } from './support/case-story';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { id, people } from './support/people';

type Schema = Record<string, unknown> & {
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
};
type Parameter = { name: string; in: string; required?: boolean };
type Media = Record<string, { schema?: Schema }>;
type Operation = {
  summary?: string;
  responses?: Record<string, { content?: Media }>;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: { 'application/json'?: { schema?: Schema } } };
};

/** The typed client of the browser app is generated from this document: what it leaves open, the client cannot check. */
describe('the OpenAPI document', () => {
  let casus: CasusApi;
  let document: OpenApiDocument & { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
  const operations = () =>
    Object.entries(document.paths).flatMap(([path, byMethod]) =>
      Object.entries(byMethod).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, operation })),
    );
  const named = (ref: string) => document.components.schemas[ref.replace('#/components/schemas/', '')];

  /** Every schema a request body reaches, with where it sits, each component once. */
  const requestSchemas = () => {
    const seen = new Set<string>();
    const reached: { at: string; schema: Schema }[] = [];
    const visit = (schema: Schema, at: string) => {
      reached.push({ at, schema });
      const ref = schema.$ref;
      if (ref && !seen.has(ref) && named(ref)) {
        seen.add(ref);
        visit(named(ref), ref);
      }
      for (const [name, property] of Object.entries(schema.properties ?? {})) visit(property, `${at}.${name}`);
      if (schema.items) visit(schema.items, `${at}[]`);
      for (const part of schema.allOf ?? []) visit(part, at);
      for (const [index, part] of (schema.oneOf ?? []).entries()) visit(part, `${at}|${index}`);
    };
    for (const { route, operation } of operations()) {
      const schema = operation.requestBody?.content?.['application/json']?.schema;
      if (schema) visit(schema, route);
    }
    return reached;
  };

  beforeAll(async () => {
    casus = await startCasusApi();
    document = (await casus.http().get('/api/docs-json')).body;
  });
  afterAll(() => casus.close());

  it('names only schemas it holds', () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"([^"]+)"/g)].map(([, ref]) => ref);
    expect(refs.length).toBeGreaterThan(0);
    expect([...new Set(refs)].filter((ref) => !named(ref))).toEqual([]);
  });

  it('describes every request body and every field in it: a type or a ref, no empty schema, objects closed as validation closes them', () => {
    const open = requestSchemas().flatMap(({ at, schema }) => {
      if (!schema.$ref && !schema.type && !schema.enum && !schema.allOf && !schema.oneOf) return [`${at}: no type`];
      if (schema.type === 'array' && !schema.items) return [`${at}: an array of anything`];
      // The API refuses fields it does not know (forbidNonWhitelisted), so the document says so too.
      if (schema.type === 'object' && schema.additionalProperties !== false) return [`${at}: open to any field`];
      return [];
    });
    expect(open).toEqual([]);
  });

  it('marks a request body required wherever there is one', () => {
    expect(operations().filter(({ operation }) => operation.requestBody && operation.requestBody.required !== true)).toEqual([]);
  });

  it('requires only path parameters: every query parameter and header is a filter, a page or a freshness hint', () => {
    const required = operations().flatMap(({ route, operation }) =>
      (operation.parameters ?? []).filter((p) => p.in !== 'path' && p.required !== false).map((p) => `${route} ${p.in} ${p.name}`),
    );
    expect(required).toEqual([]);
  });

  it('sums up every operation', () => {
    expect(
      operations()
        .filter(({ operation }) => !operation.summary?.trim())
        .map(({ route }) => route),
    ).toEqual([]);
  });

  it('records the bodies the API accepts, and finds one that breaks the document', async () => {
    const response = await casus
      .http()
      .post('/cases')
      .set(await casus.as(people.lotte))
      .send(signal(id(1701)));
    expect(response.status).toBe(201);
    expect(casus.accepted).toEqual([{ method: 'POST', path: '/cases', body: signal(id(1701)) }]);
    expect(offDocument(document, casus.accepted)).toEqual([]);
    expect(offDocument(document, [{ method: 'POST', path: '/cases', body: { ...signal(id(1702)), urgency: 'someday' } }])).toEqual([
      expect.stringMatching(/^POST \/cases: .*urgency.* must be equal to one of the allowed values/),
    ]);
    expect(offDocument(document, [{ method: 'POST', path: '/nowhere', body: {} }])).toEqual(['POST /nowhere: not in the document']);
  });

  it('documents a success answer for every operation: a JSON schema, or a media type that is not JSON', () => {
    const undocumented = operations().flatMap(({ route, operation }) => {
      const successes = Object.entries(operation.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
      if (successes.length === 0) return [`${route}: no 2xx answer`];
      return successes.flatMap(([status, { content }]) => {
        const media = Object.entries(content ?? {});
        if (media.length === 0) return [`${route} ${status}: no content`];
        return media.filter(([type, { schema }]) => type === 'application/json' && !schema).map(() => `${route} ${status}: no schema`);
      });
    });
    expect(undocumented).toEqual([]);
  });

  it('answers every 4xx and 500 with the one problem schema, as application/problem+json', () => {
    const problem = { $ref: '#/components/schemas/ProblemResponse' };
    const astray = operations().flatMap(({ route, operation }) => {
      const failures = Object.entries(operation.responses ?? {}).filter(([status]) => /^(4\d\d|500)$/.test(status));
      if (failures.length === 0) return [`${route}: no problem documented`];
      return failures
        .filter(([, { content }]) => JSON.stringify(content) !== JSON.stringify({ 'application/problem+json': { schema: problem } }))
        .map(([status, { content }]) => `${route} ${status}: ${JSON.stringify(content)}`);
    });
    expect(astray).toEqual([]);
  });

  it('records the answers the API gives, and finds one that breaks the document', async () => {
    const caseId = id(1703);
    const registered = await casus
      .http()
      .post('/cases')
      .set(await casus.as(people.lotte))
      .send(signal(caseId));
    expect(registered.status).toBe(201);
    const answered = casus.answered.filter(({ path }) => path === '/cases');
    expect(answered.at(-1)).toEqual({ method: 'POST', path: '/cases', status: 201, body: registered.body });
    expect(offResponses(document, answered)).toEqual([]);
    const view = await casus.get(people.lotte, `/cases/${caseId}`);
    const { case: state, ...rest } = view.body;
    const shown = casus.answered.filter(({ path }) => path === `/cases/${caseId}`);
    expect(offResponses(document, shown)).toEqual([]);
    expect(
      offResponses(document, [
        { method: 'GET', path: `/cases/${caseId}`, status: 200, body: { ...rest, case: { ...state, phase: 'limbo' } } },
      ]),
    ).toEqual([expect.stringMatching(/^GET \/cases\/\{caseId\} 200: .*phase must be equal to one of the allowed values/)]);
    expect(offResponses(document, [{ method: 'GET', path: `/cases/${caseId}`, status: 200, body: rest }])).toEqual([
      expect.stringMatching(/^GET \/cases\/\{caseId\} 200: data must have required property 'case'/),
    ]);
    expect(offResponses(document, [{ method: 'GET', path: `/cases/${caseId}`, status: 204, body: {} }])).toEqual([
      'GET /cases/{caseId} 204: an answer the document does not describe',
    ]);
  });
});
