import { setTimeout as sleep } from 'node:timers/promises';
import type { EventStoreDBClient, Filter, Position } from '@eventstore/db-client';
import {
  EventStoreDbEventStore,
  EventStoreUnavailable,
  GENESIS_HASH,
  findChainBreak,
  type RecordedEvent,
  type SubscriptionBatch,
} from '@casus/event-store';
import { Transform } from 'node:stream';
import { NO_HEAD, linkEvents } from '../src/eventstoredb/chain';
import { ANY, ERROR, NO_STREAM, START as ESDB_START, esdbClient } from '../src/eventstoredb/client';
import { isConnectionFailure, isPermanentFailure, reconnectDelay, translateFailure } from '../src/eventstoredb/failures';
import {
  CHAIN_KEY,
  expectationHolds,
  headToEsdbRevision,
  packMetadata,
  passesFilter,
  serverFilter,
  toLogPosition,
  toRecordedEvent,
  unpackMetadata,
  withLeaderPreference,
} from '../src/eventstoredb/mapping';
import { subscribeToAll } from '../src/eventstoredb/subscribe-to-all';

const appended = [
  {
    id: '6f1c4c1e-0d5a-4c59-9a63-7d1b1b3f0a01',
    type: 'SignalRegistered',
    data: { child: 'Noor' },
    metadata: { actor: 'wijkteam-7', schemaVersion: 1 },
  },
  {
    id: '6f1c4c1e-0d5a-4c59-9a63-7d1b1b3f0a02',
    type: 'CaseLeadAssigned',
    data: { lead: 'gi-3' },
    metadata: { actor: 'gi-3', schemaVersion: 1 },
  },
];

// The writer's clock, a little before the server's `created`: the chain hashes the writer's time.
const WRITTEN_AT = new Date('2026-03-02T08:59:59.998Z');

function stored(linked: ReturnType<typeof linkEvents>[number], revision: number, streamId = 'case-1', position = BigInt(100 + revision)) {
  return {
    streamId,
    id: linked.id,
    isJson: true as const,
    revision: BigInt(revision),
    type: linked.type,
    created: new Date('2026-03-02T09:00:00Z'),
    data: linked.data as Record<string, unknown>,
    metadata: linked.metadata,
    position: { commit: position, prepare: position },
  };
}

describe('EventStoreDB client constants', () => {
  test('the spelt-out constants and filters are the ones the installed client uses', () => {
    const client = esdbClient();
    expect([ANY, NO_STREAM, ESDB_START]).toEqual([client.ANY, client.NO_STREAM, client.START]);
    expect(Object.values(ERROR).every((type) => Object.values(client.ErrorType).includes(type as never))).toBe(true);
    const reached = () => undefined;
    expect(serverFilter({ streamPrefixes: ['case-'] }, reached)).toEqual(
      client.streamNameFilter({ prefixes: ['case-'], checkpointReached: reached }),
    );
    expect(serverFilter(undefined, reached)).toEqual(client.excludeSystemEvents({ checkpointReached: reached }));
  });
});

describe('EventStoreDB mapping: revisions and positions', () => {
  test('a head at -1 appends as no-stream, any other as its bigint revision', () => {
    expect(headToEsdbRevision(-1)).toBe(NO_STREAM);
    expect(headToEsdbRevision(3)).toBe(3n);
  });

  test.each([
    ['any', -1, true],
    ['any', 5, true],
    ['no-stream', -1, true],
    ['no-stream', 0, false],
    ['stream-exists', -1, false],
    ['stream-exists', 0, true],
    [2, 2, true],
    [2, 3, false],
    [0, -1, false],
  ] as const)('expected %s against a stream at %s holds: %s', (expected, current, holds) => {
    expect(expectationHolds(expected, current)).toBe(holds);
  });

  test('ESDB positions are log positions as they are; a missing one sorts after every real one', () => {
    expect(toLogPosition({ commit: 1_234n, prepare: 1_200n })).toEqual({ commit: 1_234n, prepare: 1_200n });
    expect(toLogPosition(undefined)).toEqual({ commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n });
  });
});

