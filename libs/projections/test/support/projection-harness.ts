import { PostgresEventStore, type LogPosition } from '@casus/event-store';
import { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../../test/setup/test-database';
import { PROJECTIONS, ProjectionRunner, waitForPosition, type Projection } from '../../src';

export interface Harness {
  readonly store: PostgresEventStore;
  readonly pool: Pool;
  start(projections?: readonly Projection[], maxBatchSize?: number): ProjectionRunner[];
  caughtUp(position: LogPosition, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export function harness(databaseUrl: string): Harness {
  const store = new PostgresEventStore({ connectionString: databaseUrl, poolSize: 4 });
  const pool = new Pool({ connectionString: databaseUrl, max: 6 });
  const runners: ProjectionRunner[] = [];
  return {
    store,
    pool,
    start(projections = PROJECTIONS, maxBatchSize) {
      const started = projections.map(
        (projection) =>
          new ProjectionRunner(projection, {
            databaseUrl,
            pool,
            store,
            workerId: `test-${process.pid}`,
            maxBatchSize,
            leaseRetryMs: 100,
            restartDelayMs: 100,
          }),
      );
      started.forEach((runner) => runner.start());
      runners.push(...started);
      return started;
    },
    // A limit, not a measure: a busy two-core CI machine catches a thousand cases up in well over 30 s.
    async caughtUp(position, timeoutMs = 90_000) {
      if (
        !(await waitForPosition(
          pool,
          runners.map((r) => r.projection),
          position,
          timeoutMs,
        ))
      ) {
        throw new Error(
          `projections did not reach the position in time: ${JSON.stringify(
            runners.map((r) => r.status()),
            (_, v) => (typeof v === 'bigint' ? String(v) : v),
          )}`,
        );
      }
    },
    async close() {
      await Promise.all(runners.map((r) => r.stop()));
      await store.close();
      await pool.end();
    },
  };
}

/** A harness on a fresh database of the test cluster for the whole spec file: made before its tests, closed and dropped after. */
export function harnessOnFreshDatabase(): Harness & { readonly databaseUrl: string } {
  let database: TestDatabase;
  let inner: Harness;
  beforeAll(async () => {
    database = await createTestDatabase();
    inner = harness(database.url);
  });
  afterAll(async () => {
    await inner.close();
    await database.drop();
  });
  return {
    get store() {
      return inner.store;
    },
    get pool() {
      return inner.pool;
    },
    get databaseUrl() {
      return database.url;
    },
    start: (...args) => inner.start(...args),
    caughtUp: (...args) => inner.caughtUp(...args),
    close: () => inner.close(),
  };
}
