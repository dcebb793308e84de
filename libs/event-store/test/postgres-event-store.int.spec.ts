import { ResilientPool } from '@casus/database';
import { PostgresEventStore } from '@casus/event-store';
import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '../../../test/setup/test-database';
import { eventStoreContract } from './event-store.contract';

describe('PostgreSQL event store (contract)', () => {
  eventStoreContract(
    async () => {
      const database = await createTestDatabase();
      const opened: PostgresEventStore[] = [];
      const open = () => {
        const store = new PostgresEventStore({ connectionString: database.url });
        opened.push(store);
        return store;
      };
      return {
        store: open(),
        reconnect: async () => open(),
        close: async () => {
          await Promise.all(opened.map((store) => store.close().catch(() => undefined)));
          await database.drop();
        },
      };
    },
    { replaysComparedByIdOnly: true },
  );
});

describe('PostgreSQL event store over the process pool', () => {
  it('reads and writes through the pool it is given, and leaves ending it to the pool owner', async () => {
    const database = await createTestDatabase();
    const pool = new ResilientPool({ connectionString: database.url, max: 2 });
    try {
      const store = new PostgresEventStore({ connectionString: database.url, pool });
      await store.appendToStream('case-pool-owner', [{ id: randomUUID(), type: 'Noted', data: {}, metadata: {} }], {
        expectedRevision: 'no-stream',
      });
      expect(pool.totalCount).toBeGreaterThan(0);
      await store.close();
      const { rows } = await pool.query<{ n: string }>("SELECT count(*) AS n FROM events WHERE stream_id = 'case-pool-owner'");
      expect(rows).toEqual([{ n: '1' }]);
    } finally {
      await pool.end();
      await database.drop();
    }
  });
});

describe('PostgreSQL event store, reads of many streams at once', () => {
  it('answers reads that went in one statement (all but the first, sent while it was on its way) as each alone', async () => {
    const database = await createTestDatabase();
    const store = new PostgresEventStore({ connectionString: database.url, poolSize: 4 });
    try {
      const streams = ['case-tail-a', 'case-tail-b', 'case-tail-c'];
      for (const [n, streamId] of streams.entries()) {
        const events = Array.from({ length: 3 + n }, (_, i) => ({ id: randomUUID(), type: 'Noted', data: { n: i }, metadata: {} }));
        await store.appendToStream(streamId, events, { expectedRevision: 'no-stream' });
      }
      const reads = [
        { streamId: 'case-tail-a', options: {} },
        { streamId: 'case-tail-b', options: { fromRevision: 2 } },
        { streamId: 'case-tail-c', options: { fromRevision: 1, maxCount: 2 } },
        { streamId: 'case-tail-b', options: {} },
        { streamId: 'case-never-written', options: { fromRevision: 0, maxCount: 1_000 } },
        { streamId: 'case-tail-c', options: { fromRevision: 9 } },
        { streamId: 'case-tail-a', options: { direction: 'backwards' as const, maxCount: 2 } },
      ];
      const together = await Promise.all(reads.map((read) => store.readStream(read.streamId, read.options)));
      const alone = [];
      for (const read of reads) alone.push(await store.readStream(read.streamId, read.options));
      expect(together).toEqual(alone);
      expect(alone.map((events) => events.map((event) => `${event.streamId}@${event.revision}`))).toEqual([
        ['case-tail-a@0', 'case-tail-a@1', 'case-tail-a@2'],
        ['case-tail-b@2', 'case-tail-b@3'],
        ['case-tail-c@1', 'case-tail-c@2'],
        ['case-tail-b@0', 'case-tail-b@1', 'case-tail-b@2', 'case-tail-b@3'],
        [],
        [],
        ['case-tail-a@2', 'case-tail-a@1'],
      ]);
    } finally {
      await store.close();
      await database.drop();
    }
  });
});
