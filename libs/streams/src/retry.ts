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
