import type { EventStoreDBClient } from '@eventstore/db-client';
import { setTimeout as sleep } from 'node:timers/promises';
import { DuplicateEventId, WrongExpectedRevision } from '../errors';
import { comparePositions } from '../positions';
import type {
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '../types';
import { BACKWARDS, END, FORWARDS, START as ESDB_START, esdbClient } from './client';
import { NO_HEAD, linkEvents, type StreamHead } from './chain';
import { isStreamNotFound, isWrongExpectedVersion, translateFailure } from './failures';
import { expectationHolds, headToEsdbRevision, passesFilter, toLogPosition, toRecordedEvent, withLeaderPreference } from './mapping';
import { subscribeToAll } from './subscribe-to-all';

/** Appends that lose a race with another writer under 'any' / 'stream-exists' read the head again this often. */
const MAX_APPEND_ATTEMPTS = 50;
const READ_ALL_PAGE = 1_000;

export interface EventStoreDbEventStoreOptions {
  /**
   * e.g. `esdb://node1:2113,node2:2113,node3:2113?tls=false&nodePreference=leader`.
   * `nodePreference=leader` is added when missing: the head read before an append must see every write.
   */
  connectionString: string;
}

/**
 * The event-store port on EventStoreDB / KurrentDB (22.10 or later: stream reads must carry $all
 * positions). Event ids are the ESDB event ids; the hash chain travels in each event's metadata.
 * Unlike PostgreSQL, ESDB does not refuse one event id in two streams, so DuplicateEventId is only
 * raised for a retry whose ids do not line up with what the stream holds.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly subscriptions = new Set<Subscription>();

  constructor(options: EventStoreDbEventStoreOptions) {
    this.client = esdbClient().EventStoreDBClient.connectionString(withLeaderPreference(options.connectionString));
  }

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    { expectedRevision }: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error(`nothing to append to ${streamId}`);
    for (let attempt = 1; ; attempt += 1) {
      const head = await this.readHead(streamId);
      const replayed = await this.replayedAppend(streamId, events, expectedRevision, head);
      if (replayed) return replayed;
      if (!expectationHolds(expectedRevision, head.revision) || attempt > MAX_APPEND_ATTEMPTS) {
        throw new WrongExpectedRevision(streamId, expectedRevision, head.revision);
      }
      try {
        const result = await this.client.appendToStream(streamId, linkEvents(head, streamId, events), {
          expectedRevision: headToEsdbRevision(head.revision),
        });
        const nextExpectedRevision = Number(result.nextExpectedRevision);
        // An idempotent write (same ids, same place) comes back without a position.
        const position = result.position ? toLogPosition(result.position) : (await this.eventAt(streamId, nextExpectedRevision)).position;
        return { nextExpectedRevision, position };
      } catch (error) {
        if (!isWrongExpectedVersion(error)) throw translateFailure(error);
        // Another writer moved the stream after the head was read: the next round decides whether
        // that was this very append (a retry), a real conflict, or a race worth another try.
        await sleep(Math.random() * Math.min(50, attempt * 2));
      }
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision === undefined ? (backwards ? END : ESDB_START) : BigInt(options.fromRevision);
    if (options.maxCount === 0) return [];
    try {
      const read = this.client.readStream(streamId, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: from,
        maxCount: options.maxCount,
      });
      const events: RecordedEvent[] = [];
      for await (const resolved of read) if (resolved.event) events.push(toRecordedEvent(resolved.event));
      return events;
    } catch (error) {
      if (isStreamNotFound(error)) return [];
      throw translateFailure(error);
    }
  }

  async streamExists(streamId: string): Promise<boolean> {
    return (await this.readHead(streamId)).revision >= 0;
  }

  /** ESDB 6.x clients cannot filter reads of $all on the server: pages are filtered here. */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const maxCount = options.maxCount ?? 1_000;
    const found: RecordedEvent[] = [];
    let seen = options.after;
    try {
      while (found.length < maxCount) {
        // fromPosition is inclusive: the event at `seen` comes back first and is skipped.
        const page = this.client.readAll({ fromPosition: seen ?? ESDB_START, maxCount: READ_ALL_PAGE });
        let read = 0;
        for await (const { event } of page) {
          read += 1;
          if (!event || (seen && comparePositions(toLogPosition(event.position), seen) <= 0)) continue;
          seen = toLogPosition(event.position);
          if (passesFilter(event, options.filter)) found.push(toRecordedEvent(event));
          if (found.length === maxCount) break;
        }
        if (read < READ_ALL_PAGE) break;
      }
      return found;
    } catch (error) {
      throw translateFailure(error);
    }
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    const subscription = subscribeToAll(this.client, {
      ...options,
      onStop: (error) => {
        this.subscriptions.delete(subscription);
        options.onStop?.(error);
      },
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.client.dispose();
  }

  private async readHead(streamId: string): Promise<StreamHead> {
    const [last] = await this.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    return last ? { revision: last.revision, hash: last.hash, eventId: last.id } : NO_HEAD;
  }

  private async eventAt(streamId: string, revision: number): Promise<RecordedEvent> {
    const [event] = await this.readStream(streamId, { fromRevision: revision, maxCount: 1 });
    if (!event) throw new Error(`${streamId} has no event at revision ${revision}`);
    return event;
  }

  /**
   * A retry of an append that already happened returns the first result. With an exact expectation
   * the events can only sit right after it; under 'any' only a retry of the latest append is
   * recognised (ESDB's own idempotency under ANY is best-effort too).
   */
  private async replayedAppend(
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
    head: StreamHead,
  ): Promise<AppendResult | undefined> {
    const from =
      typeof expected === 'number'
        ? expected + 1
        : expected === 'no-stream'
          ? 0
          : head.eventId === events.at(-1)!.id
            ? head.revision - events.length + 1
            : -1;
    if (from < 0 || head.revision < from + events.length - 1) return undefined;
    const stored = await this.readStream(streamId, { fromRevision: from, maxCount: events.length });
    if (stored[0]?.id !== events[0].id) return undefined;
    if (stored.length !== events.length || stored.some((event, index) => event.id !== events[index].id))
      throw new DuplicateEventId(events[0].id);
    const last = stored[stored.length - 1];
    return { nextExpectedRevision: last.revision, position: last.position };
  }
}
