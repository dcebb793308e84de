import type { AppendResult, EventStore, EventToAppend, ExpectedRevision } from './types';

export type AppendCall = Readonly<{ streamId: string; events: readonly EventToAppend[]; options: { expectedRevision: ExpectedRevision } }>;

/** The store with every append run inside `around` (a span, a timer); everything else passes straight through. */
export function aroundAppends(
  store: EventStore,
  around: (append: () => Promise<AppendResult>, call: AppendCall) => Promise<AppendResult>,
): EventStore {
  return {
    appendToStream: (streamId, events, options) =>
      around(() => store.appendToStream(streamId, events, options), { streamId, events, options }),
    readStream: (streamId, options) => store.readStream(streamId, options),
    streamExists: (streamId) => store.streamExists(streamId),
    readAll: (options) => store.readAll(options),
    subscribeToAll: (options) => store.subscribeToAll(options),
    close: () => store.close(),
  };
}
