import type { AppendResult as EsdbAppendResult, EventStoreDBClient } from '@eventstore/db-client';
import { setTimeout as sleep } from 'node:timers/promises';
import { WrongExpectedRevision } from '../errors';
import type { AppendResult, EventToAppend, ExpectedRevision, ReadStreamOptions, RecordedEvent } from '../types';
import { NO_HEAD, linkEvents, type StreamHead } from './chain';
import { isConnectionFailure, isWrongExpectedVersion, reconnectDelay, refusedAtRevision, translateFailure } from './failures';
import { expectationHolds, headToEsdbRevision, toLogPosition } from './mapping';
import { REPLAY_WINDOW, findReplay } from './replay';

/** Appends that lose a race with another writer under 'any' / 'stream-exists' read the head again this often. */
const MAX_RACES = 50;

type ReadStream = (streamId: string, options: ReadStreamOptions) => Promise<RecordedEvent[]>;

/**
 * One append to a cluster: read the head from the leader, link the events to it, append with the
 * head's revision. A timeout or a lost connection leaves the outcome unknown: the next round reads
 * the head again and finds the batch (a replay, answered with the first result) or appends it,
 * with backoff, until the time budget is spent.
 */
export class StreamAppender {
  constructor(
    private readonly client: EventStoreDBClient,
    private readonly read: ReadStream,
    private readonly budgetMs: number,
  ) {}

  async append(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    const giveUpAt = Date.now() + this.budgetMs;
    let races = 0;
    let failures = 0;
    let refusedAt: number | undefined;
    for (;;) {
      try {
        const { head, replayed } = await this.settle(streamId, events, expected);
        if (replayed) return replayed;
        if (!expectationHolds(expected, head.revision) || races > MAX_RACES) {
          throw new WrongExpectedRevision(streamId, expected, refusedAt ?? head.revision);
        }
        const result = await this.client.appendToStream(streamId, linkEvents(head, streamId, events), {
          expectedRevision: headToEsdbRevision(head.revision),
          requiresLeader: true,
        });
        return await this.answer(streamId, result);
      } catch (error) {
        if (isWrongExpectedVersion(error)) {
          // Another writer moved the stream after the head was read: the next round decides whether
          // that was this very append (an earlier attempt landing late), a conflict, or a race.
          refusedAt = refusedAtRevision(error);
          races += 1;
          await sleep(Math.random() * Math.min(50, races * 2));
          continue;
        }
        const delay = reconnectDelay(failures++);
        if (!isConnectionFailure(error) || Date.now() + delay > giveUpAt) throw translateFailure(error);
        await sleep(delay);
      }
    }
  }

  /** The stream's head, and the first result when this batch is already in the stream. */
  private async settle(
    streamId: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
  ): Promise<{ head: StreamHead; replayed?: AppendResult }> {
    // With an exact expectation the batch can only sit right after it; otherwise anywhere recent.
    const at = typeof expected === 'number' ? expected + 1 : expected === 'no-stream' ? 0 : undefined;
    const latest = await this.read(streamId, { direction: 'backwards', maxCount: at === undefined ? REPLAY_WINDOW : 1 });
    const head = latest[0] ? { revision: latest[0].revision, hash: latest[0].hash, eventId: latest[0].id } : NO_HEAD;
    const window =
      at === undefined
        ? [...latest].reverse()
        : head.revision >= at
          ? await this.read(streamId, { fromRevision: at, maxCount: events.length })
          : [];
    const last = findReplay(window, events);
    return { head, replayed: last && { nextExpectedRevision: last.revision, position: last.position } };
  }

  private async answer(streamId: string, result: EsdbAppendResult): Promise<AppendResult> {
    const nextExpectedRevision = Number(result.nextExpectedRevision);
    if (result.position) return { nextExpectedRevision, position: toLogPosition(result.position) };
    // An idempotent write (same ids, same place) comes back without a position.
    const [event] = await this.read(streamId, { fromRevision: nextExpectedRevision, maxCount: 1 });
    if (!event) throw new Error(`${streamId} has no event at revision ${nextExpectedRevision}`);
    return { nextExpectedRevision, position: event.position };
  }
}
