import { ResilientPool } from '@casus/database';
import { DuplicateEventId, PostgresEventStore, WrongExpectedRevision } from '@casus/event-store';
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

describe('PostgreSQL event store, many streams at once', () => {
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

  it('appends that went in one statement (all but the first) each get their own answer: stored, refused as stale, a replay, a reused id', async () => {
    const database = await createTestDatabase();
    const store = new PostgresEventStore({ connectionString: database.url, poolSize: 4 });
    const noted = (n: number) => ({ id: randomUUID(), type: 'Noted', data: { n }, metadata: {} });
    try {
      for (const streamId of ['case-one-a', 'case-one-b', 'case-one-c']) {
        await store.appendToStream(streamId, [noted(0)], { expectedRevision: 'no-stream' });
      }
      const [twice, reused] = [noted(1), noted(1)];
      const appends = [
        store.appendToStream('case-one-first', [noted(0)], { expectedRevision: 'no-stream' }),
        store.appendToStream('case-one-a', [reused], { expectedRevision: 0 }),
        store.appendToStream('case-one-b', [noted(1)], { expectedRevision: 0 }),
        store.appendToStream('case-one-b', [noted(2)], { expectedRevision: 0 }),
        store.appendToStream('case-one-c', [twice], { expectedRevision: 0 }),
        store.appendToStream('case-one-c', [twice], { expectedRevision: 0 }),
        store.appendToStream('case-one-new', [{ ...reused }], { expectedRevision: 'no-stream' }),
        store.appendToStream('case-one-fresh', [noted(0)], { expectedRevision: 'no-stream' }),
      ];
      const outcomes = await Promise.allSettled(appends);
      const told = outcomes.map((outcome) =>
        outcome.status === 'fulfilled' ? outcome.value.nextExpectedRevision : (outcome.reason as Error).constructor.name,
      );
      expect(told).toEqual([0, 1, 1, WrongExpectedRevision.name, 1, 1, DuplicateEventId.name, 0]);
      // What went in together is one transaction: one commit position (the replay is answered the stored one's).
      const commits = outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value.position.commit : undefined));
      expect(new Set([1, 2, 4, 5, 7].map((n) => commits[n])).size).toBe(1);
      expect(commits[1]).not.toBe(commits[0]);

      const pool = new ResilientPool({ connectionString: database.url, max: 1 });
      const { rows } = await pool.query<{ stream_id: string; revisions: string }>(
        `SELECT stream_id, string_agg(stream_revision::text, ',' ORDER BY stream_revision) AS revisions FROM events
          WHERE stream_id LIKE 'case-one-%' GROUP BY stream_id ORDER BY stream_id`,
      );
      await pool.end();
      expect(rows).toEqual([
        { stream_id: 'case-one-a', revisions: '0,1' },
        { stream_id: 'case-one-b', revisions: '0,1' },
        { stream_id: 'case-one-c', revisions: '0,1' },
        { stream_id: 'case-one-first', revisions: '0' },
        { stream_id: 'case-one-fresh', revisions: '0' },
      ]);
      for (const streamId of ['case-one-a', 'case-one-b', 'case-one-c']) {
        const [first, second] = await store.readStream(streamId);
        expect(second.previousHash).toBe(first.hash);
      }
    } finally {
      await store.close();
      await database.drop();
    }
  });

  it('fails only the append PostgreSQL refuses when its statement held others', async () => {
    const database = await createTestDatabase();
    const store = new PostgresEventStore({ connectionString: database.url, poolSize: 4 });
    const noted = (data: Record<string, string>) => ({ id: randomUUID(), type: 'Noted', data, metadata: {} });
    try {
      const outcomes = await Promise.allSettled([
        store.appendToStream('case-lone-first', [noted({})], { expectedRevision: 'no-stream' }),
        // jsonb holds no NUL character: PostgreSQL refuses the statement.
        store.appendToStream('case-lone-bad', [noted({ note: 'nul \u0000' })], { expectedRevision: 'no-stream' }),
        store.appendToStream('case-lone-good', [noted({ note: 'gewoon' })], { expectedRevision: 'no-stream' }),
      ]);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(await store.readStream('case-lone-bad')).toEqual([]);
      expect((await store.readStream('case-lone-good')).map((event) => event.data)).toEqual([{ note: 'gewoon' }]);
    } finally {
      await store.close();
      await database.drop();
    }
  });

  it('two processes appending to the same new streams at once, in opposite orders, each stream taken once, every other append refused as stale', async () => {
    const database = await createTestDatabase();
    const [one, other] = [0, 1].map(() => new PostgresEventStore({ connectionString: database.url, poolSize: 4 }));
    const noted = () => ({ id: randomUUID(), type: 'Noted', data: {}, metadata: {} });
    try {
      const told: string[] = [];
      for (let round = 0; round < 20; round += 1) {
        const [left, right] = [`case-race-${round}-left`, `case-race-${round}-right`];
        // The first append of each store goes alone; the two after it go in one statement of that store.
        const appends = (store: PostgresEventStore, order: readonly string[]) => [
          store.appendToStream(`case-race-${round}-${randomUUID()}`, [noted()], { expectedRevision: 'no-stream' }),
          ...order.map((streamId) => store.appendToStream(streamId, [noted()], { expectedRevision: 'no-stream' })),
        ];
        const outcomes = await Promise.allSettled([...appends(one, [left, right]), ...appends(other, [right, left])]);
        for (const outcome of outcomes) {
          told.push(outcome.status === 'fulfilled' ? 'stored' : (outcome.reason as Error).constructor.name);
        }
      }
      expect(told.filter((outcome) => outcome !== 'stored' && outcome !== WrongExpectedRevision.name)).toEqual([]);
      const pool = new ResilientPool({ connectionString: database.url, max: 1 });
      const { rows } = await pool.query<{ streams: number; events: number }>(
        "SELECT count(DISTINCT stream_id)::int AS streams, count(*)::int AS events FROM events WHERE stream_id LIKE 'case-race-%-left' OR stream_id LIKE 'case-race-%-right'",
      );
      await pool.end();
      expect(rows).toEqual([{ streams: 40, events: 40 }]);
      expect(told.filter((outcome) => outcome === WrongExpectedRevision.name)).toHaveLength(40);
    } finally {
      await Promise.all([one.close(), other.close()]);
      await database.drop();
    }
  });
});
