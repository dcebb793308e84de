import type { AllStreamResolvedEvent, AllStreamSubscription, EventStoreDBClient, Position } from '@eventstore/db-client';
import { setTimeout as sleep } from 'node:timers/promises';
import { comparePositions } from '../positions';
import type { LogFilter, LogPosition, RecordedEvent, SubscriptionBatch } from '../types';
import { START as ESDB_START } from './client';
import { isReadable, passesFilter, serverFilter, toLogPosition, toRecordedEvent } from './mapping';

type FeedItem = { event?: RecordedEvent; position: LogPosition };

/** Without a caught-up message from the server (before 23.10), this long a silence counts as caught up. */
const QUIET_MS = 500;

/**
 * One ESDB catch-up subscription to $all, turned into batches pulled one at a time. Events and the
 * server's checkpoints go through one queue in arrival order, so a checkpoint is never handed out
 * ahead of an event that came before it. The gRPC stream is paused while the queue is full.
 */
export class SubscriptionFeed {
  private readonly items: FeedItem[] = [];
  private readonly stream: AllStreamSubscription;
  private readonly highWater: number;
  private failure?: unknown;
  private ended = false;
  private closed = false;
  private liveSignal = false;
  private wake?: () => void;

  constructor(
    client: EventStoreDBClient,
    after: LogPosition,
    private readonly filter: LogFilter | undefined,
    private readonly maxBatchSize: number,
  ) {
    this.highWater = Math.max(256, maxBatchSize * 2);
    const fromPosition = after.commit === 0n && after.prepare === 0n ? ESDB_START : after;
    this.stream = client.subscribeToAll({ fromPosition, filter: serverFilter(filter, (_, position) => this.checkpointReached(position)) });
    this.stream.on('data', (resolved: AllStreamResolvedEvent) => this.received(resolved));
    this.stream.on('caughtUp', () => this.signal(() => (this.liveSignal = true)));
    this.stream.on('fellBehind', () => (this.liveSignal = false));
    this.stream.on('error', (error) => this.signal(() => (this.failure ??= error)));
    this.stream.on('end', () => this.signal(() => (this.ended = true)));
    this.stream.on('close', () => this.signal(() => (this.ended = true)));
  }

  /**
   * The next batch after `checkpoint`, or undefined when the wait ended without one (quiet, or
   * `abort`). Throws when the subscription dropped; the caller reconnects.
   */
  async next(checkpoint: LogPosition, abort: AbortSignal): Promise<SubscriptionBatch | undefined> {
    if (this.items.length === 0 && !this.failure && !this.ended) await this.waitForItems(abort);
    if (this.items.length === 0) {
      if (this.failure) throw this.failure;
      if (this.ended && !this.closed) throw new Error('the $all subscription ended');
      return undefined;
    }
    const events: RecordedEvent[] = [];
    let reached = checkpoint;
    while (this.items.length > 0 && events.length < this.maxBatchSize) {
      const item = this.items.shift()!;
      // Checkpoints can repeat or lag once live, and a resumed subscription must not replay.
      if (comparePositions(item.position, reached) <= 0) continue;
      reached = item.position;
      if (item.event) events.push(item.event);
    }
    if (this.stream.isPaused() && this.items.length < this.highWater / 2) this.stream.resume();
    return { events, checkpoint: reached, caughtUp: this.caughtUp() };
  }

  /** Live: the server said so (or stayed quiet) and nothing is left unread. */
  caughtUp(): boolean {
    return this.liveSignal && this.items.length === 0 && this.stream.readableLength === 0;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.signal(() => undefined);
    await this.stream.unsubscribe().catch(() => undefined);
  }

  private received(resolved: AllStreamResolvedEvent): void {
    const event = resolved.event;
    if (!event) return;
    const position = toLogPosition(event.position);
    // An event Casus cannot read is passed over like a filtered one: the checkpoint moves past it.
    if (!passesFilter(event, this.filter) || !isReadable(event)) return this.enqueue({ position });
    this.enqueue({ event: toRecordedEvent(event), position });
  }

  private async checkpointReached(position: Position): Promise<void> {
    // The stream awaits this callback before reading on, but events it pushed earlier may still
    // sit in its readable buffer: let them reach the queue first.
    while (this.stream.readableLength > 0 && !this.closed) await sleep(this.stream.isPaused() ? 5 : 0);
    if (!this.closed) this.enqueue({ position: toLogPosition(position) });
  }

  private enqueue(item: FeedItem): void {
    if (this.failure) return;
    this.items.push(item);
    if (this.items.length >= this.highWater) this.stream.pause();
    this.signal(() => undefined);
  }

  private signal(change: () => unknown): void {
    change();
    this.wake?.();
  }

  private async waitForItems(abort: AbortSignal): Promise<void> {
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        abort.removeEventListener('abort', done);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(() => {
        this.liveSignal = true;
        done();
      }, QUIET_MS);
      this.wake = done;
      abort.addEventListener('abort', done, { once: true });
    });
  }
}
