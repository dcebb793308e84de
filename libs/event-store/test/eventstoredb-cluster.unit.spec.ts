import {
  DuplicateEventId,
  EventStoreDbEventStore,
  EventStoreUnavailable,
  WrongExpectedRevision,
  type EventToAppend,
} from '@casus/event-store';
import { randomUUID } from 'node:crypto';
import { ScriptedEsdb, deadlineExceeded, notLeader } from './support/scripted-esdb';

// The cluster's failure modes, fed to the adapter as the installed client reports them (its error
// classes, its ReadStream): what a three-node cluster does that no test here can make it do.

function event(data: Record<string, unknown> = {}): EventToAppend {
  return { id: randomUUID(), type: 'PlacementRequested', data: { child: 'Noor', ...data }, metadata: { schemaVersion: 1 } };
}

function storeOn(server: ScriptedEsdb, appendBudgetMs = 2_000): EventStoreDbEventStore {
  return new EventStoreDbEventStore({ connectionString: 'esdb://scripted:2113?tls=false', appendBudgetMs }, server.client());
}

const appends = (server: ScriptedEsdb) => server.calls.filter((call) => call.method === 'appendToStream');
const openReads = (server: ScriptedEsdb) => server.reads.filter((call) => !call.cancelled && !call.readableEnded).length;

