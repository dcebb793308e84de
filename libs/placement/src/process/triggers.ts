import type { RecordedEvent } from '@casus/event-store';
import { caseIdFromStreamId, toCaseEvent, type EventActor } from '@casus/streams';
import type { PlacementProcessEvent } from './process-events';

/** Case events the process listens to; its own stream's events from outside (decline, expiry) wake it too. */
export const CASE_TRIGGER_TYPES = [
  'PlacementRequestWithdrawn',
  'PlacementRematchRequested',
  'PlacementRequested',
  'PlacementDecided',
  'ChildLeftPlacement',
  'ChildReturnedHome',
  'PlacementEnded',
] as const;
export const WAKE_UP_TYPES = ['ProposalDeclined', 'ReservationExpired', 'CandidateChosen'] as const;

const actorOf = (event: RecordedEvent): EventActor | null => {
  const actor = event.metadata.actor as EventActor | undefined;
  return actor && typeof actor.id === 'string'
    ? { id: actor.id, role: actor.role, team: actor.team, organisation: actor.organisation }
    : null;
};

const isTrigger = (type: string): boolean => (CASE_TRIGGER_TYPES as readonly string[]).includes(type);

/** The process event that records a case event on the placement's stream, or null when it is not for the process. */
export function processEventForCaseEvent(recorded: RecordedEvent): PlacementProcessEvent | null {
  const caseId = caseIdFromStreamId(recorded.streamId);
  if (!caseId || !isTrigger(recorded.type)) return null;
  const event = toCaseEvent(recorded);
  switch (event.type) {
    case 'PlacementRequested': {
      const { placementId, childIds } = event.data;
      return { type: 'PlacementProcessStarted', data: { placementId, caseId, childIds, requestedBy: actorOf(recorded) } };
    }
    case 'PlacementDecided': {
      const { placementId, optionId, decidedOn, moveInOn } = event.data;
      const later = moveInOn ? { moveInOn } : {};
      return { type: 'PlacementDecisionNoted', data: { placementId, optionId, decidedOn, decidedBy: actorOf(recorded), ...later } };
    }
    case 'PlacementRequestWithdrawn': {
      const { placementId, withdrawnOn } = event.data;
      return { type: 'PlacementConcluded', data: { placementId, cause: 'PlacementRequestWithdrawn', on: withdrawnOn } };
    }
    case 'PlacementRematchRequested':
      return { type: 'RematchRequested', data: { placementId: event.data.placementId, reason: event.data.reason } };
    case 'ChildLeftPlacement': {
      const { placementId, childIds, leftOn } = event.data;
      return { type: 'ChildLeftNoted', data: { placementId, childIds, on: leftOn } };
    }
    case 'ChildReturnedHome':
      return {
        type: 'PlacementConcluded',
        data: { placementId: event.data.placementId, cause: 'ChildReturnedHome', on: event.data.returnedOn },
      };
    case 'PlacementEnded':
      return { type: 'PlacementConcluded', data: { placementId: event.data.placementId, cause: 'PlacementEnded', on: event.data.endedOn } };
    default:
      return null;
  }
}
