import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database';
import { ErasedPersonRefusal, PersonKeys } from './person-keys';

/** Steps on several cases at once: their keys are made or read in one statement (all but the first, sent while it was on its way). */
describe('person keys for steps that write at once', () => {
  let database: TestDatabase;
  let pool: Pool;
  let table: PersonKeys;

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = new Pool({ connectionString: database.url, max: 3 });
    table = PersonKeys.over(pool);
  });

  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it('gives each step the keys of its own persons, one key for a person new to two steps, and refuses only the step with an erased person', async () => {
    const [mother, child, neighbour, erased, known] = Array.from({ length: 5 }, () => randomUUID());
    const knownKey = (await table.forWriting('case-before', [known])).get(known)!;
    await table.forWriting('case-before', [erased]);
    await expect(table.erase(erased, 'functionaris', 'verzoek van betrokkene')).resolves.toBe(true);

    const steps = await Promise.allSettled([
      table.forWritingAsOf('case-first', [randomUUID()]),
      table.forWritingAsOf('case-a', [mother, child]),
      table.forWritingAsOf('case-b', [child, neighbour, known]),
      table.forWritingAsOf('case-c', [erased, randomUUID()]),
      table.forWritingAsOf('case-d', []),
    ]);

    const [first, a, b, c, d] = steps;
    for (const step of [first, a, b, d]) expect(step.status).toBe('fulfilled');
    const keysOf = (step: PromiseSettledResult<{ keys: ReadonlyMap<string, Buffer> }>) =>
      step.status === 'fulfilled' ? step.value.keys : new Map<string, Buffer>();
    expect([...keysOf(a).keys()].sort()).toEqual([mother, child].sort());
    expect([...keysOf(b).keys()].sort()).toEqual([child, neighbour, known].sort());
    expect(keysOf(b).get(child)!.equals(keysOf(a).get(child)!)).toBe(true);
    expect(keysOf(b).get(known)!.equals(knownKey)).toBe(true);
    expect(keysOf(d).size).toBe(0);
    expect(c.status === 'rejected' && c.reason).toBeInstanceOf(ErasedPersonRefusal);
    expect(c.status === 'rejected' && (c.reason as ErasedPersonRefusal).personIds).toEqual([erased]);

    const recorded = await pool.query<{ person_id: string; stream_id: string }>(
      'SELECT person_id::text, stream_id FROM person_keys WHERE person_id = ANY ($1::uuid[]) ORDER BY stream_id',
      [[mother, child, neighbour]],
    );
    expect(recorded.rows).toEqual(
      expect.arrayContaining([
        { person_id: mother, stream_id: 'case-a' },
        { person_id: child, stream_id: 'case-a' },
        { person_id: neighbour, stream_id: 'case-b' },
      ]),
    );
    expect(recorded.rows).toHaveLength(3);
  });
});
