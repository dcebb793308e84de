import type { EventStoreDBClient, StreamingRead } from '@eventstore/db-client';
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
import { isStreamNotFound, onLeader, translateFailure } from './failures';
import { InFlightAppends } from './in-flight-appends';
import { isReadable, passesFilter, toLogPosition, toRecordedEvent, withLeaderPreference } from './mapping';
import { StreamAppender } from './stream-appender';
import { subscribeToAll } from './subscribe-to-all';

const READ_ALL_PAGE = 1_000;
/** The server gives up on a write after 2 s; this leaves room for a few retries across an election. */
const APPEND_BUDGET_MS = 10_000;

export interface EventStoreDbEventStoreOptions {
  /**
   * e.g. `esdb://node1:2113,node2:2113,node3:2113?tls=false&nodePreference=leader`.
   * `nodePreference=leader` is added when missing: the head read before an append must see every write.
   */
  connectionString: string;
  /** How long an append whose outcome is unknown (timeout, lost connection) is settled and retried. */
  appendBudgetMs?: number;
}

/**
 * The event-store port on EventStoreDB / KurrentDB (22.10 or later: stream reads must carry $all
 * positions). Event ids are the ESDB event ids; the hash chain travels in each event's metadata.
 * Unlike PostgreSQL, ESDB does not refuse one event id in two streams, so DuplicateEventId is only
 * raised for an id the stream already holds with other content or out of its batch.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly subscriptions = new Set<Subscription>();
  private readonly inFlight = new InFlightAppends();
  private readonly appender: StreamAppender;

  /** `client` stands in for the one the connection string opens (tests at the client's boundary). */
  constructor(options: EventStoreDbEventStoreOptions, client?: EventStoreDBClient) {
    this.client = client ?? esdbClient().EventStoreDBClient.connectionString(withLeaderPreference(options.connectionString));
    this.appender = new StreamAppender(
      this.client,
      (streamId, read) => this.read(streamId, read),
      options.appendBudgetMs ?? APPEND_BUDGET_MS,
    );
  }

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    { expectedRevision }: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error(`nothing to append to ${streamId}`);
    return this.inFlight.run(streamId, events, expectedRevision, () => this.appender.append(streamId, events, expectedRevision));
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    try {
      return await onLeader(() => this.read(streamId, options));
    } catch (error) {
      throw translateFailure(error);
    }
  }

  async streamExists(streamId: string): Promise<boolean> {
    return (await this.readStream(streamId, { direction: 'backwards', maxCount: 1 })).length > 0;
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
        await untilDone(page, async () => {
          for await (const { event } of page) {
            read += 1;
            if (!event || (seen && comparePositions(toLogPosition(event.position), seen) <= 0)) continue;
            seen = toLogPosition(event.position);
            if (isReadable(event) && passesFilter(event, options.filter)) found.push(toRecordedEvent(event));
            if (found.length === maxCount) break;
          }
        });
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

  /** A stream read from the leader, in the client's own terms: its errors, a missing stream as empty. */
  private async read(streamId: string, options: ReadStreamOptions): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    if (options.maxCount === 0) return [];
    const read = this.client.readStream(streamId, {
      direction: backwards ? BACKWARDS : FORWARDS,
      fromRevision: options.fromRevision === undefined ? (backwards ? END : ESDB_START) : BigInt(options.fromRevision),
      maxCount: options.maxCount,
      requiresLeader: true,
    });
    const events: RecordedEvent[] = [];
    try {
      await untilDone(read, async () => {
        for await (const resolved of read) if (resolved.event) events.push(toRecordedEvent(resolved.event));
      });
    } catch (error) {
      if (isStreamNotFound(error)) return [];
      throw error;
    }
    return events;
  }
}

/**
 * Leaving a `for await` early ends the client's stream, not its gRPC call: that is cancelled here.
 * A call that never started fails its cancel too, with the error `consume` already met.
 */
async function untilDone(read: StreamingRead<unknown>, consume: () => Promise<void>): Promise<void> {
  try {
    await consume();
  } finally {
    await read.cancel().catch(() => undefined);
  }
}
