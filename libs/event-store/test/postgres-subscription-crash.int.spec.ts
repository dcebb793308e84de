import { setTimeout as sleep } from 'node:timers/promises';
import { PostgresEventStore, type EventToAppend } from '@casus/event-store';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database';

const ROOT = join(__dirname, '../../..');
const prefix = `crash-${randomUUID().slice(0, 8)}-`;
let database: TestDatabase;
let store: PostgresEventStore;
let pool: Pool;

function startSubscriber(): ChildProcess {
  return spawn(
    process.execPath,
    [
      '-r',
      join(ROOT, 'test/support/register-ts.js'),
      join(__dirname, 'support/checkpointed-subscriber.ts'),
      database.url,
      'crash-test',
      prefix,
    ],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
  );
}

async function handledCount(): Promise<number> {
  const { rows } = await pool.query<{ count: string }>('SELECT count(*) FROM handled');
  return Number(rows[0].count);
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await sleep(20);
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  store = new PostgresEventStore({ connectionString: database.url });
  pool = new Pool({ connectionString: database.url });
  await pool.query('CREATE TABLE handled (event_id uuid NOT NULL)');
});
afterAll(async () => {
  await store.close();
  await pool.end();
  await database.drop();
});

test('a subscriber killed with SIGKILL mid-stream resumes from its checkpoint: every event handled exactly once', async () => {
  const streams = Array.from({ length: 10 }, () => `${prefix}${randomUUID()}`);
  const append = async (count: number) => {
    for (let i = 0; i < count; i += 10) {
      const batch: EventToAppend[] = Array.from({ length: 10 }, () => ({ id: randomUUID(), type: 'Happened', data: {}, metadata: {} }));
      await store.appendToStream(streams[i % streams.length], batch, { expectedRevision: 'any' });
    }
  };
  await append(1_000);

  const first = startSubscriber();
  await waitFor(async () => (await handledCount()) >= 200);
  first.kill('SIGKILL');
  await new Promise((resolve) => first.once('exit', resolve));
  const handledBeforeKill = await handledCount();
  expect(handledBeforeKill).toBeLessThan(1_000);

  await append(500);
  const second = startSubscriber();
  await waitFor(async () => (await handledCount()) >= 1_500);
  await sleep(300);
  second.kill('SIGKILL');

  const { rows } = await pool.query<{ total: string; distinct: string }>(
    'SELECT count(*) AS total, count(DISTINCT event_id) AS distinct FROM handled',
  );
  expect(rows[0]).toEqual({ total: '1500', distinct: '1500' });
  const { rows: missing } = await pool.query(
    `SELECT e.event_id FROM events e LEFT JOIN handled h USING (event_id) WHERE e.stream_id LIKE $1 AND h.event_id IS NULL`,
    [`${prefix}%`],
  );
  expect(missing).toEqual([]);
});
