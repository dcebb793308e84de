// A subscriber as a real process: records each event it handles and its checkpoint in one
// transaction, slowly, so the test can kill it with SIGKILL mid-stream and start it again.
import { setTimeout as sleep } from 'node:timers/promises';
import { PostgresEventStore, loadCheckpoint, saveCheckpoint } from '@casus/event-store';
import { Pool } from 'pg';

const [databaseUrl, subscription, prefix] = process.argv.slice(2);

async function main(): Promise<void> {
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  const store = new PostgresEventStore({ connectionString: databaseUrl });
  store.subscribeToAll({
    after: await loadCheckpoint(pool, subscription),
    filter: { streamPrefixes: [prefix] },
    maxBatchSize: 25,
    handle: async ({ events, checkpoint }) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        for (const event of events) await client.query('INSERT INTO handled (event_id) VALUES ($1)', [event.id]);
        await saveCheckpoint(client, subscription, checkpoint);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
      await sleep(5);
    },
    onStop: (error) => {
      console.error('subscription stopped', error);
      process.exit(1);
    },
  });
}

void main();
