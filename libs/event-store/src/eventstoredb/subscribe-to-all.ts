import type { EventStoreDBClient } from '@eventstore/db-client';
import { setTimeout as sleep } from 'node:timers/promises';
import { comparePositions } from '../positions';
import { START, type LogPosition, type SubscribeOptions, type Subscription } from '../types';
import { isPermanentFailure, reconnectDelay } from './failures';
import { SubscriptionFeed } from './subscription-feed';

class HandlerFailed extends Error {
  constructor(cause: unknown) {
    super('subscription handler failed', { cause });
  }
}

/**
 * A checkpointed subscription to $all that survives dropped connections and leader changes: it
 * resubscribes from the last checkpoint the handler finished, backing off from 100 ms to 10 s.
 */
export function subscribeToAll(client: EventStoreDBClient, options: SubscribeOptions): Subscription {
  const abort = new AbortController();
  const maxBatchSize = options.maxBatchSize ?? 500;
  let checkpoint: LogPosition = options.after ?? START;
  let feed: SubscriptionFeed | undefined;

  const drain = async (current: SubscriptionFeed, onProgress: () => void): Promise<void> => {
    let toldCaughtUp = false;
    while (!abort.signal.aborted) {
      const batch = await current.next(checkpoint, abort.signal);
      if (abort.signal.aborted) return;
      const moved = batch !== undefined && comparePositions(batch.checkpoint, checkpoint) > 0;
      // Tell the handler once that it is live, even when nothing new arrived.
      const newlyLive = !toldCaughtUp && current.caughtUp();
      if (!moved && !newlyLive) continue;
      onProgress();
      const handed = batch ?? { events: [], checkpoint, caughtUp: true };
      try {
        await options.handle(handed);
      } catch (error) {
        throw new HandlerFailed(error);
      }
      checkpoint = handed.checkpoint;
      toldCaughtUp = handed.caughtUp;
    }
  };

  const run = async (): Promise<void> => {
    let failures = 0;
    while (!abort.signal.aborted) {
      feed = new SubscriptionFeed(client, checkpoint, options.filter, maxBatchSize);
      try {
        await drain(feed, () => (failures = 0));
      } catch (error) {
        if (abort.signal.aborted) return;
        if (error instanceof HandlerFailed) throw error.cause;
        if (isPermanentFailure(error)) throw error;
        await sleep(reconnectDelay(failures++), undefined, { signal: abort.signal }).catch(() => undefined);
      } finally {
        await feed.close();
      }
    }
  };

  const done = run().then(
    () => options.onStop?.(),
    (error: unknown) => options.onStop?.(error),
  );
  return {
    async stop() {
      abort.abort();
      await feed?.close();
      await done;
    },
  };
}
