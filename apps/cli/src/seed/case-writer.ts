import { setTimeout as sleep } from 'node:timers/promises';
import {
  caseCommand,
  dutchDateOf,
  type CaseCommandOfType,
  type CaseCommandType,
  type CaseState,
  type IsoDate,
  type Reservation,
} from '@casus/domain';
import type { EventStore } from '@casus/event-store';
import {
  acceptReservation,
  EventStoreReservationLookup,
  handleOptionCommand,
  loadOption,
  loadProcess,
  type RegisterPlacementOption,
} from '@casus/placement';
import { caseCommandWriter, caseDecider, foldCase, handleCommand, streamIdForCase, type RetryPolicy } from '@casus/streams';
import { seededId } from './random';
import type { Professional } from './region';

/** A step's data: the case id is the writer's. */
export type CommandData<T extends CaseCommandType> = Omit<CaseCommandOfType<T>['data'], 'caseId'>;

/** The placement process found no place (every candidate tried, or none fits): the case waits for one. */
export class NoPlaceFound extends Error {}

// The placement process writes to the seeded cases too (it starts placements): a step that loses the race decides again.
const SEED_RETRY: RetryPolicy = { retries: 3 };

/**
 * Writes one case's story step by step through the case decider, as the API's command path does
 * (load, fold, decide, append), but with ids derived from the seed: a step whose first event is
 * already in the stream was written by an earlier run and is skipped, so a second run adds nothing.
 */
export class CaseWriter {
  private step = 0;
  private moment: Date | null = null;

  constructor(
    private readonly store: EventStore,
    private readonly seed: number,
    private readonly caseKey: string,
    readonly caseId: string,
    private readonly clock: () => Date,
    private readonly waitMs: number,
  ) {}

  /**
   * Decides the next steps as of this moment of the story (a signal weeks ago, its assessment days later),
   * so timelines and deadlines look lived in; never before an earlier step, never after now. `null`: now.
   */
  asOf(moment: Date | string | null): this {
    if (moment === null) return ((this.moment = null), this);
    const at = Math.min(Math.max(new Date(moment).getTime(), this.moment?.getTime() ?? 0), this.clock().getTime());
    this.moment = new Date(at);
    return this;
  }

  /** The Dutch day the next step is decided on. */
  today(): IsoDate {
    return dutchDateOf(this.moment ?? this.clock());
  }

  async do<T extends CaseCommandType>(actor: Professional, type: T, data: CommandData<T> | (() => Promise<CommandData<T>>)): Promise<void> {
    const step = this.step++;
    const eventIds = (index: number) =>
      index === 0 ? seededId(this.seed, 'event', this.caseKey, step) : seededId(this.seed, 'event', this.caseKey, step, index);
    const streamId = streamIdForCase(this.caseId);
    if (await this.carriedOut(streamId, eventIds(0))) return;
    const { name: _name, ...domainActor } = actor;
    const command = caseCommand(type, this.caseId, typeof data === 'function' ? await data() : data, domainActor);
    const writer = caseCommandWriter(command, actor, {
      correlationId: seededId(this.seed, 'correlation', this.caseKey, step),
      causationId: seededId(this.seed, 'command', this.caseKey, step),
    });
    await handleCommand(this.store, caseDecider, streamId, command, { writer, now: this.moment ?? this.clock(), eventIds }, SEED_RETRY);
  }

  // A step's data may be a query (a reservation to wait for): a step an earlier run wrote is not asked again.
  private async carriedOut(streamId: string, eventId: string): Promise<boolean> {
    return (await this.store.readStream(streamId)).some((event) => event.id === eventId);
  }

  /** The case's events as stored, numbered by their revision. */
  async events() {
    return this.store.readStream(streamIdForCase(this.caseId));
  }

  async state(): Promise<CaseState> {
    return foldCase(await this.store.readStream(streamIdForCase(this.caseId)));
  }

  /** Waits (bounded) for the placement process to reserve a place; throws NoPlaceFound when it found none. */
  async reservation(placementId: string): Promise<Reservation> {
    const lookup = new EventStoreReservationLookup(this.store);
    const until = Date.now() + this.waitMs;
    for (;;) {
      const reservation = await lookup.reservationFor(placementId);
      if (reservation) return reservation;
      if ((await loadProcess(this.store, placementId)).state.exhausted) throw new NoPlaceFound(`no place found for ${placementId}`);
      if (Date.now() > until) throw new Error(`the placement process did not reserve a place for ${placementId} within ${this.waitMs} ms`);
      await sleep(50);
    }
  }

  /** The reserved place's provider says yes, as it does on /placements/{id}/accept: the reservation as accepted. */
  async acceptedBy(provider: Professional, placementId: string): Promise<Reservation> {
    const { name: _name, ...actor } = provider;
    const correlationId = seededId(this.seed, 'correlation', this.caseKey, 'accepted', placementId);
    await acceptReservation(this.store, { placementId, actor, correlationId, now: this.moment ?? this.clock() });
    const accepted = await new EventStoreReservationLookup(this.store).reservationFor(placementId);
    if (!accepted?.acceptedByProvider) throw new Error(`the acceptance of the place reserved for ${placementId} was not recorded`);
    return accepted;
  }

  /** Waits (bounded) for the placement process to start the decided placement. */
  async started(placementId: string): Promise<void> {
    const until = Date.now() + this.waitMs;
    for (;;) {
      const state = await this.state();
      const placement = state.status === 'none' ? undefined : state.placements.find((p) => p.placementId === placementId);
      if (placement?.startedOn) return;
      if (Date.now() > until) throw new Error(`the placement process did not start ${placementId} within ${this.waitMs} ms`);
      await sleep(50);
    }
  }
}

export async function registerPlace(store: EventStore, seed: number, command: RegisterPlacementOption, now: Date): Promise<boolean> {
  const { optionId } = command.data;
  if ((await loadOption(store, optionId)).state.exists) return false;
  const context = { actor: command.actor, correlationId: seededId(seed, 'correlation', optionId), causationId: null };
  await handleOptionCommand(store, command, { context, now, eventIds: (index) => seededId(seed, 'event', optionId, index) });
  return true;
}
