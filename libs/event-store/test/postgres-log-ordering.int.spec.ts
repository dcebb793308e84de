import { setTimeout as sleep } from 'node:timers/promises';
import { PostgresEventStore, findChainBreak, type EventToAppend } from '@casus/event-store';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database';

const event = (type = 'Happened'): EventToAppend => ({ id: randomUUID(), type, data: { at: Date.now() }, metadata: {} });

let database: TestDatabase;
let store: PostgresEventStore;

beforeAll(async () => {
  database = await createTestDatabase();
  store = new PostgresEventStore({ connectionString: database.url });
});
afterAll(async () => {
  await store.close();
  await database.drop();
});

test('an event committed out of order is neither skipped nor read early', async () => {
  const slow = new Client({ connectionString: database.url });
  await slow.connect();
  // The slow transaction takes its log position first and commits last.
  await slow.query('BEGIN');
  await slow.query(
    `SELECT * FROM append_to_stream($1, -2, ARRAY[$2]::uuid[], ARRAY['Slow'], '[{}]'::jsonb, '[{}]'::jsonb, ARRAY[repeat('0', 64)], now())`,
    [`case-${randomUUID()}`, randomUUID()],
  );
  await store.appendToStream(`case-${randomUUID()}`, [event('Fast')], { expectedRevision: 'no-stream' });

  expect((await store.readAll()).map((e) => e.type)).toEqual([]);

  await slow.query('COMMIT');
  await slow.end();
  // Other test files share this PostgreSQL: their running transactions may hold the horizon back a moment.
  let all = await store.readAll();
  for (let tries = 0; all.length < 2 && tries < 500; tries += 1) {
    await sleep(10);
    all = await store.readAll();
  }
  expect(all.map((e) => e.type).sort()).toEqual(['Fast', 'Slow']);
  const afterFirst = await store.readAll({ after: all[0].position });
  expect(afterFirst.map((e) => e.id)).toEqual([all[1].id]);
});

test('a changed event breaks its stream hash chain at that event', async () => {
  const stream = `case-${randomUUID()}`;
  await store.appendToStream(stream, [event(), event(), event()], { expectedRevision: 'no-stream' });
  expect(findChainBreak(await store.readStream(stream))).toBeUndefined();

  const admin = new Client({ connectionString: database.ownerUrl });
  await admin.connect();
  await admin.query(`UPDATE events SET data = '{"at": 1}' WHERE stream_id = $1 AND stream_revision = 1`, [stream]);
  await admin.end();

  expect(findChainBreak(await store.readStream(stream))).toMatchObject({ streamId: stream, revision: 1 });
});
