import { StreamChain, type ChainBreak, type LinkedEvent } from '@casus/event-store';

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
  private chain?: StreamChain;
  private streams = 0;
  private events = 0;
  private readonly breaks: ChainBreak[] = [];

  add(page: readonly LinkedEvent[]): void {
    for (const event of page) {
      if (event.streamId !== this.chain?.streamId) {
        this.chain = new StreamChain(event.streamId);
        this.streams += 1;
      }
      this.events += 1;
      const found = this.chain.next(event);
      if (found) this.breaks.push(found);
    }
  }

  report(): VerificationReport {
    return { streams: this.streams, events: this.events, breaks: [...this.breaks] };
  }
}

/** Asks for the next page before hashing this one, so the database works while the hashes are computed. */
export async function verifyPages(pages: AsyncIterable<readonly LinkedEvent[]>): Promise<VerificationReport> {
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
