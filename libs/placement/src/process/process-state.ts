import type { PlacementProcessEvent } from './process-events';

export type HeldReservation = Readonly<{ optionId: string; attempt: number; places: number; expiresAt: string }>;

export type PlacementProcessState = Readonly<{
  placementId: string | null;
  caseId: string | null;
  childIds: readonly string[];
  keptApartFrom: readonly string[];
  /** Option ids, best first, as proposed; null until the matching ran. */
  candidates: readonly string[] | null;
  places: number;
  /** Number of the reservation attempt being made (or to make next), counted over every matching run. */
  attempt: number;
  /** Matching runs so far minus one. */
  run: number;
  /** Candidates of this run reserved or found unavailable: the next one tried is the best not among them. */
  tried: readonly string[];
  /** The candidate the team chose, to reserve next. */
  chosen: string | null;
  reservation: HeldReservation | null;
  /** The provider's acceptance of the reservation held now; null for any other. */
  accepted: Readonly<{ optionId: string; attempt: number; by: unknown }> | null;
  /** Options that declined this placement: a later matching run does not propose them again. */
  declined: readonly string[];
  /** A reservation that expired or was declined and is still to be released on its option. */
  toRelease: (HeldReservation & { reason: string }) | null;
  exhausted: boolean;
  /** `moveInOn`: the child moves in later, and the team records the start when it happens. */
  decision: Readonly<{ optionId: string; decidedOn: string; decidedBy: unknown; moveInOn: string | null }> | null;
  placeTaken: boolean;
  startSent: boolean;
  concluded: Readonly<{ cause: string; on: string }> | null;
  placeFreed: boolean;
  /** Children who left while their siblings stayed, and whether their places are free again. */
  departures: readonly Readonly<{ childIds: readonly string[]; freed: boolean }>[];
  /** Set when a step kept failing and the process was set aside; cleared by the next event that moves it on. */
  parked: Readonly<{ error: string; triggerEventId: string; attempts: number }> | null;
  /** The id of the last event recorded: what caused the next step. */
  lastEventId: string | null;
}>;

export const initialProcessState = (): PlacementProcessState => ({
  placementId: null,
  caseId: null,
  childIds: [],
  keptApartFrom: [],
  candidates: null,
  places: 0,
  attempt: 0,
  run: 0,
  tried: [],
  chosen: null,
  reservation: null,
  accepted: null,
  declined: [],
  toRelease: null,
  exhausted: false,
  decision: null,
  placeTaken: false,
  startSent: false,
  concluded: null,
  placeFreed: false,
  departures: [],
  parked: null,
  lastEventId: null,
});

export function evolveProcess(state: PlacementProcessState, event: PlacementProcessEvent): PlacementProcessState {
  if (event.type === 'PlacementProcessParked') {
    const { error, triggerEventId, attempts } = event.data;
    return { ...state, parked: { error, triggerEventId, attempts } };
  }
  const next = evolveStep(state, event);
  // An acceptance belongs to the reservation it was given for.
  const accepted = next.accepted && next.reservation?.attempt === next.accepted.attempt ? next.accepted : null;
  return { ...next, accepted, parked: null };
}

function evolveStep(
  state: PlacementProcessState,
  event: Exclude<PlacementProcessEvent, { type: 'PlacementProcessParked' }>,
): PlacementProcessState {
  switch (event.type) {
    case 'PlacementProcessStarted':
      return { ...state, placementId: event.data.placementId, caseId: event.data.caseId, childIds: event.data.childIds };
    case 'PlacementCandidatesProposed':
      return {
        ...state,
        candidates: event.data.ranked.map((r) => r.optionId),
        tried: [],
        chosen: null,
        places: event.data.places,
        keptApartFrom: event.data.keptApartFrom ?? [],
      };
    case 'CandidateReserved': {
      const { optionId, attempt, places, expiresAt } = event.data;
      return { ...state, reservation: { optionId, attempt, places, expiresAt }, tried: [...state.tried, optionId], chosen: null };
    }
    case 'CandidateUnavailable':
      return { ...state, attempt: event.data.attempt + 1, tried: [...state.tried, event.data.optionId], chosen: null };
    case 'ReservationAccepted': {
      const { optionId, attempt, acceptedBy } = event.data;
      if (state.reservation?.attempt !== attempt) return state;
      return { ...state, accepted: { optionId, attempt, by: acceptedBy } };
    }
    case 'CandidateChosen': {
      if (state.decision || state.concluded || state.reservation?.optionId === event.data.optionId) return state;
      const held = state.reservation;
      const toRelease = held ? { ...held, reason: `the team chose another candidate: ${event.data.reason}` } : state.toRelease;
      return { ...state, chosen: event.data.optionId, exhausted: false, reservation: null, toRelease };
    }
    case 'ReservationExpired':
    case 'ProposalDeclined': {
      const held = state.reservation;
      if (!held || held.attempt !== event.data.attempt || state.decision) return state;
      const reason = event.type === 'ReservationExpired' ? 'reservation expired' : `proposal declined: ${event.data.reason}`;
      const declined = event.type === 'ProposalDeclined' ? [...state.declined, held.optionId] : state.declined;
      return { ...state, reservation: null, declined, toRelease: { ...held, reason } };
    }
    case 'CandidateReleased': {
      const reservation = state.reservation?.attempt === event.data.attempt ? null : state.reservation;
      return { ...state, reservation, toRelease: null, attempt: event.data.attempt + 1 };
    }
    case 'NoSuitablePlacementFound':
      return { ...state, exhausted: true };
    case 'RematchRequested': {
      if (state.decision || state.concluded) return state;
      // Attempts go on counting, so every reservation, timer and step id of a new run is new.
      const held = state.reservation ?? state.toRelease;
      const next = held ? held.attempt + 1 : state.attempt;
      const toRelease = held ? { ...held, reason: `matching runs again: ${event.data.reason}` } : null;
      return {
        ...state,
        candidates: null,
        exhausted: false,
        run: state.run + 1,
        attempt: next,
        reservation: null,
        toRelease,
      };
    }
    case 'PlacementDecisionNoted': {
      const { optionId, decidedOn, decidedBy, moveInOn = null } = event.data;
      return { ...state, decision: { optionId, decidedOn, decidedBy, moveInOn } };
    }
    case 'PlaceTaken':
      return { ...state, placeTaken: true, reservation: null };
    case 'PlacementStartSent':
      return { ...state, startSent: true };
    case 'PlacementConcluded':
      // A return home also ends the placement (ChildReturnedHome, then PlacementEnded): the first cause stands.
      return { ...state, concluded: state.concluded ?? { cause: event.data.cause, on: event.data.on } };
    case 'PlaceFreed':
      return { ...state, placeFreed: true };
    case 'ChildLeftNoted':
      return { ...state, departures: [...state.departures, { childIds: event.data.childIds, freed: false }] };
    case 'ChildPlaceFreed':
      return { ...state, departures: state.departures.map((d, i) => (i === event.data.departure ? { ...d, freed: true } : d)) };
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}
