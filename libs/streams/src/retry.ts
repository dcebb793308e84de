import { WrongExpectedRevision } from '@casus/event-store';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * How often a writer that lost the race on a stream reads it again and decides again. Between
 * attempts it waits a random while below a bound that doubles, so racing writers fall out of step.
 */
export type RetryPolicy = Readonly<{
  /** Attempts after the first; 0: a conflict is the caller's answer. */
  retries: number;
  /** Called before each retry (1 for the first). */
  onRetry?: (retry: number) => void;
}>;

const MAX_BACKOFF_MS = 100;

export const backoffMs = (retry: number): number => Math.random() * Math.min(MAX_BACKOFF_MS, 5 * 2 ** (retry - 1));

/**
 * After a write failed: rethrows it unless it lost the race on the stream, the client named no revision of its own and
 * retries are left; else waits its turn. Answers the count of conflicts so far, this one included.
 */
export async function afterConflict(
  error: unknown,
  retry: RetryPolicy,
  conflicts: number,
  clientRevision: number | undefined,
): Promise<number> {
  if (!(error instanceof WrongExpectedRevision) || clientRevision !== undefined || conflicts >= retry.retries) throw error;
  retry.onRetry?.(conflicts + 1);
  await sleep(backoffMs(conflicts + 1));
  return conflicts + 1;
}
