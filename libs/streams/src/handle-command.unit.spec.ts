import { InMemoryEventStore, WrongExpectedRevision, type EventStore } from '@casus/event-store';
import { streamCodec } from './codec';
import { handleCommand, type StreamDecider } from './handle-command';
import { rememberingStreams } from '@casus/event-store';
import type { Writer } from './metadata';

type Counted = Readonly<{ type: 'Counted'; data: Readonly<{ n: number; by: string }> }>;
type Count = Readonly<{ by: string; upTo?: number }>;

const decided: number[] = [];
const counter: StreamDecider<number, Count, Counted> = {
  codec: streamCodec<Counted>('counter', { Counted: 1 }),
  initialState: () => 0,
  evolve: (_, event) => event.data.n,
  decide: (command, state) => {
    decided.push(state);
    return command.upTo !== undefined && state >= command.upTo ? [] : [{ type: 'Counted', data: { n: state + 1, by: command.by } }];
  },
};

const writer: Writer = { actor: { id: 'u-1', role: 'wijkteam', team: 't', organisation: 'o' }, correlationId: 'c-1', causationId: null };
const now = new Date('2026-11-20T10:00:00.000Z');
const STREAM = 'counter-1';
const read = async (store: EventStore) => (await store.readStream(STREAM)).map((e) => e.data);

/** A store on which someone else counts once right after each of the first `times` reads: the writer always loses the race. */
function contended(times: number): { store: EventStore; appends: () => number } {
  const inner = new InMemoryEventStore();
  let reads = 0;
  let appends = 0;
  const store: EventStore = {
    appendToStream: (...args) => ((appends += 1), inner.appendToStream(...args)),
    readStream: async (streamId, options) => {
      const events = await inner.readStream(streamId, options);
      if (reads++ < times) {
        const n = events.length + 1;
        await inner.appendToStream(streamId, [{ id: `other-${n}`, type: 'Counted', data: { n, by: 'other' }, metadata: {} }], {
          expectedRevision: 'any',
        });
      }
      return events;
    },
    streamExists: (streamId) => inner.streamExists(streamId),
    readAll: (options) => inner.readAll(options),
    subscribeToAll: (options) => inner.subscribeToAll(options),
    close: () => inner.close(),
  };
  return { store, appends: () => appends };
}

beforeEach(() => decided.splice(0));

describe('handleCommand', () => {
  it('decides again on the stream as it now stands when another writer came first', async () => {
    const { store } = contended(1);
    const retries: number[] = [];
    const result = await handleCommand(
      store,
      counter,
      STREAM,
      { by: 'me' },
      { writer, now },
      { retries: 3, onRetry: (n) => retries.push(n) },
    );
    expect(decided).toEqual([0, 1]);
    expect(retries).toEqual([1]);
    expect(await read(store)).toEqual([
      { n: 1, by: 'other' },
      { n: 2, by: 'me' },
    ]);
    expect(result).toMatchObject({ state: 2, revision: 1, events: [{ type: 'Counted', data: { n: 2, by: 'me' } }] });
  });

  it('gives up after the bounded number of retries with the conflict', async () => {
    const { store } = contended(10);
    await expect(handleCommand(store, counter, STREAM, { by: 'me' }, { writer, now }, { retries: 2 })).rejects.toBeInstanceOf(
      WrongExpectedRevision,
    );
    expect(decided).toHaveLength(3);
    expect((await read(store)).every((data) => data.by === 'other')).toBe(true);
  });

  it('never retries when the client sent the revision it decided on, and writes nothing', async () => {
    const { store } = contended(1);
    const context = { writer, now, expectedRevision: -1 };
    await expect(handleCommand(store, counter, STREAM, { by: 'me' }, context, { retries: 3 })).rejects.toBeInstanceOf(
      WrongExpectedRevision,
    );
    expect(decided).toEqual([0]);
    expect(await read(store)).toEqual([{ n: 1, by: 'other' }]);
  });

  it('refuses a stale client revision before deciding', async () => {
    const store = new InMemoryEventStore();
    await handleCommand(store, counter, STREAM, { by: 'me' }, { writer, now }, { retries: 0 });
    const stale = handleCommand(store, counter, STREAM, { by: 'me' }, { writer, now, expectedRevision: -1 }, { retries: 3 });
    await expect(stale).rejects.toMatchObject({ name: 'WrongExpectedRevision', expected: -1, actual: 0 });
    expect(decided).toEqual([0]);
  });

  it('appends nothing when the decider decides nothing', async () => {
    const { store, appends } = contended(0);
    const result = await handleCommand(store, counter, STREAM, { by: 'me', upTo: 0 }, { writer, now }, { retries: 3 });
    expect(result).toEqual({ state: 0, events: [], revision: -1, position: null });
    expect(appends()).toBe(0);
  });

  it('does not decide again a command whose first event id is already in the stream', async () => {
    const store = new InMemoryEventStore();
    const eventIds = (index: number) => `step-7-${index}`;
    const first = await handleCommand(store, counter, STREAM, { by: 'me' }, { writer, now, eventIds }, { retries: 0 });
    const again = await handleCommand(store, counter, STREAM, { by: 'me' }, { writer, now, eventIds }, { retries: 0 });
    expect(decided).toEqual([0]);
    expect(again).toEqual({ ...first, events: [] });
    expect((await store.readStream(STREAM)).map((e) => e.id)).toEqual(['step-7-0']);
  });

  it('runs the authorisation before the revision check: an outsider learns nothing about the revision', async () => {
    const store = new InMemoryEventStore();
    const guarded = {
      ...counter,
      authorise: () => {
        throw new Error('not on the team');
      },
    };
    await expect(handleCommand(store, guarded, STREAM, { by: 'x' }, { writer, now, expectedRevision: 5 }, { retries: 0 })).rejects.toThrow(
      'not on the team',
    );
    expect(await read(store)).toEqual([]);
  });
});

