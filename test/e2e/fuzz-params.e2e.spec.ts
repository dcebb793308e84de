import fc from 'fast-check';
import { lead } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { eventCounter, hostileText, nextCorrelationId, unacceptable } from './support/hostile';
import { type Actor, family, familyAccounts, id, people } from './support/people';

const caseId = id(4000);

/** Every read route with its path parameters and the query parameters it knows. */
const reads: ReadonlyArray<[string, Actor, readonly string[]]> = [
  ['/cases/{caseId}', people.lotte, []],
  ['/cases', people.lotte, ['team', 'status', 'phase', 'municipality', 'overdue', 'order', 'page', 'pageSize', 'minPosition']],
  ['/cases/{caseId}/timeline', people.lotte, ['minPosition']],
  ['/deadlines', people.lotte, ['team', 'overdue', 'dueBefore', 'kind', 'page', 'pageSize', 'minPosition']],
  ['/jeugdlink-requests', people.anouk, ['minPosition']],
  ['/workload', people.lotte, ['team']],
  ['/projections', people.ilse, []],
  ['/metrics', people.ilse, []],
  ['/placement-options', people.gijs, ['available', 'minPosition', 'kind', 'region']],
  ['/placement-options/reservations', people.priya, ['minPosition']],
  ['/placements/{caseId}', people.gijs, []],
  ['/placements/{caseId}/brief', people.priya, []],
  ['/audit/access-log', people.ilse, ['caseId', 'user', 'from', 'to', 'limit', 'after']],
  ['/audit/retention-due', people.ilse, ['asOf']],
  ['/cases/{caseId}/history', people.ilse, ['after', 'limit']],
  ['/cases/{caseId}/state', people.ilse, ['asOf', 'atRevision']],
  ['/cases/{caseId}/decisions/{caseId}/context', people.ilse, []],
  ['/cases/{caseId}/integrity', people.ilse, []],
  ['/cases/{caseId}/export', people.ilse, []],
  ['/me', people.lotte, []],
  ['/auth/config', people.lotte, []],
  ['/dev/people', people.lotte, []],
  ['/cases/{caseId}/steps', people.lotte, []],
  ['/steps', people.lotte, []],
  ['/my-file', familyAccounts.sanne, ['minPosition']],
  ['/my-file/{caseId}', familyAccounts.sanne, []],
  ['/my-file/{caseId}/access-log', familyAccounts.sanne, []],
];

/** Percent-encoded as-is; a lone surrogate (which encodeURIComponent refuses) goes as its raw UTF-16 units. */
const encode = (text: string): string => {
  try {
    return encodeURIComponent(text);
  } catch {
    return [...text]
      .map((c) =>
        /[\ud800-\udfff]/.test(c)
          ? `%${(c.charCodeAt(0) >> 8).toString(16)}%${(c.charCodeAt(0) & 0xff).toString(16)}`
          : encodeURIComponent(c),
      )
      .join('');
  }
};
// Bytes that are no UTF-8 at all, an overlong NUL, an encoded surrogate, a truncated escape.
const rawEscapes = fc.constantFrom('%00', '%FF', '%C0%80', '%ED%A0%80', '%E2%82', '%', '%zz', '..%2F..%2F', '%2e%2e');

// What Node's HTTP client itself lets through in a header value.
const headerText = hostileText.filter((text) => /^[\t\x20-\x7e\x80-\xff]*$/.test(text) && text.length < 8_000);
const pathSegment = fc.oneof(fc.constant(caseId), hostileText.filter((text) => text.length < 2_000).map(encode), rawEscapes);
// Positions no command returned: refused at once rather than held until the freshness timeout.
const positionBeyondHead = fc.constantFrom(
  '99999999999999999999:0',
  '18446744073709551615:18446744073709551615',
  '99999999999:1',
  '4294967296:0',
);
const queryValue = fc.oneof(
  rawEscapes.map((raw) => ({ raw })),
  hostileText.filter((text) => text.length < 2_000),
  fc.constantFrom('1:1', '0:0', 'true', '0', '200', '201', '1e3'),
  positionBeyondHead,
);

const minPositionHeader = fc.option(
  fc.oneof(
    positionBeyondHead,
    headerText.filter((text) => text.length < 2_000),
  ),
  { nil: undefined },
);

