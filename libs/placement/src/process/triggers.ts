import type { RecordedEvent } from '@casus/event-store';
import type { PlacementProcessEvent } from './process-events';

type Actor = Readonly<{ id: string; role: string; team: string; organisation: string }>;

/** Case events the process listens to; its own stream's events from outside (decline, expiry) wake it too. */
export const CASE_TRIGGER_TYPES = ['PlacementRequested', 'PlacementDecided', 'ChildReturnedHome', 'PlacementEnded'] as const;
export const WAKE_UP_TYPES = ['ProposalDeclined', 'ReservationExpired'] as const;

const actorOf = (event: RecordedEvent): Actor | null => {
  const actor = event.metadata.actor as Actor | undefined;
  return actor && typeof actor.id === 'string' ? { id: actor.id, role: actor.role, team: actor.team, organisation: actor.organisation } : null;
};

/** The process event that records a case event on the placement's stream, or null when it is not for the process. */
export function processEventForCaseEvent(event: RecordedEvent): PlacementProcessEvent | null {
  if (!event.streamId.startsWith('case-')) return null;
  const caseId = event.streamId.slice('case-'.length);
  const data = event.data as Record<string, unknown>;
  const placementId = data.placementId as string;
  switch (event.type) {
    case 'PlacementRequested':
      return { type: 'PlacementProcessStarted', data: { placementId, caseId, childIds: data.childIds as string[], requestedBy: actorOf(event) } };
    case 'PlacementDecided':
      return {
        type: 'PlacementDecisionNoted',
        data: { placementId, optionId: data.optionId as string, decidedOn: data.decidedOn as string, decidedBy: actorOf(event) },
      };
    case 'ChildReturnedHome':
      return { type: 'PlacementConcluded', data: { placementId, cause: 'ChildReturnedHome', on: data.returnedOn as string } };
    case 'PlacementEnded':
      return { type: 'PlacementConcluded', data: { placementId, cause: 'PlacementEnded', on: data.endedOn as string } };
    default:
      return null;
  }
}
