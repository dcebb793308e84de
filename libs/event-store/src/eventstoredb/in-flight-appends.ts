import canonicalize from 'canonicalize';
import type { AppendResult, EventToAppend, ExpectedRevision } from '../types';

/**
 * Concurrent appends of one batch from one process (a retried request, two handlers of one
 * command) make one trip to the cluster and share its result. Sent separately, the server holds
 * all but the first unanswered until their deadline (its idempotency check waits for the first
 * to commit), and every caller would see a timeout.
 */
export class InFlightAppends {
  private readonly running = new Map<string, { batch: string; done: Promise<AppendResult> }>();

  async run(
    streamId: string,
    events: readonly EventToAppend[],
    expectedRevision: ExpectedRevision,
    append: () => Promise<AppendResult>,
  ): Promise<AppendResult> {
    const key = `${streamId}\u0000${events[0].id}`;
    const batch = canonicalize({ expectedRevision, events }) ?? '';
    for (let running = this.running.get(key); running; running = this.running.get(key)) {
      if (running.batch === batch) return running.done;
      // Another batch under the same first id: once it is in, this one's own append refuses it.
      await running.done.catch(() => undefined);
    }
    const done = append().finally(() => {
      if (this.running.get(key)?.done === done) this.running.delete(key);
    });
    this.running.set(key, { batch, done });
    return done;
  }
}
