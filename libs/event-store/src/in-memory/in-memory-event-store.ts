import { EventEmitter, once } from 'node:events';
import { runCatchUpLoop } from '../catch-up-loop';
import { DuplicateEventId, WrongExpectedRevision } from '../errors';
import { CHAIN_VERSION, GENESIS_HASH, chainHash, contentHash } from '../hash-chain';
import { matchesFilter } from '../log-filter';
import { comparePositions } from '../positions';
import type {
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  LogFilter,
  LogPosition,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '../types';
import { START } from '../types';

/** For domain and unit tests only: one process, nothing kept. */
export class InMemoryEventStore implements EventStore {
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly appends = new EventEmitter().setMaxListeners(0);
  private appendCount = 0;

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error(`nothing to append to ${streamId}`);
    const stream = this.streams.get(streamId) ?? [];
    const replay = this.replayedAppend(streamId, events);
    if (replay) return replay;
    const current = stream.length - 1;
    const expected = options.expectedRevision;
    const matches =
      expected === 'any' ||
      (expected === 'no-stream' ? current === -1 : expected === 'stream-exists' ? current >= 0 : expected === current);
    if (!matches) throw new WrongExpectedRevision(streamId, expected, current);
    let previousHash = stream.at(-1)?.hash ?? GENESIS_HASH;
    const recordedAt = new Date();
    for (const event of events) {
      const revision = stream.length;
      const content = {
        ...structuredClone({ id: event.id, type: event.type, data: event.data, metadata: event.metadata }),
        streamId,
        recordedAt,
      };
      const hash = chainHash(previousHash, revision, contentHash(content));
      const recorded: RecordedEvent = {
        ...content,
        revision,
        position: { commit: BigInt(this.log.length + 1), prepare: BigInt(this.log.length + 1) },
        hash,
        previousHash,
        chainVersion: CHAIN_VERSION,
      };
      stream.push(recorded);
      this.log.push(recorded);
      previousHash = hash;
    }
    this.streams.set(streamId, stream);
    this.appendCount += 1;
    this.appends.emit('append');
    const last = stream[stream.length - 1];
    return { nextExpectedRevision: last.revision, position: last.position };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const stream = this.streams.get(streamId) ?? [];
    const ordered = options.direction === 'backwards' ? [...stream].reverse() : stream;
    const from = options.fromRevision;
    const selected = ordered.filter((event) =>
      from === undefined ? true : options.direction === 'backwards' ? event.revision <= from : event.revision >= from,
    );
    return selected.slice(0, options.maxCount ?? selected.length);
  }

  async streamExists(streamId: string): Promise<boolean> {
    return this.streams.has(streamId);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.readBatch(options.after ?? START, options.maxCount ?? 1_000, options.filter).events;
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    return runCatchUpLoop(
      {
        readBatch: async (after, maxCount) => ({ ...this.readBatch(after, maxCount, options.filter), heldBack: false }),
        wakes: () => this.appendCount,
        waitForAppends: async (since, timeoutMs, signal) => {
          if (this.appendCount !== since) return;
          await once(this.appends, 'append', { signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) }).catch(() => undefined);
        },
      },
      options,
    );
  }

  async close(): Promise<void> {}

  private readBatch(after: LogPosition, maxCount: number, filter?: LogFilter) {
    const unread = this.log.filter((event) => comparePositions(event.position, after) > 0);
    const events: RecordedEvent[] = [];
    let checkpoint = after;
    for (const event of unread) {
      if (events.length === maxCount) return { events, checkpoint, caughtUp: false };
      if (matchesFilter(event, filter)) events.push(event);
      checkpoint = event.position;
    }
    return { events, checkpoint, caughtUp: true };
  }

  private replayedAppend(streamId: string, events: readonly EventToAppend[]): AppendResult | undefined {
    const known = events.map((event) => this.log.find((recorded) => recorded.id === event.id));
    if (known.every((event) => event === undefined)) return undefined;
    if (known.some((event) => event?.streamId !== streamId)) throw new DuplicateEventId(events[0].id);
    const last = known[known.length - 1]!;
    return { nextExpectedRevision: last.revision, position: last.position };
  }
}
