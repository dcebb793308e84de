import { WrongExpectedRevision, type EventStore, type LogPosition } from '@casus/event-store';
import { randomUUID } from 'node:crypto';
import { foldStream, type StreamCodec, type StreamEvent } from './codec';
import type { Writer } from './metadata';
import { afterConflict, type RetryPolicy } from './retry';

/** A stream kind's decider with the codec its events are stored through. */
export type StreamDecider<S, C, E extends StreamEvent> = Readonly<{
  codec: StreamCodec<E>;
  initialState: () => S;
  evolve: (state: S, event: E) => S;
  /** Who may ask, checked before the revision: a revision answer would tell an outsider that the stream exists. */
  authorise?: (command: C, state: S, now: Date) => void;
  decide: (command: C, state: S, now: Date) => readonly E[];
}>;

export type CommandContext = Readonly<{
  writer: Writer;
  now: Date;
  /** Ids chosen by the writer (a process step, a seed): a command whose first id is in the stream was carried out before. */
  eventIds?: (index: number) => string;
  /** Sent by the client: any change since is refused, never decided again. */
  expectedRevision?: number;
  /** Decide first on what the store remembers of the stream (a store that remembers: rememberingStreams). */
  fromMemory?: boolean;
}>;

export type CommandResult<S, E> = Readonly<{
  state: S;
  /** What the command appended; none when it changed nothing or was carried out before. */
  events: readonly E[];
  /** The stream's revision after the command (-1: no stream). */
  revision: number;
  /** Where the stream's last event is in the log; null for no stream. */
  position: LogPosition | null;
}>;

/**
 * Read the stream, decode and fold, decide, append at the revision decided on; on a conflict decide again. The first
 * decision may be made on what the store remembers of the stream (`fromMemory`), which saves a read: only an append
 * made on it counts, since the expected revision proves the memory was the whole stream (`context.fromMemory`). Anything else — a refusal,
 * nothing to do, a conflict — is decided again on the stream as read now, and only that answer is given.
 */
export async function handleCommand<S, C, E extends StreamEvent>(
  store: EventStore,
  decider: StreamDecider<S, C, E>,
  streamId: string,
  command: C,
  context: CommandContext,
  retry: RetryPolicy,
): Promise<CommandResult<S, E>> {
  const { now, eventIds, expectedRevision } = context;
  // A writer that chose its ids asks whether they are in the stream: only the stream read now can say.
  let fromMemory = context.fromMemory === true && eventIds === undefined;
  for (let conflicts = 0; ;) {
    const memory = fromMemory;
    fromMemory = false;
    const recorded = await store.readStream(streamId, memory ? { fromMemory: true } : undefined);
    const revision = recorded.length - 1;
    const state = foldStream(decider.codec, decider, recorded);
    const unchanged = { state, events: [], revision, position: recorded.at(-1)?.position ?? null };
    const firstId = eventIds?.(0);
    if (firstId !== undefined && recorded.some((event) => event.id === firstId)) return unchanged;
    let events: readonly E[];
    try {
      decider.authorise?.(command, state, now);
      if (expectedRevision !== undefined && expectedRevision !== revision)
        throw new WrongExpectedRevision(streamId, expectedRevision, revision);
      events = decider.decide(command, state, now);
    } catch (refusal) {
      if (memory) continue;
      throw refusal;
    }
    if (events.length === 0) {
      if (memory) continue;
      return unchanged;
    }
    try {
      const appended = await store.appendToStream(
        streamId,
        events.map((event, index) => decider.codec.encode(event, eventIds?.(index) ?? randomUUID(), context.writer, now)),
        { expectedRevision: revision === -1 ? 'no-stream' : revision },
      );
      return { state: events.reduce(decider.evolve, state), events, revision: appended.nextExpectedRevision, position: appended.position };
    } catch (error) {
      // The memory was behind the stream: that is no one's conflict, read it and decide again at once.
      if (memory && error instanceof WrongExpectedRevision) continue;
      conflicts = await afterConflict(error, retry, conflicts, expectedRevision);
    }
  }
}
