import { addDays, dutchDateOf, requestLapsesOn, type Actor } from '@casus/domain';
import { endedByLapse, lapseOf, reservationExpiry } from './request-lapse';
import { WrongExpectedRevision, type EventStore, type LogPosition, type Queryable } from '@casus/event-store';
import { match, type MatchingConfig } from '@casus/matching';
import { PlacementError } from '../errors';
import type { Writer } from '@casus/streams';
import { PROCESS_ACTOR, stepId } from '../metadata';
import { handleOptionCommand } from '../option/option-command-handler';
import type { PlacementProcessEvent } from '../process/process-events';
import type { PlacementProcessState } from '../process/process-state';
import { nextStep, type ProcessStep } from '../process/process-steps';
import { keptApartFrom, matchRequestFor, placesFor } from '../process/matching-request';
import type { CapacityReader } from './capacity-reader';
import { loadCase, type CaseCommandSender } from './case-commands';
import { networkFamiliesAmong, networkOptionsOf } from './network-families';
import { placementTimers } from './placement-timers';
import { loadProcess, recordProcessEvent } from './process-store';

export type ProcessSettings = Readonly<{
  reservationTtlMs: number;
  /** Days the team has to find another way when no place fits. */
  noSuitablePlacementDays: number;
  matching: MatchingConfig;
}>;

export type DriverDeps = Readonly<{
  store: EventStore;
  db: Queryable;
  capacity: CapacityReader;
  cases: CaseCommandSender;
  clock: () => Date;
  settings: ProcessSettings;
  /** Called after every effect; crash tests kill the process here. */
  onEffect?: (placementId: string, effect: string) => void;
}>;

const MAX_STEPS = 1_000;

/**
 * Carries out the process's next steps until it waits for the world (a decision, a timer, the end).
 * A process loop, not handleCommand: a step's effect is already done on other streams when its outcome is
 * recorded, so on a conflict the loop must look at the whole process again and pick the next step, not decide the same outcome anew.
 */
export async function driveProcess(deps: DriverDeps, placementId: string): Promise<PlacementProcessState> {
  for (let i = 0; i < MAX_STEPS; i++) {
    const { state, revision, position } = await loadProcess(deps.store, placementId);
    const step = nextStep(state);
    if (!step) return state;
    const context = { actor: PROCESS_ACTOR, correlationId: placementId, causationId: state.lastEventId };
    const outcome = await carryOut(deps, { state, position }, step, context);
    deps.onEffect?.(placementId, `${step.kind}:effect`);
    try {
      await recordProcessEvent(deps.store, outcome.event, {
        eventId: outcome.eventId,
        context,
        now: deps.clock(),
        expectedRevision: revision,
      });
    } catch (error) {
      // A trigger (decline, timer) came in meanwhile: look again; the step's effect is idempotent.
      if (!(error instanceof WrongExpectedRevision)) throw error;
    }
    deps.onEffect?.(placementId, `${step.kind}:recorded`);
  }
  throw new Error(`placement ${placementId}: the process did not settle in ${MAX_STEPS} steps`);
}

type Outcome = { event: PlacementProcessEvent; eventId: string };

// The first run's step ids are those of processes recorded before matching could run again.
const ofRun = (run: number): number[] => (run === 0 ? [] : [run]);

