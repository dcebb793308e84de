// The projection workers as a real process, slowed down inside each batch transaction so that a
// test can kill it with SIGKILL mid-batch and start it again.
import { PostgresEventStore } from '@casus/event-store';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'pg';
import { PROJECTIONS, ProjectionRunner, type Projection } from '../../src';

const [databaseUrl] = process.argv.slice(2);

const slowed = (projection: Projection): Projection => ({
  ...projection,
  apply: async (events, tx) => {
    await projection.apply(events, tx);
    await sleep(10);
  },
});

const pool = new Pool({ connectionString: databaseUrl, max: 6 });
const store = new PostgresEventStore({ connectionString: databaseUrl, poolSize: 4 });
for (const projection of PROJECTIONS) {
  new ProjectionRunner(slowed(projection), { databaseUrl, pool, store, workerId: `crash-${process.pid}`, maxBatchSize: 40 }).start();
}
