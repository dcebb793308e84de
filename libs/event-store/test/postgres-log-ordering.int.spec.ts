import { setTimeout as sleep } from 'node:timers/promises';
import { findChainBreak, type EventToAppend } from '@casus/event-store';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { freshStoreForFile } from '../../../test/setup/fresh-store';

const event = (type = 'Happened'): EventToAppend => ({ id: randomUUID(), type, data: { at: Date.now() }, metadata: {} });

const fresh = freshStoreForFile();

test('an event committed out of order is neither skipped nor read early', async () => {
  const slow = new Client({ connectionString: fresh.database.url });
  await slow.connect();
  // The slow transaction takes its log position first and commits last.
  await slow.query('BEGIN');
  await slow.query(
    `SELECT * FROM append_to_stream($1, -2, ARRAY[$2]::uuid[], ARRAY['Slow'], '[{}]'::jsonb, '[{}]'::jsonb, ARRAY[repeat('0', 64)], now())`,
    [`case-${randomUUID()}`, randomUUID()],
  );
  await fresh.store.appendToStream(`case-${randomUUID()}`, [event('Fast')], { expectedRevision: 'no-stream' });

  expect((await fresh.store.readAll()).map((e) => e.type)).toEqual([]);

  await slow.query('COMMIT');
  await slow.end();
  // Other test files share this PostgreSQL: their running transactions may hold the horizon back a moment.
  let all = await fresh.store.readAll();
  for (let tries = 0; all.length < 2 && tries < 500; tries += 1) {
    await sleep(10);
    all = await fresh.store.readAll();
  }
  expect(all.map((e) => e.type).sort()).toEqual(['Fast', 'Slow']);
  const afterFirst = await fresh.store.readAll({ after: all[0].position });
  expect(afterFirst.map((e) => e.id)).toEqual([all[1].id]);
});

test('a changed event breaks its stream hash chain at that event', async () => {
  const stream = `case-${randomUUID()}`;
  await fresh.store.appendToStream(stream, [event(), event(), event()], { expectedRevision: 'no-stream' });
  expect(findChainBreak(await fresh.store.readStream(stream))).toBeUndefined();

  const admin = new Client({ connectionString: fresh.database.ownerUrl });
  await admin.connect();
  await admin.query(`UPDATE events SET data = '{"at": 1}' WHERE stream_id = $1 AND stream_revision = 1`, [stream]);
  await admin.end();

  expect(findChainBreak(await fresh.store.readStream(stream))).toMatchObject({ streamId: stream, revision: 1 });
});
