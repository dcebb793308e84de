import type { IsoDate } from '@casus/domain';
import type { RecordedEvent } from '@casus/event-store';

type Stored = Pick<RecordedEvent, 'type' | 'data' | 'recordedAt'>;

/** The team's decide-by date after no place fitted a placement; `answered` once it withdrew the request or matched again. */
export type TeamDecision = Readonly<{ placementId: string; teamDecidesBy: IsoDate; answered: boolean }>;

// The case's answers to a stuck placement, as the deadlines projection meets the decide-by date with them.
const ANSWERS = ['PlacementRematchRequested', 'PlacementRequestWithdrawn'];

/**
 * NoSuitablePlacementFound lives on the placement process's stream, the team's answer on the case: both read
 * in the order they were recorded, the latest run's date counting for each placement.
 */
export function teamDecisionsOf(caseEvents: readonly Stored[], processEvents: readonly Stored[]): TeamDecision[] {
  const inOrder = [
    ...caseEvents.map((event) => ({ event, onCase: true })),
    ...processEvents.map((event) => ({ event, onCase: false })),
  ].sort((a, b) => a.event.recordedAt.getTime() - b.event.recordedAt.getTime());
  const decisions = new Map<string, TeamDecision>();
  for (const { event, onCase } of inOrder) {
    const placementId = String(event.data.placementId);
    if (!onCase && event.type === 'NoSuitablePlacementFound') {
      decisions.set(placementId, { placementId, teamDecidesBy: String(event.data.teamDecidesBy), answered: false });
    }
    const open = decisions.get(placementId);
    if (onCase && ANSWERS.includes(event.type) && open) decisions.set(placementId, { ...open, answered: true });
  }
  return [...decisions.values()];
}
