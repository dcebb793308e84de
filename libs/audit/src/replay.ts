import { dutchDateOf, type CaseState } from '@casus/domain';
import type { RecordedEvent } from '@casus/event-store';
import { deadlinesAsOf, type DeadlineAsOf } from './deadlines';
import { teamDecisionsOf } from './team-decisions';
import { foldCase } from '@casus/streams';

export type ReplayPoint = Readonly<{ atRevision: number }> | Readonly<{ asOf: Date }>;

export type ReplayedCase = Readonly<{
  state: CaseState;
  /** Revision of the last event folded in; -1 when none was. */
  revision: number;
  /** The moment the replay stands at: the asked moment, or the last folded event's recorded time. */
  asOf: string | null;
  deadlines: readonly DeadlineAsOf[];
}>;

type Stored = Pick<RecordedEvent, 'type' | 'data' | 'metadata' | 'revision' | 'recordedAt'>;

/**
 * The events a replay up to `point` folds: a prefix of the stream in revision order. A stream's
 * events are recorded in revision order, so the prefix stops at the first one recorded later.
 */
export function eventsUpTo<E extends Stored>(events: readonly E[], point: ReplayPoint): E[] {
  const included: E[] = [];
  for (const event of events) {
    const inside = 'atRevision' in point ? event.revision <= point.atRevision : event.recordedAt.getTime() <= point.asOf.getTime();
    if (!inside) break;
    included.push(event);
  }
  return included;
}

/**
 * The case as it stood at a revision or a moment, with the deadlines as they stood then; `processEvents`, the
 * events of its placement processes' streams, give the team's decide-by dates after no place fitted.
 */
export function replayCase(events: readonly Stored[], point: ReplayPoint, processEvents: readonly Stored[] = []): ReplayedCase {
  const included = eventsUpTo(events, point);
  const state = foldCase(included);
  const last = included.at(-1);
  const moment = 'asOf' in point ? point.asOf : last?.recordedAt;
  const known = processEvents.filter((event) => moment !== undefined && event.recordedAt.getTime() <= moment.getTime());
  const teamDecisions = teamDecisionsOf(included, known);
  const deadlines = state.status === 'none' || !moment ? [] : deadlinesAsOf(state, dutchDateOf(moment), teamDecisions);
  return { state, revision: last?.revision ?? -1, asOf: moment?.toISOString() ?? null, deadlines };
}
