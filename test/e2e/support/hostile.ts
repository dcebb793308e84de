import fc from 'fast-check';
import { Client } from 'pg';
import type { CasusApi } from './casus-api';

/** Values an attacker or a broken client sends: wrong types, odd text, huge and deep shapes. */
export const hostileText = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\ud800',
    'tail \udfff',
    '\ud83d\ude00',
    '\u202e\u200b\ufeff',
    "'; DROP TABLE events; --",
    "' OR '1'='1",
    '$.data[*]',
    '$..*',
    '{"$gt": ""}',
    '%00',
    '%',
    '../../etc/passwd',
    '__proto__',
    'constructor',
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-fffffffffffff',
    '2026-02-30',
    '2026-13-01',
    '0000-00-00',
    '+275760-09-13T00:00:00.000Z',
    '2026-03-29T02:30:00+01:00',
    '-1',
    'NaN',
    'Infinity',
    'x'.repeat(100_000),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

const leaf = fc.oneof(
  hostileText,
  fc.constantFrom(null, true, false, 0, -0, -1, 1.5, 2 ** 53 + 1, 1e308, -1e308, Number.MIN_VALUE),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

export const hostileValue: fc.Arbitrary<unknown> = fc
  .letrec((tie) => ({
    value: fc.oneof(
      { maxDepth: 3 },
      leaf,
      fc.array(tie('value'), { maxLength: 5 }),
      fc.dictionary(hostileText, tie('value'), { maxKeys: 4 }),
    ),
  }))
  .value.chain((value) =>
    fc.oneof(
      { weight: 8, arbitrary: fc.constant(value) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          Array.from({ length: 20_000 }, (_, n) => n),
          Array.from({ length: 5_000 }, () => ({ a: 'b' })),
        ),
      },
      { weight: 1, arbitrary: fc.constant(deep(value, 200)) },
    ),
  );

function deep(value: unknown, levels: number): unknown {
  let nested = value;
  for (let n = 0; n < levels; n += 1) nested = { a: [nested] };
  return nested;
}

/** A JSON body text: the valid body with one field replaced, added or left out, or something else entirely. */
export function hostileBody(valid: Record<string, unknown>): fc.Arbitrary<string> {
  const keys = Object.keys(valid).length > 0 ? Object.keys(valid) : ['reason'];
  const replaced = fc.tuple(fc.constantFrom(...keys), hostileValue).map(([key, value]) => JSON.stringify({ ...valid, [key]: value }));
  const added = fc.tuple(hostileText, hostileValue).map(([key, value]) => JSON.stringify({ ...valid, [key]: value }));
  // `__proto__` must be an own key of the JSON text, which an object literal cannot produce.
  const polluted = fc
    .tuple(
      fc.constantFrom('__proto__', 'constructor', 'prototype'),
      fc.constantFrom('{"isAdmin":true}', '{"prototype":{"role":"auditor"}}', '[]', '"x"'),
    )
    .map(([key, json]) => `${JSON.stringify(valid).slice(0, -1)},"${key}":${json}}`);
  const nestedPolluted = fc
    .constantFrom(...keys)
    .map((key) => JSON.stringify({ ...valid, [key]: { placeholder: 1 } }).replace('"placeholder"', '"__proto__"'));
  const removed = fc.constantFrom(...keys).map((key) => JSON.stringify({ ...valid, [key]: undefined }));
  const whole = hostileValue.map((value) => JSON.stringify(value) ?? 'null');
  const broken = fc.constantFrom('{', '{"a":1,}', '[1,2', 'nul', '"unterminated', '{"a":"\\ud800"}', '{"a":"\\u0000"}', '\u0000');
  return fc.oneof(replaced, added, removed, polluted, nestedPolluted, whole, broken);
}

/** How many events a request wrote, found by its own correlation id. */
export async function eventCounter(casus: CasusApi) {
  const client = new Client({ connectionString: casus.databaseUrl });
  await client.connect();
  return {
    written: async (correlationId: string) =>
      (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM events WHERE metadata->>'correlationId' = $1`, [correlationId]))
        .rows[0].n,
    total: async () => (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM events')).rows[0].n,
    close: () => client.end(),
  };
}

export type Answer = { status: number; body: { detail?: unknown; code?: unknown } };

/** 2xx, or a 4xx that says why; never a 5xx. Returns a failure description, or undefined. */
export function unacceptable(answer: Answer): string | undefined {
  if (answer.status >= 200 && answer.status < 300) return undefined;
  if (answer.status >= 400 && answer.status < 500 && typeof answer.body?.detail === 'string' && typeof answer.body?.code === 'string')
    return undefined;
  return `status ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`;
}

let sequence = 0;
export const nextCorrelationId = () => `fuzz-${process.pid}-${(sequence += 1)}`;
