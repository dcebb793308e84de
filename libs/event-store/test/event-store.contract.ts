import { setTimeout as sleep } from 'node:timers/promises';
import {
  DuplicateEventId,
  WrongExpectedRevision,
  comparePositions,
  findChainBreak,
  type EventStore,
  type EventToAppend,
  type LogPosition,
  type RecordedEvent,
} from '@casus/event-store';
import { randomUUID } from 'node:crypto';

export interface ContractSubject {
  store: EventStore;
  /** Another store on the same data: a second process or connection. */
  reconnect(): Promise<EventStore>;
  close(): Promise<void>;
}

function event(type = 'SomethingHappened', data: Record<string, unknown> = {}): EventToAppend {
  return { id: randomUUID(), type, data: { value: Math.random(), ...data }, metadata: { correlationId: randomUUID(), schemaVersion: 1 } };
}

function streamName(prefix = 'case'): string {
  return `${prefix}-${randomUUID()}`;
}

async function eventually(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await sleep(10);
  }
}

function expectStrictlyIncreasing(positions: LogPosition[]): void {
  for (let i = 1; i < positions.length; i += 1) expect(comparePositions(positions[i - 1], positions[i])).toBe(-1);
}

/** What an adapter's engine cannot promise; the tests that need it are listed as skipped. */
export interface ContractLimits {
  /** EventStoreDB keeps event ids unique per stream only: one id in two streams is not refused. */
  eventIdsUniquePerStreamOnly?: boolean;
  /** The PostgreSQL append function (and the in-memory store) recognise a replay by its ids alone, not by its content. */
  replaysComparedByIdOnly?: boolean;
}