describe('EventStoreDB mapping: the hash chain in metadata', () => {
  test('a stream written from scratch carries a chain that the audit accepts, and reads back without the link key', () => {
    const linked = linkEvents(NO_HEAD, 'case-1', appended, WRITTEN_AT);
    const read = linked.map((event, revision) => toRecordedEvent(stored(event, revision)));
    expect(read.map((event) => event.metadata)).toEqual(appended.map((event) => event.metadata));
    expect(read.every((event) => !(CHAIN_KEY in event.metadata))).toBe(true);
    expect(read[0].previousHash).toBe(GENESIS_HASH);
    expect(read[1].previousHash).toBe(read[0].hash);
    expect(findChainBreak(read)).toBeUndefined();
    expect(read.map((event) => [event.revision, event.recordedAt.toISOString(), event.position.commit])).toEqual([
      [0, '2026-03-02T08:59:59.998Z', 100n],
      [1, '2026-03-02T08:59:59.998Z', 101n],
    ]);
  });

  test('appending after a head links to that head, so two appends chain as one', () => {
    const [first, second] = appended;
    const [linkedFirst] = linkEvents(NO_HEAD, 'case-1', [first]);
    const head = toRecordedEvent(stored(linkedFirst, 0));
    const [linkedSecond] = linkEvents({ revision: 0, hash: head.hash, eventId: head.id }, 'case-1', [second]);
    expect(findChainBreak([head, toRecordedEvent(stored(linkedSecond, 1))])).toBeUndefined();
  });

  test('a changed event breaks the chain at that event', () => {
    const read = linkEvents(NO_HEAD, 'case-1', appended, WRITTEN_AT).map((event, revision) => toRecordedEvent(stored(event, revision)));
    const tampered = [read[0], { ...read[1], data: { lead: 'someone-else' } }];
    expect(findChainBreak(tampered)).toMatchObject({ revision: 1 });
  });

  test('the link covers the event id, the stream and the time: changing any of them, or relabelling the link as version 1, breaks it', () => {
    const read = linkEvents(NO_HEAD, 'case-1', appended, WRITTEN_AT).map((event, revision) => toRecordedEvent(stored(event, revision)));
    expect(read.map((event) => event.chainVersion)).toEqual([2, 2]);
    for (const changed of [
      { id: '6f1c4c1e-0d5a-4c59-9a63-7d1b1b3f0aff' },
      { streamId: 'case-2' },
      { recordedAt: new Date('2026-03-01T08:59:59.998Z') },
      { chainVersion: 1 as const },
    ]) {
      expect(findChainBreak([read[0], { ...read[1], ...changed, streamId: changed.streamId ?? 'case-1' }])).toMatchObject({ revision: 1 });
    }
  });

  test('metadata packs the link beside the caller metadata and unpacks to exactly the caller metadata', () => {
    const packed = packMetadata({ correlationId: 'c-1' }, { hash: 'h1', previousHash: 'h0' });
    expect(packed).toEqual({ correlationId: 'c-1', [CHAIN_KEY]: { hash: 'h1', previousHash: 'h0' } });
    expect(unpackMetadata(packed)).toEqual({ metadata: { correlationId: 'c-1' }, link: { hash: 'h1', previousHash: 'h0' } });
  });

  test('an event written outside Casus reads with empty links, which the audit reports', () => {
    expect(unpackMetadata(undefined)).toEqual({ metadata: {}, link: { hash: '', previousHash: '' } });
    expect(unpackMetadata({ note: 'x' }).link).toEqual({ hash: '', previousHash: '' });
  });

  test('a binary event is refused rather than read as empty', () => {
    const binary = { ...stored(linkEvents(NO_HEAD, 'case-1', appended, WRITTEN_AT)[0], 0), isJson: false, data: new Uint8Array([1]) };
    expect(() => toRecordedEvent(binary as never)).toThrow(/not a JSON object/);
  });
});

