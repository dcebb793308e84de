import { isPlacingProfessional, type Actor } from '@casus/domain';
import type { EventStore } from '@casus/event-store';
import { refuse } from '../errors';
import { loadOption } from '../option/option-command-handler';
import type { PlacementProcessEvent } from '../process/process-events';
import type { PlacementProcessState } from '../process/process-state';
import { loadCase } from './case-commands';
import { loadProcess, recordProcessEvent, triggerEventId } from './process-store';

type Answer = { placementId: string; actor: Actor; correlationId: string; now: Date };

/**
 * How the people answer a proposal (Handboek Methodisch Matchen, phase B): the team or GI chooses or
 * declines, the provider (the foster family) whose place is reserved accepts or declines. Matching
 * proposes; each answer is recorded on the process's stream and the process acts on it.
 */
export async function declineProposal(store: EventStore, input: Answer & { reason: string }) {
  const { placementId, reason, actor } = input;
  const state = await processOf(store, placementId);
  const mayDecline = (await placesTheChild(store, state, actor)) || (await holdsTheReservedPlace(store, state, actor));
  if (!mayDecline) notAllowed(actor, placementId);
  const held = requireProposal(state, placementId);
  const data = { placementId, optionId: held.optionId, attempt: held.attempt, reason, declinedBy: actor };
  return record(store, state, { type: 'ProposalDeclined', data }, `declined:${held.attempt}`, input);
}

/** Another ranked candidate than the one held: the process releases that one and reserves the choice. */
export async function chooseCandidate(store: EventStore, input: Answer & { optionId: string; reason: string }) {
  const { placementId, optionId, reason, actor } = input;
  const state = await processOf(store, placementId);
  if (!(await placesTheChild(store, state, actor))) notAllowed(actor, placementId);
  if (state.decision || state.concluded) refuse('PLACEMENT_PROCESS.NO_PROPOSAL', `placement ${placementId} is decided or ended`);
  if (!state.candidates?.includes(optionId))
    refuse('PLACEMENT_PROCESS.NOT_A_CANDIDATE', `option ${optionId} is not among the ranked candidates of placement ${placementId}`);
  const data = { placementId, optionId, reason, chosenBy: actor };
  return record(store, state, { type: 'CandidateChosen', data }, `chosen:${state.attempt}:${optionId}`, input);
}

/** The provider accepts the proposed child; the decision stays with the team or GI. */
export async function acceptReservation(store: EventStore, input: Answer) {
  const { placementId, actor } = input;
  const state = await processOf(store, placementId);
  if (!(await holdsTheReservedPlace(store, state, actor))) notAllowed(actor, placementId);
  const held = requireProposal(state, placementId);
  const data = { placementId, optionId: held.optionId, attempt: held.attempt, acceptedBy: actor };
  return record(store, state, { type: 'ReservationAccepted', data }, `accepted:${held.attempt}`, input);
}

async function processOf(store: EventStore, placementId: string): Promise<PlacementProcessState> {
  const { state } = await loadProcess(store, placementId);
  if (!state.placementId || !state.caseId) refuse('PLACEMENT_PROCESS.NOT_FOUND', `no placement process ${placementId}`);
  return state;
}

async function placesTheChild(store: EventStore, state: PlacementProcessState, actor: Actor): Promise<boolean> {
  const { state: caseState } = await loadCase(store, state.caseId!);
  return isPlacingProfessional(caseState, actor);
}

async function holdsTheReservedPlace(store: EventStore, state: PlacementProcessState, actor: Actor): Promise<boolean> {
  if (actor.role !== 'provider' || !state.reservation) return false;
  const { state: option } = await loadOption(store, state.reservation.optionId);
  return option.exists && option.details.provider === actor.organisation;
}

function requireProposal(state: PlacementProcessState, placementId: string) {
  if (!state.reservation || state.decision)
    refuse('PLACEMENT_PROCESS.NO_PROPOSAL', `placement ${placementId} has no proposed place waiting for a decision`);
  return state.reservation;
}

// One message for "not yours" whatever the reason, so a refusal tells an outsider nothing about the placement.
function notAllowed(actor: Actor, placementId: string): never {
  refuse('PLACEMENT_PROCESS.NOT_ALLOWED', `${actor.role} ${actor.organisation} does not take part in placement ${placementId}`);
}

function record(store: EventStore, state: PlacementProcessState, event: PlacementProcessEvent, key: string, input: Answer) {
  const reason = 'reason' in event.data && typeof event.data.reason === 'string' ? { reason: event.data.reason } : {};
  return recordProcessEvent(store, event, {
    eventId: triggerEventId(input.placementId, key),
    context: { actor: input.actor, causationId: state.lastEventId, ...reason },
    now: input.now,
    expectedRevision: 'any',
  });
}
