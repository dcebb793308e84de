import { InFlight } from './in-flight';

const deferred = <T>() => {
  let settle!: { resolve: (value: T) => void; reject: (error: unknown) => void };
  const promise = new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
};

describe('InFlight', () => {
  it('gives asks for a key made while one is on its way that one answer, and asks anew once it has settled', async () => {
    const inFlight = new InFlight<string>();
    const answers = [deferred<string>(), deferred<string>()];
    let asked = 0;
    const ask = () => answers[asked++].promise;
    const first = inFlight.get('page-7', ask);
    const joined = inFlight.get('page-7', ask);
    const other = inFlight.get('page-8', ask);
    expect(asked).toBe(2);
    answers[0].resolve('seven');
    answers[1].resolve('eight');
    await expect(Promise.all([first, joined, other])).resolves.toEqual(['seven', 'seven', 'eight']);

    const later = deferred<string>();
    const again = inFlight.get('page-7', () => ((asked += 1), later.promise));
    expect(asked).toBe(3);
    later.resolve('seven, later');
    await expect(again).resolves.toBe('seven, later');
  });

  it('hands a failure to every ask that shared it, and the next ask tries again', async () => {
    const inFlight = new InFlight<number>();
    const failing = deferred<number>();
    const first = inFlight.get('keys', () => failing.promise);
    const joined = inFlight.get('keys', () => Promise.resolve(0));
    failing.reject(new Error('the database is down'));
    await expect(first).rejects.toThrow('the database is down');
    await expect(joined).rejects.toThrow('the database is down');
    await expect(inFlight.get('keys', () => Promise.resolve(42))).resolves.toBe(42);
  });
});
