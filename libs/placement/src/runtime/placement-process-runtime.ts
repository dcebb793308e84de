import { setTimeout as sleep } from 'node:timers/promises';
import { saveCheckpoint, loadCheckpoint, type RecordedEvent, type Subscription } from '@casus/event-store';
import { Client, type Pool } from 'pg';
import { PROCESS_ACTOR } from '../metadata';
import { CASE_TRIGGER_TYPES, WAKE_UP_TYPES, processEventForCaseEvent } from '../process/triggers';
import { PLACEMENT_STREAM_PREFIX } from '../process/process-events';
import { driveProcess, type DriverDeps } from './process-driver';
import { placementTimers } from './placement-timers';
import { loadProcess, recordProcessEvent, triggerEventId } from './process-store';

export const PLACEMENT_PROCESS_SUBSCRIPTION = 'placement-process';
// One worker per database drives the process: others wait on this advisory lock and take over when it frees.
const LEASE_KEY = 0x706c6163; // "plac"

export type RuntimeOptions = DriverDeps & {
  pool: Pool;
  connectionString: string;
  timerPollMs?: number;
  standbyPollMs?: number;
  retryDelayMs?: number;
  /** How often one trigger's steps are tried before the placement is parked (default 3). */
  stepAttempts?: number;
  /** Pause before the next try, times the try's number (default 200 ms). */
  stepRetryDelayMs?: number;
  /** Where a parked placement and a stopped subscription are told: the process's own log. */
  log: (message: string, error: unknown) => void;
};

/**
 * The placement process manager: a checkpointed subscription on the global log records each trigger
 * on the placement's own stream and drives the process; a poller fires due reservation timers.
 * The checkpoint is saved after the batch's processes are driven: a crash replays the batch, and
 * every step being idempotent, the replay changes nothing that was done.
 */
export class PlacementProcessRuntime {
  private subscription?: Subscription;
  private lease?: Client;
  private timer?: NodeJS.Timeout;
  private standby?: NodeJS.Timeout;
  private stopped = false;
  private firing = false;

  constructor(private readonly options: RuntimeOptions) {}

  async start(): Promise<void> {
    this.stopped = false;
    if (!(await this.tryTakeLease())) {
      this.standby = setInterval(
        () =>
          void this.tryTakeLease()
            .then((ok) => ok && this.stopStandby())
            .catch(this.logError),
        this.options.standbyPollMs ?? 2_000,
      );
    }
  }

  get active(): boolean {
    return Boolean(this.subscription);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopStandby();
    if (this.timer) clearInterval(this.timer);
    await this.subscription?.stop();
    this.subscription = undefined;
    await this.lease?.end().catch(() => undefined);
    this.lease = undefined;
  }

  /** Fires the reservation timers that are due now (also called by the poller). */
  async fireDueTimers(): Promise<void> {
    if (this.firing) return;
    this.firing = true;
    try {
      const now = this.options.clock();
      for (const timer of await placementTimers.due(this.options.pool, now)) {
        const { placementId, attempt, optionId } = timer;
        await recordProcessEvent(
          this.options.store,
          { type: 'ReservationExpired', data: { placementId, optionId, attempt, expiredAt: timer.dueAt.toISOString() } },
          {
            eventId: triggerEventId(placementId, `expired:${attempt}`),
            context: { actor: PROCESS_ACTOR, causationId: null },
            now,
            expectedRevision: 'any',
          },
        );
        await placementTimers.fired(this.options.pool, placementId, attempt);
      }
    } finally {
      this.firing = false;
    }
  }

  private stopStandby(): void {
    if (this.standby) clearInterval(this.standby);
    this.standby = undefined;
  }

