/**
 * The last event this process saw of each stream (revision and hash), least recently used first.
 * Events never change, so a remembered (revision, hash) stays true; it may only be behind.
 */
export class StreamHeads {
  private readonly heads = new Map<string, { revision: number; hash: string }>();

  constructor(private readonly capacity = 10_000) {}

  hashAt(streamId: string, revision: number): string | undefined {
    const head = this.heads.get(streamId);
    return head?.revision === revision ? head.hash : undefined;
  }

  remember(streamId: string, revision: number, hash: string): void {
    const known = this.heads.get(streamId);
    if (known && known.revision >= revision) return;
    this.heads.delete(streamId);
    this.heads.set(streamId, { revision, hash });
    if (this.heads.size > this.capacity) this.heads.delete(this.heads.keys().next().value!);
  }
}