async function carryOut(
  deps: DriverDeps,
  { state, position }: { state: PlacementProcessState; position: LogPosition | null },
  step: ProcessStep,
  context: Writer,
): Promise<Outcome> {
  const placementId = state.placementId!;
  const caseId = state.caseId!;
  const now = deps.clock();
  const option = (command: Parameters<typeof handleOptionCommand>[1], key: string) =>
    handleOptionCommand(deps.store, command, { context, now, eventIds: (i) => stepId(placementId, key, i) });
  switch (step.kind) {
    case 'propose': {
      // Capacity as of the request at least: a place registered or freed before it is a candidate. A place
      // taken since is refused by its stream's revision check when reserving, and the next candidate is tried.
      const [{ state: caseState }, market] = await Promise.all([loadCase(deps.store, caseId), deps.capacity.all(position ?? undefined)]);
      if (caseState.status === 'none') throw new Error(`placement ${placementId}: case ${caseId} not found`);
      const ended = endedByLapse(placementId, requestLapsesOn(caseState, placementId), now);
      if (ended) return ended;
      const network = await networkOptionsOf(deps.store, caseState, { context, now });
      const options = [...market, ...network];
      const networkFamilies = networkFamiliesAmong(caseState, network);
      const request = matchRequestFor(caseState, placementId, options, state.declined);
      const result = match(request, options, deps.settings.matching);
      const { matchingVersion, configVersion, ranked, excluded } = result;
      const data = {
        placementId,
        caseId,
        matchingVersion,
        configVersion,
        referenceDate: request.referenceDate,
        places: placesFor(request),
        keptApartFrom: keptApartFrom(caseState, placementId),
        ranked,
        excluded,
        ...(networkFamilies ? { networkFamilies } : {}),
      };
      return { event: { type: 'PlacementCandidatesProposed', data }, eventId: stepId(placementId, 'proposed', ...ofRun(step.run)) };
    }
    case 'reserve': {
      const lapse = await lapseOf(deps.store, caseId, placementId);
      const ended = endedByLapse(placementId, lapse, now);
      if (ended) return ended;
      const { optionId, attempt, places } = step;
      const eventId = stepId(placementId, 'reserve-outcome', attempt);
      const expiresAt = reservationExpiry(now, deps.settings.reservationTtlMs, lapse);
      try {
        const result = await option(
          {
            type: 'ReservePlace',
            actor: PROCESS_ACTOR,
            data: { optionId, placementId, places, expiresAt, caseId, childIds: state.childIds, keptApartFrom: state.keptApartFrom },
          },
          `reserve:${attempt}`,
        );
        const held = result.state.exists ? result.state.reservations[placementId] : undefined;
        if (!held) throw new Error(`placement ${placementId}: option ${optionId} shows no reservation after reserving`);
        deps.onEffect?.(placementId, 'reserve:reserved');
        // The timer before the record: a crash in between replays the (idempotent) reservation and timer.
        await placementTimers.schedule(deps.db, { placementId, attempt, optionId, dueAt: new Date(held.expiresAt) });
        return {
          event: { type: 'CandidateReserved', data: { placementId, optionId, attempt, places: held.places, expiresAt: held.expiresAt } },
          eventId,
        };
      } catch (error) {
        if (!(error instanceof PlacementError)) throw error;
        return {
          event: { type: 'CandidateUnavailable', data: { placementId, optionId, attempt, reason: `${error.code}: ${error.message}` } },
          eventId,
        };
      }
    }
    case 'release': {
      const { optionId, attempt, reason } = step;
      await option({ type: 'ReleaseReservation', actor: PROCESS_ACTOR, data: { optionId, placementId, reason } }, `release:${attempt}`);
      await placementTimers.cancel(deps.db, placementId, attempt);
      return {
        event: { type: 'CandidateReleased', data: { placementId, optionId, attempt, reason } },
        eventId: stepId(placementId, 'released', attempt),
      };
    }
    case 'give-up': {
      const teamDecidesBy = addDays(dutchDateOf(now), deps.settings.noSuitablePlacementDays);
      const data = { placementId, caseId, candidatesTried: step.candidatesTried, teamDecidesBy };
      return { event: { type: 'NoSuitablePlacementFound', data }, eventId: stepId(placementId, 'no-suitable', ...ofRun(step.run)) };
    }
    case 'occupy': {
      await option({ type: 'OccupyPlace', actor: PROCESS_ACTOR, data: { optionId: step.optionId, placementId } }, 'occupy');
      await placementTimers.cancelAll(deps.db, placementId);
      return { event: { type: 'PlaceTaken', data: { placementId, optionId: step.optionId } }, eventId: stepId(placementId, 'taken') };
    }
    case 'start-placement': {
      // The process carries out the decision in the name of whoever took it: the case's access rules apply to them.
      const actor = state.decision!.decidedBy as Actor;
      const startedOn = dutchDateOf(now);
      await deps.cases.send(
        { type: 'StartPlacement', actor, data: { caseId, placementId, startedOn } },
        { eventId: stepId(placementId, 'start'), context: { ...context, actor: { ...actor } }, now },
      );
      return {
        event: { type: 'PlacementStartSent', data: { placementId, caseId, startedOn } },
        eventId: stepId(placementId, 'start-sent'),
      };
    }
    case 'vacate': {
      await option(
        { type: 'VacatePlace', actor: PROCESS_ACTOR, data: { optionId: step.optionId, placementId, reason: step.reason } },
        'vacate',
      );
      return { event: { type: 'PlaceFreed', data: { placementId, optionId: step.optionId } }, eventId: stepId(placementId, 'freed') };
    }
    case 'free-child-place': {
      const { optionId, childIds, departure } = step;
      await option(
        { type: 'VacatePlace', actor: PROCESS_ACTOR, data: { optionId, placementId, reason: 'a child left the placement', childIds } },
        `vacate-child:${departure}`,
      );
      return {
        event: { type: 'ChildPlaceFreed', data: { placementId, optionId, childIds, departure } },
        eventId: stepId(placementId, 'child-freed', departure),
      };
    }
    default: {
      const _exhaustive: never = step;
      return _exhaustive;
    }
  }
}
