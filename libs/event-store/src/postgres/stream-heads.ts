import { LRUCache } from 'lru-cache';

/**
 * The last event this process saw of each stream (revision and hash), the least recently used
 * forgotten first. Events never change, so a remembered (revision, hash) stays true; it may only be behind.
 */
export class StreamHeads {
  private readonly heads: LRUCache<string, { revision: number; hash: string }>;

  constructor(capacity = 10_000) {
    this.heads = new LRUCache({ max: capacity });
  }

  hashAt(streamId: string, revision: number): string | undefined {
    const head = this.heads.get(streamId);
    return head?.revision === revision ? head.hash : undefined;
  }

  remember(streamId: string, revision: number, hash: string): void {
    const known = this.heads.peek(streamId);
    if (known && known.revision >= revision) return;
    this.heads.set(streamId, { revision, hash });
  }
}