describe('fuzzing path parameters, query strings and headers', () => {
  let casus: CasusApi;
  let counter: Awaited<ReturnType<typeof eventCounter>>;
  const { open, step } = caseSteps(() => casus, caseId);

  beforeAll(async () => {
    casus = await startCasusApi({ rateLimitPerMinute: 0 });
    counter = await eventCounter(casus);
    await open();
    await step(people.lotte, 'assign-case-lead', lead);
    await step(people.lotte, 'link-family-account', { personId: family.sanne, accountId: familyAccounts.sanne.id });
  });
  afterAll(async () => {
    await counter.close();
    await casus.close();
  });

  it('covers every read route of the OpenAPI document', async () => {
    const document = (await casus.http().get('/api/docs-json')).body as { paths: Record<string, Record<string, unknown>> };
    const shape = (template: string) => template.replace(/\{[^}]+\}/g, '{}');
    const documented = Object.entries(document.paths)
      .filter(([, operations]) => 'get' in operations)
      .map(([template]) => shape(template));
    const fuzzed = new Set(reads.map(([template]) => shape(template)));
    expect(documented.filter((template) => !fuzzed.has(template) && !template.startsWith('/health'))).toEqual([]);
  });

  it.each(reads)('GET %s', async (template, actor, known) => {
    const query = fc.dictionary(
      fc.oneof(
        fc.constantFrom(...known, '__proto__', 'constructor', 'toString'),
        hostileText.filter((text) => text.length < 100),
      ),
      queryValue,
      { maxKeys: 3 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(pathSegment, { minLength: 2, maxLength: 2 }),
        query,
        fc.boolean(),
        minPositionHeader,
        async ([first, second], params, repeat, header) => {
          const path = template.replace('{caseId}', first).replace('{caseId}', second);
          const search = Object.entries(params)
            .flatMap(([key, value]) =>
              repeat
                ? [
                    [key, value],
                    [key, value],
                  ]
                : [[key, value]],
            )
            .map(([key, value]) => `${encode(key as string)}=${typeof value === 'string' ? encode(value) : (value as { raw: string }).raw}`)
            .join('&');
          const request = casus
            .http()
            .get(`${path}?${search}`)
            .timeout({ response: 10_000 })
            .set(await casus.as(actor));
          const response = await (header === undefined ? request : request.set('X-Min-Position', header));
          const failure = unacceptable(response);
          if (failure) throw new Error(`GET ${path}?${search.slice(0, 300)} → ${failure}`);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('POST with hostile path parameters and headers: refused cleanly, nothing written', async () => {
    const headers = fc.record(
      {
        'If-Match': headerText,
        'X-Min-Position': headerText,
        'X-Correlation-Id': headerText,
        Accept: headerText,
        'Content-Type': fc.oneof(
          headerText,
          fc.constantFrom(
            'application/json; charset=utf-16',
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
          ),
        ),
        'Content-Encoding': fc.constantFrom('gzip', 'br', 'identity', 'x'),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        pathSegment,
        fc.constantFrom('record-family-member', 'close', 'assign-case-lead'),
        headers,
        async (segment, step, extra) => {
          const correlationId = nextCorrelationId();
          const response = await casus
            .http()
            .post(`/cases/${segment}/${step}`)
            .timeout({ response: 10_000 })
            .set({ ...(await casus.as(people.lotte)), ...extra, 'X-Correlation-Id': correlationId })
            .send(JSON.stringify({ reason: 'fuzz', ...lead }));
          const failure = unacceptable(response);
          if (failure) throw new Error(`POST /cases/${segment}/${step} with ${JSON.stringify(extra)} → ${failure}`);
          if (response.status >= 400 && (await counter.written(correlationId)) !== 0)
            throw new Error(`refused with ${response.status} but written`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses garbage in the Authorization header with 401', async () => {
    await fc.assert(
      fc.asyncProperty(headerText, fc.constantFrom('', 'Bearer ', 'bearer ', 'Basic '), async (text, scheme) => {
        const response = await casus.http().get(`/cases/${caseId}`).timeout({ response: 10_000 }).set('Authorization', `${scheme}${text}`);
        if (response.status !== 401 || typeof response.body.detail !== 'string')
          throw new Error(`Authorization "${scheme}${text.slice(0, 80)}" → ${response.status}`);
      }),
      { numRuns: 200 },
    );
  });
});
