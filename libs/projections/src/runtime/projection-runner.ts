import { loadCheckpoint, START, type EventStore, type LogPosition, type Subscription, type SubscriptionBatch } from '@casus/event-store';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Pool, PoolClient } from 'pg';
import { advanceCheckpoint, CheckpointMoved, ensureCheckpointRow } from './checkpoint-fence';
import { AdvisoryLease } from './lease';
import { accepts, checkpointName, filterOf, type Projection } from './projection';
import { recordStatus, type RunnerState } from './status-store';

export interface RunnerOptions {
  readonly databaseUrl: string;
  /** Connections for the batch transactions. */
  readonly pool: Pool;
  readonly store: EventStore;
  readonly workerId: string;
  /** Events per transaction while catching up; live batches are whatever arrived since the last one. */
  readonly maxBatchSize?: number;
  readonly leaseRetryMs?: number;
  readonly restartDelayMs?: number;
  readonly log?: (message: string) => void;
}

export interface RunnerStatus {
  readonly projection: string;
  readonly state: RunnerState;
  readonly position: LogPosition | null;
  readonly error: string | null;
  readonly eventsApplied: number;
}

/**
 * Under load a projection reads the log at most this often, so one transaction applies many events (issue 19). A read
 * that must see a step waits for it (minPosition); after a quiet spell the next event is read at once.
 */
const PROJECTION_READ_SPACING_MS = 100;

/** Feeds one projection from the global log while this worker holds its lease; stands by otherwise. */
export class ProjectionRunner {
  private state: RunnerState = 'stopped';
  private error: string | null = null;
  private position: LogPosition | null = null;
  private eventsApplied = 0;
  private subscription: Subscription | undefined;
  private readonly lease: AdvisoryLease;
  private readonly stopping = new AbortController();
  private running: Promise<void> | undefined;

  constructor(
    readonly projection: Projection,
    private readonly options: RunnerOptions,
  ) {
    this.lease = new AdvisoryLease(options.databaseUrl, projection.name);
  }

  start(): void {
    this.running ??= this.loop();
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.subscription?.stop();
    await this.running;
  }

  status(): RunnerStatus {
    const { state, error, position, eventsApplied } = this;
    return { projection: this.projection.name, state, error, position, eventsApplied };
  }

  private async loop(): Promise<void> {
    const { leaseRetryMs = 1_000, restartDelayMs = 1_000 } = this.options;
    while (!this.stopping.signal.aborted) {
      try {
        if (!this.lease.held && !(await this.lease.tryAcquire((error) => this.leaseLost(error)))) {
          await this.setState('standby');
          await this.pause(leaseRetryMs);
          continue;
        }
        await this.follow();
      } catch (error) {
        if (this.stopping.signal.aborted) break;
        // A rebuild swapped the tables in and moved the checkpoint: carry on from there.
        if (error instanceof CheckpointMoved) {
          this.options.log?.(`projection ${this.projection.name}: ${error.message}; resuming from the new checkpoint`);
          continue;
        }
        await this.setState('failed', error);
        await this.pause(restartDelayMs);
      }
    }
    const held = this.lease.held;
    await this.lease.release();
    await this.setState('stopped', undefined, held);
  }

  /** Runs the subscription until it stops: on stop(), a lost lease, or an error (rejects). */
  private async follow(): Promise<void> {
    const subscription = checkpointName(this.projection);
    await ensureCheckpointRow(this.options.pool, subscription);
    const after = (await loadCheckpoint(this.options.pool, subscription)) ?? START;
    this.position = after;
    const filter = filterOf([this.projection]);
    // The subscription hands out nothing until there is something new: ask once whether anything is pending.
    const pending = await this.options.store.readAll({ after, maxCount: 1, filter });
    await this.setState(pending.length > 0 ? 'catching-up' : 'live');
    await new Promise<void>((resolve, reject) => {
      this.subscription = this.options.store.subscribeToAll({
        after,
        filter,
        maxBatchSize: this.options.maxBatchSize ?? 5_000,
        liveReadSpacingMs: this.projection.liveReadSpacingMs ?? PROJECTION_READ_SPACING_MS,
        handle: (batch) => this.applyBatch(subscription, batch),
        onStop: (error) => (error ? reject(error) : resolve()),
      });
      if (this.stopping.signal.aborted) void this.subscription.stop();
    });
    this.subscription = undefined;
  }

  private async applyBatch(subscription: string, batch: SubscriptionBatch): Promise<void> {
    const expected = this.position ?? START;
    const events = batch.events.filter((event) => accepts(this.projection, event));
    // Nothing of this projection's in the batch: moving the checkpoint is one statement of its own.
    if (events.length === 0) await advanceCheckpoint(this.options.pool, subscription, expected, batch.checkpoint);
    else {
      await this.inTransaction(async (tx) => {
        await advanceCheckpoint(tx, subscription, expected, batch.checkpoint);
        await this.projection.apply(events, tx);
      });
    }
    this.position = batch.checkpoint;
    this.eventsApplied += batch.events.length;
    const state = batch.caughtUp ? 'live' : 'catching-up';
    if (state !== this.state) await this.setState(state);
  }

  private async inTransaction(work: (tx: PoolClient) => Promise<void>): Promise<void> {
    const client = await this.options.pool.connect();
    // A checked-out pg client has no 'error' listener of the pool's: a terminated session would crash the
    // process instead of failing this batch (which the subscription then retries from the checkpoint).
    client.on('error', ignoreConnectionError);
    try {
      // A read model is rebuilt from the log: a batch lost in a crash is lost with its checkpoint and applied again, so
      // its commit need not wait for the disk.
      await client.query('BEGIN; SET LOCAL synchronous_commit = off');
      await work(client);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.removeListener('error', ignoreConnectionError);
      client.release();
    }
  }

  private leaseLost(error: Error): void {
    this.options.log?.(`projection ${this.projection.name}: lease lost (${error.message}); standing by`);
    void this.subscription?.stop();
  }

  private async setState(state: RunnerState, error?: unknown, persist = this.lease.held): Promise<void> {
    this.state = state;
    this.error = error === undefined ? null : error instanceof Error ? error.message : String(error);
    if (error !== undefined) this.options.log?.(`projection ${this.projection.name} failed: ${this.error}`);
    // Standbys do not write: the status row belongs to the lease holder.
    if (!persist) return;
    await recordStatus(this.options.pool, this.projection, state, this.error, this.options.workerId).catch(() => undefined);
  }

  private pause(ms: number): Promise<void> {
    return sleep(ms, undefined, { signal: this.stopping.signal }).catch(() => undefined);
  }
}

const ignoreConnectionError = (): void => undefined;