describe('EventStoreDB mapping: filters and connection', () => {
  test('system streams and system event types never pass; prefixes and types both apply', () => {
    const filter = { streamPrefixes: ['case-'], eventTypes: ['SignalRegistered'] };
    expect(passesFilter({ streamId: '$stats-127.0.0.1:2113', type: '$statsCollected' })).toBe(false);
    expect(passesFilter({ streamId: '$ce-case', type: '$>' })).toBe(false);
    expect(passesFilter({ streamId: 'case-1', type: '$metadata' })).toBe(false);
    expect(passesFilter({ streamId: 'case-1', type: 'SignalRegistered' }, filter)).toBe(true);
    expect(passesFilter({ streamId: 'case-1', type: 'CaseLeadAssigned' }, filter)).toBe(false);
    expect(passesFilter({ streamId: 'placement-1', type: 'SignalRegistered' }, filter)).toBe(false);
  });

  test('the server filters on stream prefixes, else on exact event types, else on non-system events', () => {
    const reached = () => undefined;
    expect(serverFilter({ streamPrefixes: ['case-'], eventTypes: ['X'] }, reached)).toMatchObject({
      filterOn: 'streamName',
      prefixes: ['case-'],
    });
    const types = serverFilter({ eventTypes: ['Case.Closed', 'A'] }, reached) as Filter & { regex: string };
    expect(types).toMatchObject({ filterOn: 'eventType' });
    expect(new RegExp(types.regex).test('Case.Closed')).toBe(true);
    expect(new RegExp(types.regex).test('CaseXClosed')).toBe(false);
    expect(new RegExp(types.regex).test('Case.ClosedAgain')).toBe(false);
    expect(serverFilter(undefined, reached)).toMatchObject({ filterOn: 'eventType', regex: '^[^$].*' });
    expect(serverFilter(undefined, reached).checkpointReached).toBe(reached);
  });

  test('nodePreference=leader is added unless the connection string chose one', () => {
    expect(withLeaderPreference('esdb://node1:2113,node2:2113?tls=false')).toBe(
      'esdb://node1:2113,node2:2113?tls=false&nodePreference=leader',
    );
    expect(withLeaderPreference('esdb://localhost:2113')).toBe('esdb://localhost:2113?nodePreference=leader');
    expect(withLeaderPreference('esdb://h:2113?NodePreference=follower')).toBe('esdb://h:2113?NodePreference=follower');
  });
});

