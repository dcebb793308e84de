import { setTimeout as sleep } from 'node:timers/promises';
import { runCatchUpLoop, type LogSource } from './catch-up-loop';
import { comparePositions } from './positions';
import type { RecordedEvent, SubscriptionBatch } from './types';

const recorded = (n: number): RecordedEvent => ({
  id: `event-${n}`,
  streamId: 'case-1',
  revision: n - 1,
  position: { commit: BigInt(n), prepare: BigInt(n) },
  type: 'Step',
  data: {},
  metadata: {},
  recordedAt: new Date(0),
  hash: '',
  previousHash: '',
});

/**
 * A log whose wake-ups are counted: waiting for one resolves at the next append, or at once if there was one since
 * `since`; a wake-up sent while nobody listened is only counted. `hidden` events are committed but not yet shown
 * (held back behind a running transaction).
 */
function countedLog() {
  const shown: RecordedEvent[] = [];
  const hidden: RecordedEvent[] = [];
  const listening = new Set<() => void>();
  let wakes = 0;
  const source: LogSource = {
    async readBatch(after, maxCount) {
      const events = shown.filter((event) => comparePositions(event.position, after) > 0).slice(0, maxCount);
      return { events, checkpoint: events.at(-1)?.position ?? after, caughtUp: events.length < maxCount, heldBack: hidden.length > 0 };
    },
    wakes: () => wakes,
    waitForAppends: (since, _timeoutMs, signal) =>
      wakes !== since
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            listening.add(resolve);
            signal.addEventListener('abort', () => resolve());
          }),
  };
  return {
    source,
    append(event: RecordedEvent) {
      shown.push(event);
      wakes += 1;
      for (const wake of listening) wake();
      listening.clear();
    },
    hold(event: RecordedEvent) {
      hidden.push(event);
    },
    release() {
      shown.push(...hidden.splice(0));
    },
  };
}

const until = async (condition: () => boolean) => {
  for (let tries = 0; !condition(); tries += 1) {
    if (tries > 500) throw new Error('not reached');
    await sleep(2);
  }
};

describe('the catch-up loop', () => {
  it('does not lose a wake-up that comes while it handles a batch', async () => {
    const log = countedLog();
    const seen: string[] = [];
    log.append(recorded(1));
    const subscription = runCatchUpLoop(log.source, {
      handle: async (batch: SubscriptionBatch) => {
        seen.push(...batch.events.map((event) => event.id));
        if (seen.length === 1) log.append(recorded(2));
      },
    });
    await until(() => seen.length === 2);
    await subscription.stop();
    expect(seen).toEqual(['event-1', 'event-2']);
  });

  it('reads again by itself while committed events are held back, without a wake-up', async () => {
    const log = countedLog();
    const seen: string[] = [];
    log.hold(recorded(1));
    const subscription = runCatchUpLoop(log.source, { handle: async (batch) => void seen.push(...batch.events.map((event) => event.id)) });
    await sleep(5);
    log.release();
    await until(() => seen.length === 1);
    await subscription.stop();
    expect(seen).toEqual(['event-1']);
  });

  it('with a read spacing, under a stream of appends reads at most once per spacing, and every event once, in order', async () => {
    const spacingMs = 25;
    const log = countedLog();
    let reads = 0;
    const source: LogSource = { ...log.source, readBatch: (after, maxCount) => ((reads += 1), log.source.readBatch(after, maxCount)) };
    const seen: string[] = [];
    const subscription = runCatchUpLoop(source, {
      liveReadSpacingMs: spacingMs,
      handle: async (batch) => void seen.push(...batch.events.map((event) => event.id)),
    });
    const started = performance.now();
    for (let n = 1; n <= 60; n += 1) {
      log.append(recorded(n));
      await sleep(2);
    }
    await until(() => seen.length === 60);
    const elapsed = performance.now() - started;
    await subscription.stop();
    expect(seen).toEqual(Array.from({ length: 60 }, (_, n) => `event-${n + 1}`));
    // One read at the start, then at most one per spacing: 60 wake-ups, far fewer reads.
    expect(reads).toBeLessThanOrEqual(2 + Math.ceil(elapsed / spacingMs));
    expect(reads).toBeLessThan(30);
  });
});