describe('EventStoreDB appends whose outcome is unknown (timeouts)', () => {
  test('a reply that timed out after the write settles as a replay: the head is read again and nothing is written twice', async () => {
    const server = new ScriptedEsdb();
    const store = storeOn(server);
    server.fail('appendToStream', deadlineExceeded(), { afterWrite: true });
    const batch = [event(), event()];
    await expect(store.appendToStream('case-1', batch, { expectedRevision: 'no-stream' })).resolves.toMatchObject({
      nextExpectedRevision: 1,
    });
    expect(server.stream('case-1').map((stored) => stored.id)).toEqual(batch.map((e) => e.id));
    expect(appends(server)).toHaveLength(1);
  });

  test('the same batch from another process, held unanswered by the server until its deadline, settles as a replay', async () => {
    const server = new ScriptedEsdb();
    const store = storeOn(server);
    const batch = [event()];
    // The other process's append is pre-committed; the server holds this identical one until the deadline.
    server.before('appendToStream', () => server.write('case-1', batch));
    server.fail('appendToStream', deadlineExceeded());
    await expect(store.appendToStream('case-1', batch, { expectedRevision: 'no-stream' })).resolves.toMatchObject({
      nextExpectedRevision: 0,
    });
    expect(server.stream('case-1')).toHaveLength(1);
  });

  test('a timeout before the write is retried after a backoff and writes once', async () => {
    const server = new ScriptedEsdb();
    const store = storeOn(server);
    server.fail('appendToStream', deadlineExceeded(), { times: 2 });
    await store.appendToStream('case-1', [event()], { expectedRevision: 'any' });
    expect(server.stream('case-1')).toHaveLength(1);
    expect(appends(server)).toHaveLength(3);
  });

  test('a cluster that keeps timing out answers EventStoreUnavailable once the time budget is spent, having written nothing', async () => {
    const server = new ScriptedEsdb();
    // A budget that holds several tries even on a loaded machine: the first try and its head read take milliseconds.
    const store = storeOn(server, 1_500);
    server.fail('appendToStream', deadlineExceeded(), { times: 1_000 });
    const error = await store.appendToStream('case-1', [event()], { expectedRevision: 'any' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventStoreUnavailable);
    expect((error as EventStoreUnavailable).cause).toMatchObject({ type: 'deadline-exceeded' });
    expect(appends(server).length).toBeGreaterThan(1);
    expect(server.stream('case-1')).toEqual([]);
  });

  test.each(['any', 'no-stream'] as const)(
    'ten concurrent appends of one batch (%s) in one process are one write with one result',
    async (expectedRevision) => {
      const server = new ScriptedEsdb();
      const store = storeOn(server);
      const batch = [event()];
      const results = await Promise.all(Array.from({ length: 10 }, () => store.appendToStream('case-1', batch, { expectedRevision })));
      expect(new Set(results.map((result) => result.nextExpectedRevision))).toEqual(new Set([0]));
      expect(appends(server)).toHaveLength(1);
      expect(server.stream('case-1')).toHaveLength(1);
    },
  );

  test('a concurrent append under a known first id with other content is not merged: it is refused with DuplicateEventId', async () => {
    const server = new ScriptedEsdb();
    const store = storeOn(server);
    const first = event();
    const [kept, other] = await Promise.allSettled([
      store.appendToStream('case-1', [first], { expectedRevision: 'any' }),
      store.appendToStream('case-1', [{ ...first, data: { child: 'someone else' } }], { expectedRevision: 'any' }),
    ]);
    expect(kept.status).toBe('fulfilled');
    expect(other).toMatchObject({ status: 'rejected', reason: expect.any(DuplicateEventId) });
    expect(server.stream('case-1')).toHaveLength(1);
  });
});

describe('EventStoreDB retries under any / stream-exists', () => {
  test.each(['any', 'stream-exists'] as const)(
    'a retry under %s after later appends returns the first result and writes nothing',
    async (expectedRevision) => {
      const server = new ScriptedEsdb();
      const store = storeOn(server);
      await store.appendToStream('placement-1', [event()], { expectedRevision: 'no-stream' });
      const recorded = [event(), event()];
      const first = await store.appendToStream('placement-1', recorded, { expectedRevision });
      await store.appendToStream('placement-1', [event(), event(), event()], { expectedRevision: 'any' });
      const again = await store.appendToStream('placement-1', recorded, { expectedRevision });
      expect(again).toEqual(first);
      expect(server.stream('placement-1')).toHaveLength(6);
    },
  );

  test.each(['any', 'stream-exists', 'no-stream'] as const)(
    'a different event under a known id (%s) is refused with DuplicateEventId and writes nothing',
    async (expectedRevision) => {
      const server = new ScriptedEsdb();
      const store = storeOn(server);
      const original = event();
      await store.appendToStream('placement-1', [original], { expectedRevision: 'no-stream' });
      await store.appendToStream('placement-1', [event()], { expectedRevision: 0 });
      const changed = { ...original, data: { child: 'Noor', decision: 'changed' } };
      await expect(store.appendToStream('placement-1', [changed], { expectedRevision })).rejects.toBeInstanceOf(DuplicateEventId);
      expect(server.stream('placement-1')).toHaveLength(2);
    },
  );
});

describe('EventStoreDB reads of $all that stop early', () => {
  test('a readAll that has what it needs after the first event cancels the gRPC read instead of leaving it open', async () => {
    const server = new ScriptedEsdb();
    server.write(
      'case-1',
      Array.from({ length: 100 }, () => event()),
    );
    const store = storeOn(server);
    const [first] = await store.readAll({ maxCount: 1 });
    expect(first.streamId).toBe('case-1');
    expect(server.reads.length).toBeGreaterThan(0);
    expect(openReads(server)).toBe(0);
  });

  test('a stream read that fails half-way cancels its gRPC read too', async () => {
    const server = new ScriptedEsdb();
    server.write('case-1', [event()]);
    server.write('case-1', [{ id: randomUUID(), type: 'Foreign', data: new Uint8Array([1]) }], false);
    server.write(
      'case-1',
      Array.from({ length: 100 }, () => event()),
    );
    const store = storeOn(server);
    await expect(store.readStream('case-1')).rejects.toThrow(/not a JSON object/);
    expect(openReads(server)).toBe(0);
  });
});

describe('EventStoreDB after a leader change', () => {
  test('head reads and appends ask for the leader', async () => {
    const server = new ScriptedEsdb();
    const store = storeOn(server);
    await store.appendToStream('case-1', [event()], { expectedRevision: 'no-stream' });
    await store.readStream('case-1');
    const leaderCalls = server.calls.filter((call) => call.method !== 'readAll');
    expect(leaderCalls.map((call) => call.method)).toEqual(expect.arrayContaining(['readStream', 'appendToStream']));
    expect(leaderCalls.every((call) => call.options.requiresLeader === true)).toBe(true);
  });

  test('an append a follower refuses with not-leader is retried on the leader and written once', async () => {
    const server = new ScriptedEsdb();
    const store = storeOn(server);
    server.fail('appendToStream', notLeader());
    await expect(store.appendToStream('case-1', [event()], { expectedRevision: 'no-stream' })).resolves.toMatchObject({
      nextExpectedRevision: 0,
    });
    expect(server.stream('case-1')).toHaveLength(1);
  });

  test('a head read or stream read a follower refuses with not-leader is retried', async () => {
    const server = new ScriptedEsdb();
    const store = storeOn(server);
    server.fail('readStream', notLeader());
    await store.appendToStream('case-1', [event()], { expectedRevision: 'no-stream' });
    server.fail('readStream', notLeader());
    expect(await store.readStream('case-1')).toHaveLength(1);
  });
});

describe('EventStoreDB conflicts', () => {
  test('WrongExpectedRevision reports the revision the server refused at, not a later re-read', async () => {
    const server = new ScriptedEsdb();
    const store = storeOn(server);
    await store.appendToStream('case-1', [event()], { expectedRevision: 'no-stream' });
    server.before('appendToStream', () => server.write('case-1', [event()]));
    server.before('readStream', () => undefined);
    server.before('readStream', () => server.write('case-1', [event()]));
    const error = await store.appendToStream('case-1', [event()], { expectedRevision: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WrongExpectedRevision);
    expect(error).toMatchObject({ expected: 0, actual: 1 });
  });
});

describe('EventStoreDB events Casus cannot read', () => {
  test('readAll passes over an event that is not JSON and reads on', async () => {
    const server = new ScriptedEsdb();
    const ours = [event(), event()];
    server.write('case-1', [ours[0]]);
    server.write('foreign-1', [{ id: randomUUID(), type: 'Foreign', data: new Uint8Array([1, 2]) }], false);
    server.write('case-1', [ours[1]]);
    const store = storeOn(server);
    expect((await store.readAll()).map((read) => read.id)).toEqual(ours.map((e) => e.id));
  });
});
