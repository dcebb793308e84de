import type { ChainVersion } from '../hash-chain';
import type { RecordedEvent } from '../types';

export interface EventRow {
  event_id: string;
  stream_id: string;
  stream_revision: string;
  transaction_id: string;
  global_position: string;
  event_type: string;
  data: RecordedEvent['data'];
  metadata: RecordedEvent['metadata'];
  recorded_ms: number;
  hash: string;
  previous_hash: string;
  chain_version: number;
}

// recorded_at as epoch milliseconds: parsing a number is far cheaper than pg's timestamptz parser.
export const EVENT_COLUMNS = `event_id, stream_id, stream_revision, transaction_id, global_position, event_type, data, metadata,
  (extract(epoch FROM recorded_at) * 1000)::float8 AS recorded_ms, hash, previous_hash, chain_version`;

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    streamId: row.stream_id,
    revision: Number(row.stream_revision),
    position: { commit: BigInt(row.transaction_id), prepare: BigInt(row.global_position) },
    type: row.event_type,
    data: row.data,
    metadata: row.metadata,
    recordedAt: new Date(row.recorded_ms),
    hash: row.hash,
    previousHash: row.previous_hash,
    chainVersion: row.chain_version as ChainVersion,
  };
}
