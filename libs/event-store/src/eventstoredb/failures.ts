import { setTimeout as sleep } from 'node:timers/promises';
import { EventStoreUnavailable } from '../errors';
import { ERROR, NO_STREAM } from './client';

function errorType(error: unknown): string | undefined {
  const type = (error as { type?: unknown } | null)?.type;
  return typeof type === 'string' ? type : undefined;
}

export function isWrongExpectedVersion(error: unknown): boolean {
  return errorType(error) === ERROR.wrongExpectedVersion;
}

/** The revision the server refused an append at (-1: no stream), as the refusal itself says. */
export function refusedAtRevision(error: unknown): number | undefined {
  const actual = (error as { actualVersion?: unknown } | null)?.actualVersion;
  return typeof actual === 'bigint' ? Number(actual) : actual === NO_STREAM ? -1 : undefined;
}

export function isStreamNotFound(error: unknown): boolean {
  return errorType(error) === ERROR.streamNotFound;
}

const TRANSIENT: readonly string[] = [ERROR.unavailable, ERROR.deadlineExceeded, ERROR.timeout, ERROR.notLeader, ERROR.cancelled];

/** No node reachable, no leader (election under way), or the call timed out: worth a retry later. */
export function isConnectionFailure(error: unknown): boolean {
  const type = errorType(error);
  if (type !== undefined) return TRANSIENT.includes(type);
  const code = (error as { code?: unknown } | null)?.code;
  return (
    (typeof code === 'string' && ['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT'].includes(code)) ||
    /Failed to discover|No connection established/i.test(String((error as Error | null)?.message))
  );
}

/**
 * A follower refused a call that requires the leader. The client has then begun to reconnect to
 * the leader the reply named, so the call is worth repeating at once (after a short pause).
 */
export async function onLeader<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (errorType(error) !== ERROR.notLeader || attempt + 1 >= attempts) throw error;
      await sleep(reconnectDelay(attempt));
    }
  }
}

/** Configuration mistakes a reconnect cannot cure: a subscription stops on these instead of retrying. */
export function isPermanentFailure(error: unknown): boolean {
  const type = errorType(error);
  return type === ERROR.accessDenied || type === ERROR.invalidArgument || type === ERROR.unsupported;
}

export function translateFailure(error: unknown): unknown {
  return isConnectionFailure(error) ? new EventStoreUnavailable(error) : error;
}

const FIRST_DELAY_MS = 100;
const MAX_DELAY_MS = 10_000;

/** Exponential backoff for the n-th consecutive reconnect (0-based), with up to 20% jitter. */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(attempt, 20));
  return Math.round(base * (0.8 + 0.2 * random()));
}
