import type { RecordedEvent } from '../types';
import { fitted, type LogBatch } from './log-reader';

const eventAt = (n: number) => ({ id: `e-${n}`, position: { commit: 7n, prepare: BigInt(n) } }) as RecordedEvent;
const page = (count: number, caughtUp: boolean, heldBack = false): LogBatch => {
  const events = Array.from({ length: count }, (_, i) => eventAt(i + 1));
  return { events, checkpoint: events.at(-1)?.position ?? { commit: 0n, prepare: 0n }, caughtUp, heldBack };
};

describe('a shared log page fitted to a subscription’s batch size', () => {
  it('is cut at the batch size for a smaller batch, ending at its last event with more to read', () => {
    const fit = fitted(page(5, true, true), 2);
    expect(fit.events.map((event) => event.id)).toEqual(['e-1', 'e-2']);
    expect(fit.checkpoint).toEqual({ commit: 7n, prepare: 2n });
    expect(fit.caughtUp).toBe(false);
  });

  it('is taken whole when it fits, saying what it said: caught up, or (a full page of a smaller batch) more to read', () => {
    const caughtUp = page(3, true);
    expect(fitted(caughtUp, 3)).toBe(caughtUp);
    expect(fitted(caughtUp, 100)).toBe(caughtUp);
    const full = page(100, false);
    expect(fitted(full, 1_000)).toEqual({ ...full, caughtUp: false });
  });
});
