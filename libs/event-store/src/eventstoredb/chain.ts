import type { JSONEventData } from '@eventstore/db-client';
import { CHAIN_VERSION, GENESIS_HASH, linkAfter } from '../hash-chain';
import type { EventToAppend } from '../types';
import { packMetadata } from './mapping';

/** The last event of a stream as far as appending is concerned; revision -1 for no stream. */
export interface StreamHead {
  readonly revision: number;
  readonly hash: string;
  readonly eventId?: string;
}

export const NO_HEAD: StreamHead = Object.freeze({ revision: -1, hash: GENESIS_HASH });

/**
 * ESDB cannot compute the chain server-side, so the writer links each event to the head it read
 * and appends with that head's revision as expected revision: a concurrent writer makes the
 * append fail instead of forking the chain. The server's own `created` time is not known before
 * the append, so the link carries the time it hashes, the same formula as on PostgreSQL.
 */
export function linkEvents(head: StreamHead, streamId: string, events: readonly EventToAppend[], recordedAt = new Date()): JSONEventData[] {
  const hashes = linkAfter(
    head,
    events.map((event) => ({ ...event, streamId, recordedAt })),
  );
  return events.map((event, index) => ({
    id: event.id,
    contentType: 'application/json',
    type: event.type,
    data: event.data,
    metadata: packMetadata(event.metadata, {
      hash: hashes[index + 1],
      previousHash: hashes[index],
      recordedAt: recordedAt.toISOString(),
      chainVersion: CHAIN_VERSION,
    }),
  }));
}
