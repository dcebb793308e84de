import type { JSONEventData } from '@eventstore/db-client';
import { GENESIS_HASH, chainHash, contentHash } from '../hash-chain';
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
 * append fail instead of forking the chain.
 */
export function linkEvents(head: StreamHead, events: readonly EventToAppend[]): JSONEventData[] {
  let previousHash = head.hash;
  return events.map((event, index) => {
    const hash = chainHash(previousHash, head.revision + 1 + index, contentHash(event));
    const linked: JSONEventData = {
      id: event.id,
      contentType: 'application/json',
      type: event.type,
      data: event.data,
      metadata: packMetadata(event.metadata, { hash, previousHash }),
    };
    previousHash = hash;
    return linked;
  });
}