describe('handleCommand on a store that remembers the streams it read', () => {
  const only = (by: string): StreamDecider<number, Count, Counted> => ({
    ...counter,
    // Only the writer named may count past 1: a refusal on a memory that is behind must not be the answer.
    authorise: (command, state) => {
      if (state >= 1 && command.by !== by) throw new Error(`only ${by} counts on`);
    },
  });

  /** `asked`: each read the store underneath answered (a read answered from memory asks nothing). */
  function remembered() {
    const inner = new InMemoryEventStore();
    const asked: number[] = [];
    const underneath: EventStore = {
      appendToStream: (...args) => inner.appendToStream(...args),
      readStream: (streamId, options) => (asked.push(options?.fromRevision ?? 0), inner.readStream(streamId, options)),
      streamExists: (streamId) => inner.streamExists(streamId),
      readAll: (options) => inner.readAll(options),
      subscribeToAll: (options) => inner.subscribeToAll(options),
      close: () => inner.close(),
    };
    return { inner, store: rememberingStreams(underneath), asked };
  }
  const count = (store: EventStore, by: string, decider = counter, onRetry = (_: number) => undefined) =>
    handleCommand(store, decider, STREAM, { by }, { writer, now, fromMemory: true }, { retries: 3, onRetry });

  it('decides on what it remembers, without asking the store, when nothing came since', async () => {
    const { store, asked } = remembered();
    await count(store, 'me');
    await store.readStream(STREAM);
    asked.splice(0);
    expect((await count(store, 'me')).revision).toBe(1);
    expect(asked).toEqual([]);
    expect(await read(store)).toEqual([
      { n: 1, by: 'me' },
      { n: 2, by: 'me' },
    ]);
  });

  it('decides again at once on the stream read now when another process wrote since: no conflict counted, nothing merged', async () => {
    const { inner, store, asked } = remembered();
    await count(store, 'me');
    await store.readStream(STREAM);
    await inner.appendToStream(STREAM, [{ id: 'other-2', type: 'Counted', data: { n: 2, by: 'other' }, metadata: {} }], {
      expectedRevision: 0,
    });
    asked.splice(0);
    const retries: number[] = [];
    const result = await count(store, 'me', counter, (n) => void retries.push(n));
    expect({ revision: result.revision, retries, asked }).toEqual({ revision: 2, retries: [], asked: [1] });
    expect((await read(inner)).map((e) => e.n)).toEqual([1, 2, 3]);
  });

  it('answers a refusal only as the stream read now has it', async () => {
    const { inner, store } = remembered();
    await count(store, 'me');
    await store.readStream(STREAM);
    // Memory says the stream is at 1 and 'you' may not count on: the stream now has 'you' as the one who may not.
    await inner.appendToStream(STREAM, [{ id: 'other-0', type: 'Counted', data: { n: 0, by: 'other' }, metadata: {} }], {
      expectedRevision: 0,
    });
    expect((await count(store, 'you', only('me'))).revision).toBe(2);
    await expect(count(store, 'you', only('me'))).rejects.toThrow('only me counts on');
    expect((await read(inner)).map((e) => e.n)).toEqual([1, 0, 1]);
  });
});
