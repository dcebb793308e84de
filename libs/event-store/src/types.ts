import type { ChainVersion } from './hash-chain';
import type { JsonObject } from './json-object';

/**
 * A place in the global log. Totally ordered by (commit, prepare), as in EventStoreDB.
 * PostgreSQL: commit = the appending transaction's id, prepare = the row's sequence number,
 * because sequence numbers are taken before commit and so do not follow commit order.
 */
export interface LogPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

export const START: LogPosition = Object.freeze({ commit: 0n, prepare: 0n });

/** exact revision (0-based), or a condition on the stream's existence. */
export type ExpectedRevision = number | 'any' | 'no-stream' | 'stream-exists';

export type { JsonObject };

export interface EventToAppend {
  /** UUID chosen by the writer; appending the same ids again is a no-op that returns the first result. */
  readonly id: string;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
}

export interface RecordedEvent {
  readonly id: string;
  readonly streamId: string;
  readonly revision: number;
  readonly position: LogPosition;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: JsonObject;
  readonly recordedAt: Date;
  /** Hash chain link: SHA-256 of this event over its content and `previousHash`. */
  readonly hash: string;
  readonly previousHash: string;
  /** Which fields the link covers (see hash-chain.ts); absent: the current version. */
  readonly chainVersion?: ChainVersion;
}

export interface AppendResult {
  /** Revision of the last event written: pass it as the next expected revision. */
  readonly nextExpectedRevision: number;
  /** Position of the last event written (for read-your-writes). */
  readonly position: LogPosition;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive; default the start (forwards) or the end (backwards). */
  readonly fromRevision?: number;
  readonly maxCount?: number;
  /**
   * The whole stream as this store remembers it, without asking for what came since: it may be behind, so it is for a
   * decision whose append's expected revision proves it was not (handleCommand). A store without a memory reads it.
   */
  readonly fromMemory?: boolean;
}

export interface LogFilter {
  readonly streamPrefixes?: readonly string[];
  readonly eventTypes?: readonly string[];
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. */
  readonly after?: LogPosition;
  readonly maxCount?: number;
  readonly filter?: LogFilter;
}

/**
 * A batch handed to a subscriber. `checkpoint` is the position the subscriber may store once the
 * batch is handled; it can move past filtered-out events, so `events` may be empty.
 */
export interface SubscriptionBatch {
  readonly events: readonly RecordedEvent[];
  readonly checkpoint: LogPosition;
  /** true when the batch reached the end of the log as it stood when read (live from here on). */
  readonly caughtUp: boolean;
}

export interface SubscribeOptions {
  readonly after?: LogPosition;
  readonly filter?: LogFilter;
  readonly maxBatchSize?: number;
  /**
   * Woken sooner than this after its last read, the subscription waits out the rest before it reads again: under a
   * stream of appends one read (and one handler call) then takes this long's events, while a wake-up after a quiet
   * spell is read at once. Default 0. Stores that push (EventStoreDB) hand out what they have.
   */
  readonly liveReadSpacingMs?: number;
  /** Called one batch at a time; the next batch is read only after this resolves. */
  readonly handle: (batch: SubscriptionBatch) => Promise<void>;
  /** The subscription stops after a handler error or an unrecoverable store error. */
  readonly onStop?: (error?: unknown) => void;
}

export interface Subscription {
  stop(): Promise<void>;
}

export interface EventStore {
  appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult>;
  /** Events of one stream; an unknown stream reads as empty (see streamExists). */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  streamExists(streamId: string): Promise<boolean>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribeToAll(options: SubscribeOptions): Subscription;
  close(): Promise<void>;
}
