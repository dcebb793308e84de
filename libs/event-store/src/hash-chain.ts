import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import type { JsonObject } from './types';

/** The link before the first event of every stream. */
export const GENESIS_HASH = '0'.repeat(64);

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** SHA-256 over the RFC 8785 canonical JSON of what the event says. */
export function contentHash(event: { type: string; data: JsonObject; metadata: JsonObject }): string {
  const canonical = canonicalize({ type: event.type, data: event.data, metadata: event.metadata });
  if (canonical === undefined) throw new Error(`event ${event.type} cannot be serialised canonically`);
  return sha256Hex(canonical);
}

/**
 * The link of one event: binds its content to its place in the stream and to its predecessor,
 * so a changed, removed or reordered event breaks every link after it.
 * The PostgreSQL adapter computes the same formula in SQL (see the event-store migration).
 */
export function chainHash(previousHash: string, revision: number, eventContentHash: string): string {
  return sha256Hex(`${previousHash}:${revision}:${eventContentHash}`);
}

export interface ChainBreak {
  readonly streamId: string;
  readonly revision: number;
  readonly expectedHash: string;
  readonly foundHash: string;
}

/** Walks one stream's events (in revision order) and returns the first broken link, if any. */
export function findChainBreak(
  events: readonly { streamId: string; revision: number; type: string; data: JsonObject; metadata: JsonObject; hash: string; previousHash: string }[],
): ChainBreak | undefined {
  let previous = GENESIS_HASH;
  let expectedRevision = 0;
  for (const event of events) {
    const expected = chainHash(previous, expectedRevision, contentHash(event));
    if (event.revision !== expectedRevision || event.previousHash !== previous || event.hash !== expected) {
      return { streamId: event.streamId, revision: expectedRevision, expectedHash: expected, foundHash: event.hash };
    }
    previous = event.hash;
    expectedRevision += 1;
  }
  return undefined;
}