/** Every adapter must pass these; see libs/event-store/test/*.spec.ts for who runs them. */
export function eventStoreContract(open: () => Promise<ContractSubject>, limits: ContractLimits = {}): void {
  let subject: ContractSubject;
  let store: EventStore;

  beforeAll(async () => {
    subject = await open();
    store = subject.store;
  });
  afterAll(() => subject.close());

  describe('appending and reading a stream', () => {
    test('events come back in order with revisions, positions, metadata and their hash chain', async () => {
      const stream = streamName();
      const written = [event('A', { n: 1 }), event('B', { n: 2 }), event('C', { text: 'één "quote"' })];
      const result = await store.appendToStream(stream, written, { expectedRevision: 'no-stream' });
      expect(result.nextExpectedRevision).toBe(2);

      const read = await store.readStream(stream);
      expect(read.map((e) => [e.id, e.type, e.revision, e.data, e.metadata])).toEqual(
        written.map((e, revision) => [e.id, e.type, revision, e.data, e.metadata]),
      );
      expect(read.every((e) => e.streamId === stream && e.recordedAt instanceof Date)).toBe(true);
      expect(comparePositions(read[2].position, result.position)).toBe(0);
      expectStrictlyIncreasing(read.map((e) => e.position));
      expect(findChainBreak(read)).toBeUndefined();
      expect(read[1].previousHash).toBe(read[0].hash);
    });

    test('reads forwards and backwards in pages', async () => {
      const stream = streamName();
      await store.appendToStream(
        stream,
        Array.from({ length: 10 }, () => event()),
        { expectedRevision: 'no-stream' },
      );
      const page = await store.readStream(stream, { fromRevision: 3, maxCount: 4 });
      expect(page.map((e) => e.revision)).toEqual([3, 4, 5, 6]);
      const last = await store.readStream(stream, { direction: 'backwards', maxCount: 3 });
      expect(last.map((e) => e.revision)).toEqual([9, 8, 7]);
      const before = await store.readStream(stream, { direction: 'backwards', fromRevision: 2 });
      expect(before.map((e) => e.revision)).toEqual([2, 1, 0]);
    });

    test('an unknown stream reads empty and does not exist', async () => {
      const stream = streamName();
      expect(await store.readStream(stream)).toEqual([]);
      expect(await store.streamExists(stream)).toBe(false);
      await store.appendToStream(stream, [event()], { expectedRevision: 'any' });
      expect(await store.streamExists(stream)).toBe(true);
    });
  });

  describe('expected revision', () => {
    test.each([
      ['no-stream on an existing stream', 'no-stream' as const, 0],
      ['an exact revision that is behind', 0, 1],
    ])('%s is refused with WrongExpectedRevision and writes nothing', async (_, expectedRevision, actual) => {
      const stream = streamName();
      await store.appendToStream(stream, [event(), event()].slice(0, actual + 1), { expectedRevision: 'no-stream' });
      const error = await store.appendToStream(stream, [event()], { expectedRevision }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WrongExpectedRevision);
      expect(error).toMatchObject({ streamId: stream, actual, expected: expectedRevision });
      expect(await store.readStream(stream)).toHaveLength(actual + 1);
    });

    test('stream-exists is refused on a new stream, and holds once it exists', async () => {
      const stream = streamName();
      await expect(store.appendToStream(stream, [event()], { expectedRevision: 'stream-exists' })).rejects.toMatchObject({ actual: -1 });
      expect(await store.streamExists(stream)).toBe(false);
      await store.appendToStream(stream, [event()], { expectedRevision: 'any' });
      await expect(store.appendToStream(stream, [event()], { expectedRevision: 'stream-exists' })).resolves.toMatchObject({
        nextExpectedRevision: 1,
      });
    });

    test('50 concurrent appends with the same expected revision: exactly one wins, nothing is lost', async () => {
      const stream = streamName();
      await store.appendToStream(stream, [event()], { expectedRevision: 'no-stream' });
      const attempts = Array.from({ length: 50 }, () => event('Attempt'));
      const results = await Promise.allSettled(attempts.map((e) => store.appendToStream(stream, [e], { expectedRevision: 0 })));
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost.every((r) => r.reason instanceof WrongExpectedRevision)).toBe(true);
      const read = await store.readStream(stream);
      expect(read).toHaveLength(2);
      expect(attempts.map((e) => e.id)).toContain(read[1].id);
    });

    test('concurrent first appends with no-stream: exactly one creates the stream', async () => {
      const stream = streamName();
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, () => store.appendToStream(stream, [event()], { expectedRevision: 'no-stream' })),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(await store.readStream(stream)).toHaveLength(1);
    });

    test('concurrent appends with any are all kept, each at its own revision', async () => {
      const stream = streamName();
      await Promise.all(Array.from({ length: 30 }, () => store.appendToStream(stream, [event()], { expectedRevision: 'any' })));
      const read = await store.readStream(stream);
      expect(read.map((e) => e.revision)).toEqual(Array.from({ length: 30 }, (_, i) => i));
      expect(findChainBreak(read)).toBeUndefined();
    });
  });

  describe('idempotent retries', () => {
    test('a retried append with the same event ids succeeds once and returns the same result', async () => {
      const stream = streamName();
      const batch = [event(), event()];
      const first = await store.appendToStream(stream, batch, { expectedRevision: 'no-stream' });
      const again = await store.appendToStream(stream, batch, { expectedRevision: 'no-stream' });
      expect(again.nextExpectedRevision).toBe(first.nextExpectedRevision);
      expect(comparePositions(again.position, first.position)).toBe(0);
      expect(await store.readStream(stream)).toHaveLength(2);
    });

    test.each(['any', 'no-stream'] as const)(
      'concurrent retries of one append (%s) write it once, with one result',
      async (expectedRevision) => {
        const stream = streamName();
        const batch = [event()];
        const results = await Promise.allSettled(
          Array.from({ length: 10 }, () => store.appendToStream(stream, batch, { expectedRevision })),
        );
        expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
        const revisions = results.map((r) => (r as PromiseFulfilledResult<{ nextExpectedRevision: number }>).value.nextExpectedRevision);
        expect(new Set(revisions)).toEqual(new Set([0]));
        expect(await store.readStream(stream)).toHaveLength(1);
      },
    );

    test('concurrent retries of one append from two connections write it once, with one result', async () => {
      const stream = streamName();
      const batch = [event()];
      const other = await subject.reconnect();
      try {
        const results = await Promise.allSettled(
          Array.from({ length: 10 }, (_, i) =>
            (i % 2 === 0 ? store : other).appendToStream(stream, batch, { expectedRevision: 'no-stream' }),
          ),
        );
        expect(results.map((r) => (r.status === 'fulfilled' ? r.value.nextExpectedRevision : r.reason))).toEqual(Array(10).fill(0));
        expect(await store.readStream(stream)).toHaveLength(1);
      } finally {
        await other.close();
      }
    });

    test.each(['any', 'stream-exists'] as const)(
      'a retry under %s after later appends by others returns the first result and writes nothing',
      async (expectedRevision) => {
        const stream = streamName('placement');
        await store.appendToStream(stream, [event()], { expectedRevision: 'no-stream' });
        const recorded = [event('PlacementRequested'), event('PlacementOptionOffered')];
        const first = await store.appendToStream(stream, recorded, { expectedRevision });
        const other = await subject.reconnect();
        await other.appendToStream(stream, [event(), event()], { expectedRevision: 'any' });
        await other.close();
        const again = await store.appendToStream(stream, recorded, { expectedRevision });
        expect(again.nextExpectedRevision).toBe(first.nextExpectedRevision);
        expect(comparePositions(again.position, first.position)).toBe(0);
        expect((await store.readStream(stream)).map((e) => e.id)).toHaveLength(5);
      },
    );

    const byContent = limits.replaysComparedByIdOnly ? test.skip : test;
    byContent('a different event under a known id is refused with DuplicateEventId and writes nothing', async () => {
      const stream = streamName('placement');
      const original = event('PlacementRequested');
      await store.appendToStream(stream, [original], { expectedRevision: 'no-stream' });
      await store.appendToStream(stream, [event()], { expectedRevision: 'any' });
      const changed = { ...original, data: { ...original.data, changed: true } };
      await expect(store.appendToStream(stream, [changed], { expectedRevision: 'any' })).rejects.toBeInstanceOf(DuplicateEventId);
      await expect(store.appendToStream(stream, [changed], { expectedRevision: 'no-stream' })).rejects.toBeInstanceOf(DuplicateEventId);
      expect(await store.readStream(stream)).toHaveLength(2);
    });

    const acrossStreams = limits.eventIdsUniquePerStreamOnly ? test.skip : test;
    acrossStreams('an event id used in another stream is refused', async () => {
      const reused = event();
      await store.appendToStream(streamName(), [reused], { expectedRevision: 'no-stream' });
      const other = streamName();
      await expect(store.appendToStream(other, [reused], { expectedRevision: 'no-stream' })).rejects.toBeInstanceOf(DuplicateEventId);
      expect(await store.streamExists(other)).toBe(false);
    });
  });

  describe('the global log', () => {
    test('reads from a position, in order, filtered by stream prefix and event type', async () => {
      // A marker of this test's own marks where it starts: reading all of $all to find the head would not scale.
      const { position: after } = await store.appendToStream(streamName('marker'), [event('Marker')], { expectedRevision: 'no-stream' });
      const prefix = `flt${randomUUID().slice(0, 8)}`;
      const caseStream = streamName(`${prefix}case`);
      const optionStream = streamName(`${prefix}option`);
      await store.appendToStream(caseStream, [event('SignalRegistered'), event('CaseLeadAssigned')], { expectedRevision: 'no-stream' });
      await store.appendToStream(optionStream, [event('PlacementOptionRegistered')], { expectedRevision: 'no-stream' });

      // The global log shows an event once every older transaction in the cluster has ended.
      // Earlier tests' events may surface after the marker, so only this test's streams count.
      const ours = async () => (await store.readAll({ after, maxCount: 100 })).filter((e) => e.streamId.startsWith(prefix));
      let all = await ours();
      for (let tries = 0; all.length < 3 && tries < 500; tries += 1) {
        await sleep(10);
        all = await ours();
      }
      expect(all.map((e) => e.type)).toEqual(['SignalRegistered', 'CaseLeadAssigned', 'PlacementOptionRegistered']);
      expectStrictlyIncreasing(all.map((e) => e.position));
      const cases = await store.readAll({ after, filter: { streamPrefixes: [`${prefix}case`] } });
      expect(cases.map((e) => e.streamId)).toEqual([caseStream, caseStream]);
      const typed = await store.readAll({ after, filter: { eventTypes: ['CaseLeadAssigned', 'PlacementOptionRegistered'] } });
      expect(typed.map((e) => e.type)).toEqual(['CaseLeadAssigned', 'PlacementOptionRegistered']);
      const paged = await store.readAll({ after: all[0].position, maxCount: 1 });
      expect(paged.map((e) => e.id)).toEqual([all[1].id]);
    });

    test('reads of the log that stop after one event leave no call open: the store still answers after 150 of them', async () => {
      const stream = streamName('early');
      const { position } = await store.appendToStream(stream, [event()], { expectedRevision: 'no-stream' });
      await store.appendToStream(stream, [event(), event(), event()], { expectedRevision: 0 });
      // The global log shows the events once every older transaction in the cluster has ended: wait for that first.
      let visible = await store.readAll({ after: position, maxCount: 1 });
      for (let tries = 0; visible.length === 0 && tries < 500; tries += 1) {
        await sleep(10);
        visible = await store.readAll({ after: position, maxCount: 1 });
      }
      // A server serves about 100 calls at once per connection: leaked reads would block the ones after them.
      for (let read = 0; read < 150; read += 1) expect(await store.readAll({ after: position, maxCount: 1 })).toHaveLength(1);
      await expect(store.appendToStream(stream, [event()], { expectedRevision: 3 })).resolves.toMatchObject({ nextExpectedRevision: 4 });
    });
  });

  describe('read-your-writes', () => {
    test('what one connection appended is the head another connection reads and appends after', async () => {
      const stream = streamName();
      const other = await subject.reconnect();
      try {
        const first = await store.appendToStream(stream, [event()], { expectedRevision: 'no-stream' });
        expect((await other.readStream(stream)).map((e) => e.revision)).toEqual([0]);
        await other.appendToStream(stream, [event()], { expectedRevision: first.nextExpectedRevision });
        expect(await store.streamExists(stream)).toBe(true);
        await expect(store.appendToStream(stream, [event()], { expectedRevision: 'any' })).resolves.toMatchObject({
          nextExpectedRevision: 2,
        });
        expect(findChainBreak(await other.readStream(stream))).toBeUndefined();
      } finally {
        await other.close();
      }
    });
  });

  describe('subscriptions', () => {
    test('a subscriber sees every event of 8 concurrent writers exactly once, in position order', async () => {
      const prefix = `load${randomUUID().slice(0, 8)}-`;
      const seen: RecordedEvent[] = [];
      const subscription = store.subscribeToAll({
        filter: { streamPrefixes: [prefix] },
        handle: async ({ events }) => void seen.push(...events),
      });
      const streams = Array.from({ length: 40 }, () => `${prefix}${randomUUID()}`);
      const writer = async (): Promise<string[]> => {
        const ids: string[] = [];
        while (ids.length < 625) {
          const batch = Array.from({ length: 1 + Math.floor(Math.random() * 3) }, () => event()).slice(0, 625 - ids.length);
          await store.appendToStream(streams[Math.floor(Math.random() * streams.length)], batch, { expectedRevision: 'any' });
          ids.push(...batch.map((e) => e.id));
        }
        return ids;
      };
      const written = (await Promise.all(Array.from({ length: 8 }, writer))).flat();
      await eventually(() => seen.length >= written.length);
      await sleep(100);
      await subscription.stop();

      expect(written).toHaveLength(5_000);
      expect(seen).toHaveLength(5_000);
      expect(new Set(seen.map((e) => e.id))).toEqual(new Set(written));
      expectStrictlyIncreasing(seen.map((e) => e.position));
    });

    test('a subscription resumes from its checkpoint on another connection and misses nothing', async () => {
      const prefix = `resume${randomUUID().slice(0, 8)}-`;
      const stream = `${prefix}${randomUUID()}`;
      await store.appendToStream(
        stream,
        Array.from({ length: 30 }, () => event()),
        { expectedRevision: 'no-stream' },
      );

      const seen: string[] = [];
      let checkpoint: LogPosition | undefined;
      const first = store.subscribeToAll({
        filter: { streamPrefixes: [prefix] },
        maxBatchSize: 10,
        handle: async (batch) => {
          seen.push(...batch.events.map((e) => e.id));
          checkpoint = batch.checkpoint;
        },
      });
      await eventually(() => seen.length === 30);
      await first.stop();

      await store.appendToStream(
        stream,
        Array.from({ length: 20 }, () => event()),
        { expectedRevision: 29 },
      );
      const other = await subject.reconnect();
      const second = other.subscribeToAll({
        after: checkpoint,
        filter: { streamPrefixes: [prefix] },
        handle: async (batch) => void seen.push(...batch.events.map((e) => e.id)),
      });
      await eventually(() => seen.length >= 50);
      await sleep(100);
      await second.stop();
      await other.close();

      const all = await store.readStream(stream);
      expect(seen).toEqual(all.map((e) => e.id));
    });

    test('a live filtered subscriber sees every event appended after it caught up, between events it filters out', async () => {
      const prefix = `livef${randomUUID().slice(0, 8)}-`;
      let live = false;
      const seen: string[] = [];
      const subscription = store.subscribeToAll({
        filter: { streamPrefixes: [prefix] },
        handle: async (batch) => {
          seen.push(...batch.events.map((e) => e.id));
          live ||= batch.caughtUp;
        },
      });
      await eventually(() => live);
      const wanted: string[] = [];
      for (let i = 0; i < 10; i += 1) {
        await store.appendToStream(streamName('unfiltered'), [event()], { expectedRevision: 'no-stream' });
        const mine = event();
        await store.appendToStream(`${prefix}${i}`, [mine], { expectedRevision: 'no-stream' });
        wanted.push(mine.id);
      }
      await eventually(() => seen.length >= wanted.length);
      await sleep(100);
      await subscription.stop();
      expect(seen).toEqual(wanted);
    });

    test('subscriptions of one store that follow at once, each with its own filter, each see only their own events, once, in order', async () => {
      const prefixes = ['apart', 'beside', 'closeby'].map((name) => `${name}${randomUUID().slice(0, 8)}-`);
      const seen = prefixes.map(() => [] as string[]);
      const live = prefixes.map(() => false);
      const subscriptions = prefixes.map((prefix, n) =>
        store.subscribeToAll({
          filter: { streamPrefixes: [prefix] },
          liveReadSpacingMs: n * 10,
          handle: async (batch) => {
            seen[n].push(...batch.events.map((e) => e.id));
            live[n] ||= batch.caughtUp;
          },
        }),
      );
      await eventually(() => live.every(Boolean));
      const wanted = prefixes.map(() => [] as string[]);
      await Promise.all(
        prefixes.map(async (prefix, n) => {
          for (let i = 0; i < 15; i += 1) {
            const mine = event();
            await store.appendToStream(`${prefix}${i % 3}`, [mine], { expectedRevision: 'any' });
            wanted[n].push(mine.id);
          }
        }),
      );
      await eventually(() => seen.every((ids, n) => ids.length >= wanted[n].length));
      await sleep(100);
      await Promise.all(subscriptions.map((subscription) => subscription.stop()));
      expect(seen).toEqual(wanted);
    });

    test('a live subscriber is woken by an append within milliseconds', async () => {
      const prefix = `live${randomUUID().slice(0, 8)}-`;
      let caughtUp = false;
      const arrivals: number[] = [];
      const subscription = store.subscribeToAll({
        filter: { streamPrefixes: [prefix] },
        handle: async (batch) => {
          arrivals.push(...batch.events.map(() => Date.now()));
          caughtUp ||= batch.caughtUp;
        },
      });
      await sleep(1_200);
      const sentAt = Date.now();
      await store.appendToStream(`${prefix}x`, [event()], { expectedRevision: 'any' });
      await eventually(() => arrivals.length === 1, 5_000);
      await subscription.stop();
      expect(arrivals).toHaveLength(1);
      // Recorded for the reader; not a pass/fail criterion (timing is measured in bench/, not asserted).
      console.info(`live subscription woke ${arrivals[0] - sentAt} ms after the append returned`);
    });
  });
}
