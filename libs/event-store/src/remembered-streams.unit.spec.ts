import { randomUUID } from 'node:crypto';
import { InMemoryEventStore } from './in-memory/in-memory-event-store';
import { rememberingStreams } from './remembered-streams';
import type { ReadStreamOptions } from './types';

const step = (n: number) => ({ id: randomUUID(), type: 'Step', data: { n }, metadata: {} });

function countedStore() {
  const store = new InMemoryEventStore();
  const reads: (ReadStreamOptions | undefined)[] = [];
  const readStream = store.readStream.bind(store);
  store.readStream = (streamId, options) => {
    reads.push(options);
    return readStream(streamId, options);
  };
  return { store, reads };
}

describe('a store that remembers the streams it read', () => {
  it('asks only for the events after those it remembers, and answers the whole stream', async () => {
    const { store, reads } = countedStore();
    const remembering = rememberingStreams(store);
    await store.appendToStream('case-1', [step(0), step(1)], { expectedRevision: 'no-stream' });
    expect((await remembering.readStream('case-1')).map((e) => e.data.n)).toEqual([0, 1]);
    // Appended by another process: the next read finds it in the tail.
    await store.appendToStream('case-1', [step(2)], { expectedRevision: 1 });
    expect((await remembering.readStream('case-1')).map((e) => e.data.n)).toEqual([0, 1, 2]);
    expect(reads.map((options) => options?.fromRevision)).toEqual([0, 2]);
  });

  it('passes a read of part of a stream to the store as it is', async () => {
    const { store, reads } = countedStore();
    const remembering = rememberingStreams(store);
    await store.appendToStream('case-2', [step(0), step(1), step(2)], { expectedRevision: 'no-stream' });
    await remembering.readStream('case-2');
    expect((await remembering.readStream('case-2', { fromRevision: 1, maxCount: 1 })).map((e) => e.data.n)).toEqual([1]);
    expect((await remembering.readStream('case-2', { direction: 'backwards' })).map((e) => e.data.n)).toEqual([2, 1, 0]);
    expect(reads.at(-1)).toEqual({ direction: 'backwards' });
  });

  it('lets the least recently read stream go once it holds more events than its bound, and reads that one whole again', async () => {
    const { store, reads } = countedStore();
    const remembering = rememberingStreams(store, 1);
    await store.appendToStream('case-a', [step(0)], { expectedRevision: 'no-stream' });
    await store.appendToStream('case-b', [step(0)], { expectedRevision: 'no-stream' });
    await remembering.readStream('case-a');
    await remembering.readStream('case-b');
    await remembering.readStream('case-a');
    expect(reads.map((options) => options?.fromRevision)).toEqual([0, 0, 0]);
  });

  it('remembers nothing of a stream that does not exist', async () => {
    const { store } = countedStore();
    const remembering = rememberingStreams(store);
    expect(await remembering.readStream('case-none')).toEqual([]);
    await store.appendToStream('case-none', [step(0)], { expectedRevision: 'no-stream' });
    expect(await remembering.readStream('case-none')).toHaveLength(1);
  });
});

describe('a decision on what the store remembers (fromMemory)', () => {
  it('answers from memory while nothing was appended through it, and reads the tail after its own append', async () => {
    const { store, reads } = countedStore();
    const remembering = rememberingStreams(store);
    await store.appendToStream('case-3', [step(0)], { expectedRevision: 'no-stream' });
    await remembering.readStream('case-3');
    expect(await remembering.readStream('case-3', { fromMemory: true })).toHaveLength(1);
    expect(reads).toHaveLength(1);
    await remembering.appendToStream('case-3', [step(1)], { expectedRevision: 0 });
    expect((await remembering.readStream('case-3', { fromMemory: true })).map((e) => e.data.n)).toEqual([0, 1]);
    expect(reads.map((options) => options?.fromRevision)).toEqual([0, 1]);
  });

  it('reads a stream it does not remember', async () => {
    const { store, reads } = countedStore();
    await store.appendToStream('case-4', [step(0)], { expectedRevision: 'no-stream' });
    expect(await rememberingStreams(store).readStream('case-4', { fromMemory: true })).toHaveLength(1);
    expect(reads).toHaveLength(1);
  });
});
