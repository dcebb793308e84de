/**
 * Calls that come while `limit` batches are on their way wait and go together in the next batch: idle, a call sets out at
 * once, alone; under load one round trip serves everything that queued behind the last. A batch that fails fails each
 * of its calls. `run` answers the keys in their order.
 */
export class OneTrip<K, R> {
  private waiting: { key: K; resolve: (result: R) => void; reject: (error: unknown) => void }[] = [];
  private running = 0;

  constructor(
    private readonly run: (keys: readonly K[]) => Promise<readonly R[]>,
    private readonly limit = 1,
  ) {}

  get(key: K): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ key, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    if (this.running >= this.limit || this.waiting.length === 0) return;
    const batch = this.waiting;
    this.waiting = [];
    this.running += 1;
    // The next batch sets out before this one's callers go on: what they ask next queues behind it.
    const settled = () => {
      this.running -= 1;
      this.next();
    };
    this.run(batch.map((call) => call.key)).then(
      (results) => {
        settled();
        batch.forEach((call, i) => call.resolve(results[i]));
      },
      (error: unknown) => {
        settled();
        batch.forEach((call) => call.reject(error));
      },
    );
  }
}
