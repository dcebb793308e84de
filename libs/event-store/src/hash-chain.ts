import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import type { JsonObject } from './json-object';

/** The link before the first event of every stream. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * 1: the content hash covered type, data and metadata only, so an edited event id, time or stream
 * went unnoticed. 2: it covers every stored field that means something. Rows keep the version they
 * were written with, so links written before version 2 stay verifiable.
 */
export type ChainVersion = 1 | 2;
export const CHAIN_VERSION: ChainVersion = 2;

/** What one link is over; `chainVersion` absent means the current version. */
export type ChainedContent = Readonly<{
  id: string;
  streamId: string;
  recordedAt: Date;
  type: string;
  data: JsonObject;
  metadata: JsonObject;
  chainVersion?: ChainVersion;
}>;

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const HASHED_FIELDS = {
  1: (e: ChainedContent) => ({ type: e.type, data: e.data, metadata: e.metadata }),
  2: (e: ChainedContent) => ({
    id: e.id,
    streamId: e.streamId,
    recordedAt: e.recordedAt.toISOString(),
    type: e.type,
    data: e.data,
    metadata: e.metadata,
  }),
} satisfies Record<ChainVersion, (e: ChainedContent) => JsonObject>;

/** SHA-256 over the RFC 8785 canonical JSON of what the event says (per its chain version). */
export function contentHash(event: ChainedContent): string {
  const canonical = canonicalize(HASHED_FIELDS[event.chainVersion ?? CHAIN_VERSION](event));
  if (canonical === undefined) throw new Error(`event ${event.type} cannot be serialised canonically`);
  return sha256Hex(canonical);
}

/**
 * The link of one event: binds its content to its place in the stream and to its predecessor,
 * so a changed, removed or reordered event breaks every link after it.
 * The PostgreSQL append function computes the same formula in SQL from the content hash.
 */
export function chainHash(previousHash: string, revision: number, eventContentHash: string): string {
  return sha256Hex(`${previousHash}:${revision}:${eventContentHash}`);
}

/** The links of `events` appended after a head (revision -1 and GENESIS_HASH for a new stream): head's hash first. */
export function linkAfter(head: { revision: number; hash: string }, events: readonly ChainedContent[]): string[] {
  const hashes = [head.hash];
  events.forEach((event, i) => hashes.push(chainHash(hashes[i], head.revision + 1 + i, contentHash(event))));
  return hashes;
}

export interface ChainBreak {
  readonly streamId: string;
  readonly revision: number;
  readonly expectedHash: string;
  readonly foundHash: string;
}

export type LinkedEvent = ChainedContent & Readonly<{ revision: number; hash: string; previousHash: string }>;

/**
 * Checks one stream's events as they come, in revision order. A stream never goes back to an older
 * chain version: a row relabelled as version 1 to drop its id and time from the hash is a break.
 */
export class StreamChain {
  private previous = GENESIS_HASH;
  private version: ChainVersion = 1;
  private broken = false;
  revision = 0;
  head: string = GENESIS_HASH;

  constructor(readonly streamId: string) {}

  /** The break this event makes, if it is the stream's first; nothing once the stream is broken. */
  next(event: LinkedEvent): ChainBreak | undefined {
    if (this.broken) return undefined;
    const version = event.chainVersion ?? CHAIN_VERSION;
    const expected = chainHash(this.previous, this.revision, contentHash(event));
    if (event.revision !== this.revision || event.previousHash !== this.previous || event.hash !== expected || version < this.version) {
      this.broken = true;
      return { streamId: this.streamId, revision: this.revision, expectedHash: expected, foundHash: event.hash };
    }
    this.version = version;
    this.previous = event.hash;
    this.head = event.hash;
    this.revision += 1;
    return undefined;
  }

  get intact(): boolean {
    return !this.broken;
  }
}

/** Walks one stream's events (in revision order) and returns the first broken link, if any. */
export function findChainBreak(events: readonly LinkedEvent[]): ChainBreak | undefined {
  if (events.length === 0) return undefined;
  const chain = new StreamChain(events[0].streamId);
  for (const event of events) {
    const found = chain.next(event);
    if (found) return found;
  }
  return undefined;
}
