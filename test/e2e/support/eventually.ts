import { setTimeout as sleep } from 'node:timers/promises';
/** Waits for work that runs beside the request path (the placement process on its subscription). */
export async function eventually<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/**
 * A read with `minPosition` as a client makes it: 503 means the read models have not reached the
 * position within the API's wait, which a busy machine can exceed, so the client asks again.
 */
export async function readWhenCaughtUp<R extends { status: number }>(read: () => Promise<R>): Promise<R> {
  return eventually(
    async () => {
      const response = await read();
      return response.status === 503 ? undefined : response;
    },
    'the read models to reach the position',
    45_000,
  );
}
