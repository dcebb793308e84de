import type { CaseState } from '@casus/domain';
import type { RecordedEvent } from '@casus/event-store';
import { historyEntryOf, type HistoryEntry } from './history';
import { replayCase } from './replay';
import type { DeadlineAsOf } from './deadlines';

export const DECISION_EVENT_TYPES = ['PlacementDecided', 'ReturnDecisionRecorded'] as const;

export const placementStreamId = (placementId: string): string => `placement-${placementId}`;

export type DecisionContext = Readonly<{
  decision: HistoryEntry;
  /** The case just before the decision was recorded: what the professionals had on file. */
  stateBefore: CaseState;
  deadlinesBefore: readonly DeadlineAsOf[];
  /** What the decision rested on, e.g. the matching candidates it chose from; recorded before it. */
  inputs: readonly HistoryEntry[];
}>;

export type DecisionLookup =
  | Readonly<{ found: true; placementId: string; decision: RecordedEvent }>
  | Readonly<{ found: false; reason: 'no-such-event' | 'not-a-decision' }>;

export function findDecision(caseEvents: readonly RecordedEvent[], eventId: string): DecisionLookup {
  const decision = caseEvents.find((event) => event.id === eventId);
  if (!decision) return { found: false, reason: 'no-such-event' };
  if (!(DECISION_EVENT_TYPES as readonly string[]).includes(decision.type)) return { found: false, reason: 'not-a-decision' };
  return { found: true, placementId: String(decision.data.placementId), decision };
}

/**
 * The inputs are the placement process's events recorded before the decision (candidates proposed,
 * places reserved), the latest candidates list last: the one the decision chose from.
 */
export function decisionContext(
  caseEvents: readonly RecordedEvent[],
  decision: RecordedEvent,
  placementEvents: readonly RecordedEvent[],
): DecisionContext {
  const before = replayCase(caseEvents, { atRevision: decision.revision - 1 }, placementEvents);
  const decidedAt = decision.recordedAt.getTime();
  const inputs = placementEvents.filter((event) => event.recordedAt.getTime() <= decidedAt).map(historyEntryOf);
  return { decision: historyEntryOf(decision), stateBefore: before.state, deadlinesBefore: before.deadlines, inputs };
}