  private async tryTakeLease(): Promise<boolean> {
    if (this.stopped || this.lease) return Boolean(this.lease);
    const client = new Client({ connectionString: this.options.connectionString });
    client.on('error', () => undefined);
    await client.connect();
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [LEASE_KEY]);
    if (!rows[0].locked || this.stopped) {
      await client.end();
      return false;
    }
    this.lease = client;
    await this.subscribe();
    this.timer = setInterval(() => void this.fireDueTimers().catch(this.logError), this.options.timerPollMs ?? 1_000);
    return true;
  }

  private async subscribe(): Promise<void> {
    const after = await loadCheckpoint(this.options.pool, PLACEMENT_PROCESS_SUBSCRIPTION);
    this.subscription = this.options.store.subscribeToAll({
      after,
      filter: { streamPrefixes: ['case-', PLACEMENT_STREAM_PREFIX], eventTypes: [...CASE_TRIGGER_TYPES, ...WAKE_UP_TYPES] },
      maxBatchSize: 100,
      handle: async (batch) => {
        for (const event of batch.events) await this.handle(event);
        await saveCheckpoint(this.options.pool, PLACEMENT_PROCESS_SUBSCRIPTION, batch.checkpoint);
        this.options.onEffect?.('', 'checkpoint');
      },
      onStop: (error) => {
        if (!error || this.stopped) return;
        this.logError(error);
        // Resume from the last checkpoint; the failed batch is replayed, its done steps are no-ops.
        this.subscription = undefined;
        setTimeout(() => void (this.stopped || this.subscribe().catch(this.logError)), this.options.retryDelayMs ?? 1_000);
      },
    });
  }

  /**
   * One placement's failing step must not hold up the others: after a few tries the failure is
   * recorded on its stream (PlacementProcessParked, with the error), logged, and the batch goes on.
   * Its next trigger (a decision, a decline, an expiry) drives it again. Only when even the parking
   * record cannot be written (the store is down) does the subscription stop and resume later.
   */
  private async handle(event: RecordedEvent): Promise<void> {
    const placementId = (event.data as { placementId?: string }).placementId;
    if (!placementId) return;
    const attempts = Math.max(1, this.options.stepAttempts ?? 3);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.handleOnce(event, placementId);
      } catch (error) {
        if (this.stopped) throw error;
        if (attempt < attempts) {
          await sleep((this.options.stepRetryDelayMs ?? 200) * attempt);
          continue;
        }
        await this.park(event, placementId, attempt, error);
        return;
      }
    }
  }

  private async handleOnce(event: RecordedEvent, placementId: string): Promise<void> {
    const processEvent = processEventForCaseEvent(event);
    // A return home is followed by PlacementEnded for the same placement: one conclusion is enough.
    const alreadyConcluded =
      processEvent?.type === 'PlacementConcluded' && (await loadProcess(this.options.store, placementId)).state.concluded !== null;
    if (processEvent && !alreadyConcluded) {
      await recordProcessEvent(this.options.store, processEvent, {
        eventId: triggerEventId(placementId, event.id),
        context: { actor: PROCESS_ACTOR, causationId: event.id },
        now: this.options.clock(),
        expectedRevision: 'any',
      });
      this.options.onEffect?.(placementId, `${processEvent.type}:recorded`);
    }
    await driveProcess(this.options, placementId);
  }

  private async park(event: RecordedEvent, placementId: string, attempts: number, error: unknown): Promise<void> {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    this.options.log(`placement ${placementId} parked after ${attempts} failed tries on ${event.type} ${event.id}`, error);
    await recordProcessEvent(
      this.options.store,
      {
        type: 'PlacementProcessParked',
        data: { placementId, triggerEventId: event.id, triggerType: event.type, attempts, error: message.slice(0, 2_000) },
      },
      {
        eventId: triggerEventId(placementId, `parked:${event.id}`),
        context: { actor: PROCESS_ACTOR, causationId: event.id },
        now: this.options.clock(),
        expectedRevision: 'any',
      },
    );
    this.options.onEffect?.(placementId, 'parked');
  }

  private readonly logError = (error: unknown): void => {
    this.options.log('placement process runtime failed', error);
  };
}
