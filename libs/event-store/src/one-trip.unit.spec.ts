import { OneTrip } from './one-trip';

/** A run that answers each key doubled, once let go: the test holds a batch on its way as long as it likes. */
function heldRuns() {
  const batches: { keys: readonly number[]; answer: () => void; fail: (error: Error) => void }[] = [];
  const run = (keys: readonly number[]) =>
    new Promise<number[]>((resolve, reject) => {
      batches.push({ keys, answer: () => resolve(keys.map((key) => key * 2)), fail: reject });
    });
  return { batches, run };
}

describe('OneTrip', () => {
  it('sends a call alone at once when nothing is on its way', async () => {
    const { batches, run } = heldRuns();
    const trip = new OneTrip(run);
    const answer = trip.get(21);
    expect(batches.map((batch) => batch.keys)).toEqual([[21]]);
    batches[0].answer();
    await expect(answer).resolves.toBe(42);
  });

  it('sends the calls that came while a batch was on its way together, each answered with its own', async () => {
    const { batches, run } = heldRuns();
    const trip = new OneTrip(run);
    const first = trip.get(1);
    const queued = [trip.get(2), trip.get(3), trip.get(2)];
    expect(batches.map((batch) => batch.keys)).toEqual([[1]]);
    batches[0].answer();
    await expect(first).resolves.toBe(2);
    expect(batches.map((batch) => batch.keys)).toEqual([[1], [2, 3, 2]]);
    batches[1].answer();
    await expect(Promise.all(queued)).resolves.toEqual([4, 6, 4]);
  });

  it('keeps up to its limit of batches on their way', () => {
    const { batches, run } = heldRuns();
    const trip = new OneTrip(run, 2);
    void trip.get(1);
    void trip.get(2);
    void trip.get(3);
    void trip.get(4);
    expect(batches.map((batch) => batch.keys)).toEqual([[1], [2]]);
  });

  it('fails each call of a failed batch, and the next batch still sets out', async () => {
    const { batches, run } = heldRuns();
    const trip = new OneTrip(run);
    const first = trip.get(1);
    const failing = [trip.get(2), trip.get(3)];
    batches[0].answer();
    await first;
    const later = trip.get(4);
    batches[1].fail(new Error('connection lost'));
    for (const call of failing) await expect(call).rejects.toThrow('connection lost');
    await Promise.resolve();
    expect(batches.map((batch) => batch.keys)).toEqual([[1], [2, 3], [4]]);
    batches[2].answer();
    await expect(later).resolves.toBe(8);
  });
});
