import { isPlacingProfessional, type Actor, type Reservation } from '@casus/domain';
import type { EventStore } from '@casus/event-store';
import { refuse } from '../errors';
import { loadOption } from '../option/option-command-handler';
import { loadCase } from './case-commands';
import { loadProcess, recordProcessEvent, triggerEventId } from './process-store';

/** The reservation fact DecidePlacement needs, read from the option's stream (the source of truth). */
export interface ReservationLookup {
  reservationFor(placementId: string): Promise<Reservation | null>;
}

export class EventStoreReservationLookup implements ReservationLookup {
  constructor(private readonly store: EventStore) {}

  async reservationFor(placementId: string): Promise<Reservation | null> {
    const { state } = await loadProcess(this.store, placementId);
    if (!state.reservation) return null;
    const { state: option } = await loadOption(this.store, state.reservation.optionId);
    const held = option.exists ? option.reservations[placementId] : undefined;
    if (!option.exists || !held) return null;
    return { optionId: option.optionId, placementId, provider: option.details.provider, expiresAt: held.expiresAt };
  }
}

/**
 * The team or GI turns the proposed place down, or the provider (the foster family) whose place is reserved
 * does (Handboek Methodisch Matchen, phase B); the process releases it and tries the next candidate.
 */
export async function declineProposal(
  store: EventStore,
  input: { placementId: string; reason: string; actor: Actor; correlationId: string; now: Date },
) {
  const { placementId, reason, actor } = input;
  const { state } = await loadProcess(store, placementId);
  if (!state.placementId || !state.caseId) refuse('PLACEMENT_PROCESS.NOT_FOUND', `no placement process ${placementId}`);
  const { state: caseState } = await loadCase(store, state.caseId);
  const mayDecline = isPlacingProfessional(caseState, actor) || (await holdsTheReservedPlace(store, state.reservation?.optionId, actor));
  if (!mayDecline)
    refuse('PLACEMENT_PROCESS.NOT_ALLOWED', `${actor.role} ${actor.organisation} does not take part in this case's placement`);
  const held = state.reservation;
  if (!held || state.decision)
    refuse('PLACEMENT_PROCESS.NO_PROPOSAL', `placement ${placementId} has no proposed place waiting for a decision`);
  return recordProcessEvent(
    store,
    { type: 'ProposalDeclined', data: { placementId, optionId: held.optionId, attempt: held.attempt, reason, declinedBy: actor } },
    {
      eventId: triggerEventId(placementId, `declined:${held.attempt}`),
      context: { actor, causationId: state.lastEventId, reason },
      now: input.now,
      expectedRevision: 'any',
    },
  );
}

async function holdsTheReservedPlace(store: EventStore, optionId: string | undefined, actor: Actor): Promise<boolean> {
  if (actor.role !== 'provider' || !optionId) return false;
  const { state: option } = await loadOption(store, optionId);
  return option.exists && option.details.provider === actor.organisation;
}

/** The team or GI chooses another ranked candidate than the one held; the process releases that one and reserves the choice. */
export async function chooseCandidate(
  store: EventStore,
  input: { placementId: string; optionId: string; reason: string; actor: Actor; correlationId: string; now: Date },
) {
  const { placementId, optionId, reason, actor } = input;
  const { state } = await loadProcess(store, placementId);
  if (!state.placementId || !state.caseId) refuse('PLACEMENT_PROCESS.NOT_FOUND', `no placement process ${placementId}`);
  const { state: caseState } = await loadCase(store, state.caseId);
  if (!isPlacingProfessional(caseState, actor))
    refuse('PLACEMENT_PROCESS.NOT_ALLOWED', `${actor.role} ${actor.organisation} does not take part in this case's placement`);
  if (state.decision || state.concluded) refuse('PLACEMENT_PROCESS.NO_PROPOSAL', `placement ${placementId} is decided or ended`);
  if (!state.candidates?.includes(optionId))
    refuse('PLACEMENT_PROCESS.NOT_A_CANDIDATE', `option ${optionId} is not among the ranked candidates of placement ${placementId}`);
  return recordProcessEvent(
    store,
    { type: 'CandidateChosen', data: { placementId, optionId, reason, chosenBy: actor } },
    {
      eventId: triggerEventId(placementId, `chosen:${state.attempt}:${optionId}`),
      context: { actor, causationId: state.lastEventId, reason },
      now: input.now,
      expectedRevision: 'any',
    },
  );
}

/** The provider whose place is reserved accepts the proposed child; the decision stays with the team or GI. */
export async function acceptReservation(store: EventStore, input: { placementId: string; actor: Actor; correlationId: string; now: Date }) {
  const { placementId, actor } = input;
  const { state } = await loadProcess(store, placementId);
  if (!state.placementId) refuse('PLACEMENT_PROCESS.NOT_FOUND', `no placement process ${placementId}`);
  const held = state.reservation;
  if (!(await holdsTheReservedPlace(store, held?.optionId, actor)))
    refuse('PLACEMENT_PROCESS.NOT_ALLOWED', `${actor.role} ${actor.organisation} holds no place reserved for placement ${placementId}`);
  if (!held || state.decision) refuse('PLACEMENT_PROCESS.NO_PROPOSAL', `placement ${placementId} has no proposed place waiting`);
  return recordProcessEvent(
    store,
    { type: 'ReservationAccepted', data: { placementId, optionId: held.optionId, attempt: held.attempt, acceptedBy: actor } },
    {
      eventId: triggerEventId(placementId, `accepted:${held.attempt}`),
      context: { actor, causationId: state.lastEventId },
      now: input.now,
      expectedRevision: 'any',
    },
  );
}
