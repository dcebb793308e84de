import { chainHash, contentHash, GENESIS_HASH, type ChainBreak, type RecordedEvent } from '@casus/event-store';

type Linked = Pick<RecordedEvent, 'streamId' | 'revision' | 'type' | 'data' | 'metadata' | 'hash' | 'previousHash'>;

export type VerificationReport = Readonly<{
  streams: number;
  events: number;
  /** The first broken link of each broken stream, in stream order. */
  breaks: readonly ChainBreak[];
}>;

/**
 * Walks hash chains page by page, events in (stream, revision) order, so no stream has to fit
 * in memory. Recomputes every link from the event's content: an edited, removed or reordered
 * event breaks its own link, and the first break of a stream is the one reported.
 */
export class ChainVerifier {
  private stream: string | null = null;
  private previous = GENESIS_HASH;
  private expectedRevision = 0;
  private broken = false;
  private streams = 0;
  private events = 0;
  private readonly breaks: ChainBreak[] = [];

  add(page: readonly Linked[]): void {
    for (const event of page) {
      if (event.streamId !== this.stream) this.startStream(event.streamId);
      this.events += 1;
      if (this.broken) continue;
      const expected = chainHash(this.previous, this.expectedRevision, contentHash(event));
      if (event.revision !== this.expectedRevision || event.previousHash !== this.previous || event.hash !== expected) {
        this.breaks.push({ streamId: event.streamId, revision: this.expectedRevision, expectedHash: expected, foundHash: event.hash });
        this.broken = true;
        continue;
      }
      this.previous = event.hash;
      this.expectedRevision += 1;
    }
  }

  report(): VerificationReport {
    return { streams: this.streams, events: this.events, breaks: [...this.breaks] };
  }

  private startStream(streamId: string): void {
    this.stream = streamId;
    this.previous = GENESIS_HASH;
    this.expectedRevision = 0;
    this.broken = false;
    this.streams += 1;
  }
}

/** Asks for the next page before hashing this one, so the database works while the hashes are computed. */
export async function verifyPages(pages: AsyncIterable<readonly Linked[]>): Promise<VerificationReport> {
  const verifier = new ChainVerifier();
  const iterator = pages[Symbol.asyncIterator]();
  let next = iterator.next();
  for (let page = await next; !page.done; page = await next) {
    next = iterator.next();
    // One turn of the event loop lets the next page's query go out before the hashing blocks it.
    await new Promise<void>((resumed) => setImmediate(resumed));
    verifier.add(page.value);
  }
  return verifier.report();
}
