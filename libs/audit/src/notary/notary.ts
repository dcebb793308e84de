import { setTimeout as sleep } from 'node:timers/promises';
import {
  comparePositions,
  formatPosition,
  parsePosition,
  START,
  type EventStore,
  type LogPosition,
  type Subscription,
  type SubscriptionBatch,
} from '@casus/event-store';
import type { SqlClient } from '../event-pages';
import { anchorBody, foldAnchors, signAnchor, type SignedAnchor, type StreamHead } from './anchor';
import { anchorStore, AnchorTaken } from './anchor-store';
import type { NotaryKey } from './notary-key';

export type NotaryOptions = Readonly<{
  store: EventStore;
  db: SqlClient;
  key: NotaryKey;
  /** An anchor after this many events ... */
  everyEvents: number;
  /** ... or this long after the first event not yet anchored. */
  everyMs: number;
  /** The newest committed event's position: the global log's horizon is cluster-wide, so "caught up" is measured against this. */
  logHead?: () => Promise<LogPosition | null>;
  log?: (message: string) => void;
}>;

/**
 * Follows the global log and writes signed anchors of its head: every stream's head, and the
 * access log's. Its checkpoint is its newest anchor, so there is nothing else to keep consistent.
 * Two notaries (two API instances) race for each anchor number; the loser reloads and goes on.
 */
export class Notary {
  private heads = new Map<string, StreamHead>();
  private changed = new Map<string, StreamHead>();
  private last?: SignedAnchor;
  /** Read up to here; `handled` moves there once the batch's anchor, if one was due, is written. */
  private position: LogPosition = START;
  private handled: LogPosition = START;
  private events = 0;
  private subscription?: Subscription;
  private timer?: NodeJS.Timeout;
  private writing: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(private readonly options: NotaryOptions) {}

  /** Refuses to go on from anchors that do not verify: anchoring on top would vouch for them. */
  async start(): Promise<void> {
    const folded = foldAnchors(await anchorStore.all(this.options.db), this.options.key.publicKey);
    if (folded.problem) throw new Error(`the notary does not anchor on top of anchors that do not verify: ${folded.problem}`);
    this.heads = folded.heads;
    this.changed = new Map();
    this.last = folded.last;
    this.position = (folded.last && parsePosition(folded.last.body.position)) ?? START;
    this.handled = this.position;
    this.events = folded.last?.body.events ?? 0;
    this.subscription = this.options.store.subscribeToAll({
      after: this.position,
      handle: (batch) => this.follow(batch),
      onStop: (error) => error && this.restartAfter(error),
    });
  }

  /**
   * Once the notary has read up to the newest committed event, anchors what it has not anchored yet.
   * When another notary took the anchor number first, it reloads from the anchors and tries again.
   */
  async anchorNow(): Promise<SignedAnchor | undefined> {
    for (;;) {
      await this.caughtUp();
      try {
        await this.anchor(true);
        return this.last;
      } catch (error) {
        if (!(error instanceof AnchorTaken)) throw error;
        await this.restart();
      }
    }
  }

  /** Resolves once the notary has read (and anchored as its rules say) every event committed before the call. */
  async caughtUp(): Promise<void> {
    const head = await this.options.logHead?.();
    while (head && comparePositions(this.handled, head) < 0) {
      if (this.stopped) throw new Error('the notary stopped before it caught up');
      await sleep(10);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.subscription?.stop();
    await this.writing.catch(() => undefined);
  }

  private async follow(batch: SubscriptionBatch): Promise<void> {
    for (const event of batch.events) {
      const head = { revision: event.revision, hash: event.hash };
      this.heads.set(event.streamId, head);
      this.changed.set(event.streamId, head);
      this.events += 1;
    }
    this.position = batch.checkpoint;
    if (this.changed.size > 0 && this.countSinceAnchor() >= this.options.everyEvents) await this.anchor(false);
    else if (this.changed.size > 0)
      this.timer ??= setTimeout(() => void this.anchor(false).catch((error) => this.restartAfter(error)), this.options.everyMs);
    this.handled = batch.checkpoint;
  }

  private countSinceAnchor(): number {
    return this.events - (this.last?.body.events ?? 0);
  }

  /** One at a time; `always` also anchors a moved access log when no stream moved. */
  private anchor(always: boolean): Promise<void> {
    const next = this.writing.then(async () => {
      clearTimeout(this.timer);
      this.timer = undefined;
      const { rows } = await this.options.db.query<{ seq: string; hash: string }>('SELECT seq::text, hash FROM access_log_head');
      const accessLog = rows[0] ?? { seq: '0', hash: '0'.repeat(64) };
      const accessLogMoved = accessLog.seq !== this.last?.body.accessLog.seq;
      if (this.changed.size === 0 && !(always && accessLogMoved)) return;
      const body = anchorBody(this.last, this.heads, this.changed, {
        at: new Date(),
        position: formatPosition(this.position),
        events: this.events,
        accessLog,
      });
      const signed = signAnchor(body, this.options.key.privateKey);
      await anchorStore.insert(this.options.db, signed);
      this.last = signed;
      this.changed = new Map();
    });
    this.writing = next.catch(() => undefined);
    return next;
  }

  private async restart(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.subscription?.stop();
    await this.start();
  }

  private restartAfter(error: unknown): void {
    if (this.stopped) return;
    if (!(error instanceof AnchorTaken)) this.options.log?.(`notary restarts: ${(error as Error)?.message ?? error}`);
    this.restart().catch((failure: unknown) => this.options.log?.(`notary stopped: ${(failure as Error)?.message ?? failure}`));
  }
}