describe('EventStoreDB mapping: failures', () => {
  test.each([ERROR.unavailable, ERROR.deadlineExceeded, ERROR.notLeader, ERROR.timeout])('%s is a connection failure', (type) => {
    expect(isConnectionFailure({ type })).toBe(true);
    expect(translateFailure({ type })).toBeInstanceOf(EventStoreUnavailable);
  });

  test('conflicts, missing streams and refusals are not connection failures', () => {
    for (const type of [ERROR.wrongExpectedVersion, ERROR.streamNotFound, ERROR.accessDenied]) {
      expect(isConnectionFailure({ type })).toBe(false);
    }
    const conflict = { type: ERROR.wrongExpectedVersion };
    expect(translateFailure(conflict)).toBe(conflict);
  });

  test('discovery that finds no node is a connection failure; access denied is permanent', () => {
    expect(isConnectionFailure(new Error('Failed to discover after 10 attempts.'))).toBe(true);
    expect(isConnectionFailure(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isPermanentFailure({ type: ERROR.accessDenied })).toBe(true);
    expect(isPermanentFailure({ type: ERROR.unavailable })).toBe(false);
  });

  test('reconnects back off from 100 ms to at most 10 s', () => {
    const delays = Array.from({ length: 12 }, (_, attempt) => reconnectDelay(attempt, () => 1));
    expect(delays.slice(0, 4)).toEqual([100, 200, 400, 800]);
    expect(Math.max(...delays)).toBe(10_000);
    expect(reconnectDelay(0, () => 0)).toBe(80);
  });
});

type ServerMessage = { event: ReturnType<typeof stored> } | { checkpoint: Position } | { caughtUp: true } | { fail: Error };

/** Behaves like the client's Subscription: a Transform that awaits checkpointReached in order. */
class FakeSubscription extends Transform {
  unsubscribed = false;
  constructor(private readonly serverFilter?: Filter) {
    super({ objectMode: true });
  }
  override async _transform(message: ServerMessage, _: BufferEncoding, next: (error?: Error | null, data?: unknown) => void) {
    if ('caughtUp' in message) this.emit('caughtUp');
    if ('checkpoint' in message) await this.serverFilter?.checkpointReached?.(this as never, message.checkpoint);
    if ('fail' in message) return void this.emit('error', message.fail);
    next(null, 'event' in message ? { event: message.event } : undefined);
  }
  async unsubscribe() {
    this.unsubscribed = true;
    this.end();
  }
}

function fakeServer() {
  const subscriptions: { sub: FakeSubscription; fromPosition: unknown }[] = [];
  const client = {
    subscribeToAll(options: { fromPosition: unknown; filter?: Filter }) {
      const sub = new FakeSubscription(options.filter);
      subscriptions.push({ sub, fromPosition: options.fromPosition });
      return sub;
    },
  } as unknown as EventStoreDBClient;
  const send = (index: number, ...messages: ServerMessage[]) => messages.forEach((message) => subscriptions[index].sub.write(message));
  return { client, subscriptions, send };
}

const linkedOnce = linkEvents(NO_HEAD, 'case-1', [appended[0]])[0];
const at = (position: number, streamId = 'case-1') => ({
  event: stored({ ...linkedOnce, id: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}` }, 0, streamId, BigInt(position)),
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i += 1) await sleep(5);
  expect(condition()).toBe(true);
}

describe('EventStoreDB subscription (against a scripted server)', () => {
  test('batches arrive in order, and no checkpoint ever passes an event not yet handled', async () => {
    const { client, send } = fakeServer();
    const batches: SubscriptionBatch[] = [];
    const subscription = subscribeToAll(client, {
      maxBatchSize: 2,
      handle: async (batch) => {
        await sleep(3);
        batches.push(batch);
      },
    });
    send(0, at(10), at(20), { checkpoint: { commit: 25n, prepare: 25n } }, at(30), at(40, '$stats-x'), at(50), {
      checkpoint: { commit: 55n, prepare: 55n },
    });
    await until(() => batches.at(-1)?.checkpoint.commit === 55n);
    await subscription.stop();

    const handled: RecordedEvent[] = [];
    for (const batch of batches) {
      handled.push(...batch.events);
      expect(handled.every((event) => event.position.commit <= batch.checkpoint.commit)).toBe(true);
      const later = [10n, 20n, 30n, 50n].filter((position) => !handled.some((event) => event.position.commit === position));
      expect(later.every((position) => position > batch.checkpoint.commit)).toBe(true);
    }
    expect(handled.map((event) => event.position.commit)).toEqual([10n, 20n, 30n, 50n]);
    expect(batches.every((batch) => batch.events.length <= 2)).toBe(true);
  });

  test('the caught-up signal reaches the handler, even with nothing to hand over', async () => {
    const { client, send } = fakeServer();
    const batches: SubscriptionBatch[] = [];
    const subscription = subscribeToAll(client, { handle: async (batch) => void batches.push(batch) });
    send(0, at(10), { caughtUp: true });
    await until(() => batches.some((batch) => batch.caughtUp));
    await subscription.stop();
    expect(batches.flatMap((batch) => batch.events).map((event) => event.position.commit)).toEqual([10n]);
  });

  test('a dropped subscription resumes from the last handled checkpoint and hands nothing over twice', async () => {
    const { client, subscriptions, send } = fakeServer();
    const seen: bigint[] = [];
    const stops: unknown[] = [];
    const subscription = subscribeToAll(client, {
      filter: { streamPrefixes: ['case-'] },
      handle: async (batch) => void seen.push(...batch.events.map((event) => event.position.commit)),
      onStop: (error) => stops.push(error),
    });
    send(0, at(10), at(20));
    await until(() => seen.length === 2);
    send(0, { fail: Object.assign(new Error('node went away'), { type: ERROR.unavailable }) });
    await until(() => subscriptions.length === 2);
    expect(subscriptions[0].fromPosition).toBe(ESDB_START);
    expect(subscriptions[1].fromPosition).toEqual({ commit: 20n, prepare: 20n });
    send(1, at(20), at(30));
    await until(() => seen.length === 3);
    await subscription.stop();
    expect(seen).toEqual([10n, 20n, 30n]);
    expect(stops).toEqual([undefined]);
    expect(subscriptions.every(({ sub }) => sub.unsubscribed)).toBe(true);
  });

  test('an event Casus cannot read (not JSON) is passed over: the checkpoint moves past it and the subscription reads on', async () => {
    const { client, subscriptions, send } = fakeServer();
    const batches: SubscriptionBatch[] = [];
    const stops: unknown[] = [];
    const subscription = subscribeToAll(client, {
      handle: async (batch) => void batches.push(batch),
      onStop: (error) => stops.push(error),
    });
    const foreign = { event: { ...at(20).event, isJson: false as const, data: new Uint8Array([1]) } } as unknown as ReturnType<typeof at>;
    send(0, at(10), foreign, at(30), { checkpoint: { commit: 35n, prepare: 35n } });
    await until(() => batches.at(-1)?.checkpoint.commit === 35n);
    await subscription.stop();
    expect(batches.flatMap((batch) => batch.events).map((event) => event.position.commit)).toEqual([10n, 30n]);
    expect(subscriptions).toHaveLength(1);
    expect(stops).toEqual([undefined]);
  });

  test('a failing handler stops the subscription with its error instead of reconnecting', async () => {
    const { client, subscriptions, send } = fakeServer();
    const refused = new Error('read model refused the event');
    const stopped = new Promise((resolve) => subscribeToAll(client, { handle: async () => Promise.reject(refused), onStop: resolve }));
    send(0, at(10));
    await expect(stopped).resolves.toBe(refused);
    expect(subscriptions).toHaveLength(1);
  });

  test('access denied stops the subscription instead of retrying forever', async () => {
    const { client, subscriptions, send } = fakeServer();
    const stopped = new Promise((resolve) => subscribeToAll(client, { handle: async () => undefined, onStop: resolve }));
    const denied = Object.assign(new Error('access denied'), { type: ERROR.accessDenied });
    send(0, { fail: denied });
    await expect(stopped).resolves.toBe(denied);
    expect(subscriptions).toHaveLength(1);
  });
});

describe('EventStoreDB event store without a server', () => {
  test('a store whose server cannot be reached answers EventStoreUnavailable', async () => {
    // No time budget: the first failure is the answer (retries are tested in eventstoredb-cluster.unit.spec.ts).
    const store = new EventStoreDbEventStore({ connectionString: 'esdb://127.0.0.1:1?tls=false', appendBudgetMs: 0 });
    try {
      await expect(store.readStream('case-unreachable')).rejects.toBeInstanceOf(EventStoreUnavailable);
      await expect(store.appendToStream('case-unreachable', appended, { expectedRevision: 'no-stream' })).rejects.toBeInstanceOf(
        EventStoreUnavailable,
      );
    } finally {
      await store.close();
    }
  });
});
