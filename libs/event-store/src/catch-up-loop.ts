import { setTimeout as sleep } from 'node:timers/promises';
import { START, type LogPosition, type RecordedEvent, type SubscribeOptions, type Subscription } from './types';

export interface LogSource {
  /**
   * Up to `maxCount` events after `after`, the checkpoint reached (past filtered-out events), and
   * whether committed events wait behind a transaction still running.
   */
  readBatch(
    after: LogPosition,
    maxCount: number,
  ): Promise<{ events: RecordedEvent[]; checkpoint: LogPosition; caughtUp: boolean; heldBack: boolean }>;
  /** How many wake-ups (appends here or elsewhere) there have been so far. */
  wakes(): number;
  /** Resolves at once when there was a wake-up after the `since`-th, else at the next one, or after `timeoutMs`. */
  waitForAppends(since: number, timeoutMs: number, signal: AbortSignal): Promise<void>;
}

const IDLE_POLL_MS = 1_000;
/** Committed events hidden behind an older, still running transaction: look again soon. */
const SETTLE_DELAYS_MS = [2, 5, 10, 25, 50];

/**
 * Catch-up subscription over the global log: reads batches from the checkpoint, hands them to the
 * handler one at a time, and when caught up sleeps until an append wakes it. A wake-up that comes
 * while a batch is read or handled is not lost: the loop counts them.
 */
export function runCatchUpLoop(source: LogSource, options: SubscribeOptions): Subscription {
  const abort = new AbortController();
  const maxBatchSize = options.maxBatchSize ?? 1_000;
  const readSpacingMs = options.liveReadSpacingMs ?? 0;
  let after = options.after ?? START;
  const pause = (ms: number) => sleep(ms, undefined, { signal: abort.signal }).catch(() => undefined);

  const loop = async (): Promise<void> => {
    let settle = 0;
    while (!abort.signal.aborted) {
      const wakes = source.wakes();
      const readStarted = performance.now();
      const batch = await source.readBatch(after, maxBatchSize);
      if (abort.signal.aborted) return;
      const moved = batch.checkpoint.commit !== after.commit || batch.checkpoint.prepare !== after.prepare;
      if (moved) {
        await options.handle(batch);
        after = batch.checkpoint;
        settle = 0;
        if (!batch.caughtUp) continue;
      }
      if (batch.heldBack && settle < SETTLE_DELAYS_MS.length) {
        await pause(SETTLE_DELAYS_MS[settle++]);
      } else {
        await source.waitForAppends(wakes, IDLE_POLL_MS, abort.signal);
        settle = 0;
        const early = readStarted + readSpacingMs - performance.now();
        if (early > 0) await pause(early);
      }
    }
  };

  const done = loop().then(
    () => options.onStop?.(),
    (error: unknown) => options.onStop?.(abort.signal.aborted ? undefined : error),
  );
  return {
    async stop() {
      abort.abort();
      await done;
    },
  };
}
