export * from './types';
export * from './errors';
export { aroundAppends, type AppendCall } from './around-appends';
export { readsWholeStream, rememberingStreams } from './remembered-streams';
export { InFlight } from './in-flight';
export { OneTrip } from './one-trip';
export { comparePositions, formatPosition, parsePosition } from './positions';
export {
  GENESIS_HASH,
  CHAIN_VERSION,
  contentHash,
  chainHash,
  linkAfter,
  findChainBreak,
  StreamChain,
  type ChainBreak,
  type ChainVersion,
  type ChainedContent,
  type LinkedEvent,
} from './hash-chain';
export { PostgresEventStore, isConnectionFailure, type PostgresEventStoreOptions } from './postgres/postgres-event-store';
export { InMemoryEventStore } from './in-memory/in-memory-event-store';
export { loadCheckpoint, loadLogHead, saveCheckpoint, type Queryable } from './postgres/checkpoints';
export { EventStoreDbEventStore, type EventStoreDbEventStoreOptions } from './eventstoredb/eventstoredb-event-store';
