/**
 * Asks for the same key made while one is on its way share its answer: one round trip instead of one each. Settled
 * answers are not kept. A joiner gets an answer that set out before it asked, so the key holds whatever decides
 * whether such an answer is fresh enough for it.
 */
export class InFlight<T> {
  private readonly pending = new Map<string, Promise<T>>();

  get(key: string, ask: () => Promise<T>): Promise<T> {
    const found = this.pending.get(key);
    if (found) return found;
    const asked = ask().finally(() => this.pending.delete(key));
    this.pending.set(key, asked);
    return asked;
  }
}
