import type { EventStore, ReadStreamOptions, RecordedEvent } from './types';

const TAIL_PAGE = 1_000;

/** A read of the whole stream from its start, as remembered or not: no page of it, not backwards. */
export const readsWholeStream = (options?: ReadStreamOptions): boolean =>
  !options || (options.direction !== 'backwards' && !options.fromRevision && options.maxCount === undefined);

/**
 * The store with a memory of the streams it read whole: a whole-stream read asks the store only for the events after
 * the last one it remembers, so a case read costs one small query however long the case. Stored events never change,
 * so what is remembered stays true; the tail read finds what any process appended since. What it remembers is what
 * the store gave (for the API: personal data sealed). The least recently read streams are let go once it holds more
 * than `maxEvents` events in all.
 * Other reads, appends and subscriptions pass straight through.
 */
export function rememberingStreams(store: EventStore, maxEvents = 200_000): EventStore {
  const streams = new Map<string, readonly RecordedEvent[]>();
  let held = 0;
  // Appended to through this store since last read: its memory is behind for sure, so no decision is made on it.
  const appendedSince = new Set<string>();

  async function readWhole(streamId: string): Promise<RecordedEvent[]> {
    let events = streams.get(streamId) ?? [];
    for (;;) {
      const tail = await store.readStream(streamId, { fromRevision: events.length, maxCount: TAIL_PAGE });
      // Another read of this stream may have gone further meanwhile: keep the longer of the two, both are the stream's start.
      const known = streams.get(streamId) ?? [];
      if (tail.length > 0) events = [...events, ...tail];
      if (known.length > events.length) events = [...known];
      if (tail.length < TAIL_PAGE) break;
    }
    held -= streams.get(streamId)?.length ?? 0;
    streams.delete(streamId);
    appendedSince.delete(streamId);
    if (events.length > 0) {
      streams.set(streamId, events);
      held += events.length;
    }
    for (const [oldest, its] of streams) {
      if (held <= maxEvents || oldest === streamId) break;
      streams.delete(oldest);
      appendedSince.delete(oldest);
      held -= its.length;
    }
    return [...events];
  }

  const remembered = (streamId: string, options?: ReadStreamOptions) => {
    const events = options?.fromMemory && !appendedSince.has(streamId) ? streams.get(streamId) : undefined;
    return events ? Promise.resolve([...events]) : undefined;
  };

  return {
    appendToStream: (streamId, events, options) => {
      if (streams.has(streamId)) appendedSince.add(streamId);
      return store.appendToStream(streamId, events, options);
    },
    readStream: (streamId, options) =>
      remembered(streamId, options) ?? (readsWholeStream(options) ? readWhole(streamId) : store.readStream(streamId, options)),
    streamExists: (streamId) => store.streamExists(streamId),
    readAll: (options) => store.readAll(options),
    subscribeToAll: (options) => store.subscribeToAll(options),
    close: () => store.close(),
  };
}
