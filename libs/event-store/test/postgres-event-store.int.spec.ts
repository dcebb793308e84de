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
