import { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database';
import { AccessLog, verifyAccessLog } from '../src';
import { accessLogLine } from '../src/testing/access-log-line';

// Lines that stress the chain's hashing: names beyond Latin-1, separators inside the correlation id.
const line = (writer: string, n: number) =>
  accessLogLine(n, {
    userId: `${writer}-${n}`,
    userName: 'Jeanne d’Arc-Müller 🙂',
    emergencyOverride: n % 7 === 0,
    ip: n % 2 ? '::1' : null,
    correlationId: `c|${n}:x`,
  });

describe('the access log chain under concurrency', () => {
  let database: TestDatabase;
  const pools: Pool[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.end()));
    await database.drop();
  });

  it('two API instances writing at once, each in group commits, leave one unbroken chain with every line once', async () => {
    const writers = ['a', 'b'].map((name) => {
      const pool = new Pool({ connectionString: database.url, max: 3 });
      pools.push(pool);
      return { name, log: new AccessLog(pool) };
    });
    await Promise.all(writers.flatMap(({ name, log }) => Array.from({ length: 300 }, (_, n) => log.record(line(name, n)))));

    const verified = await verifyAccessLog(pools[0], 97);
    expect(verified).toMatchObject({ lines: 600, intact: true, firstBreak: null, head: { seq: '600' } });
    const { rows } = await pools[0].query<{ n: number; distinct: number }>(
      'SELECT count(*)::int AS n, count(DISTINCT user_id)::int AS distinct FROM access_log',
    );
    expect(rows[0]).toEqual({ n: 600, distinct: 600 });
  });
});
