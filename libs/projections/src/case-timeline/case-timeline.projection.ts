import { CASE_EVENT_TYPES } from '@casus/domain';
import type { RecordedEvent } from '@casus/event-store';
import type { Projection, ProjectionTx } from '../runtime/projection';
import { upsertRows } from '../runtime/sql';
import { actorOf, caseIdOf, reasonOf } from '../shared/recorded';
import { summariesOf } from './step-wording';

const COLUMNS = {
  event_id: 'uuid',
  case_id: 'uuid',
  revision: 'integer',
  event_type: 'text',
  occurred_at: 'timestamptz',
  summary: 'text',
  summary_nl: 'text',
  actor_id: 'text',
  actor_role: 'text',
  actor_team: 'text',
  actor_organisation: 'text',
  reason: 'text',
} as const;

export function timelineRow(event: RecordedEvent, caseId: string) {
  const actor = actorOf(event.metadata);
  const summary = summariesOf(event);
  return {
    event_id: event.id,
    case_id: caseId,
    revision: event.revision,
    event_type: event.type,
    occurred_at: event.recordedAt.toISOString(),
    summary: summary.en,
    summary_nl: summary.nl,
    actor_id: actor.id,
    actor_role: actor.role,
    actor_team: actor.team,
    actor_organisation: actor.organisation,
    reason: reasonOf(event),
  };
}

export const caseTimelineProjection: Projection = {
  name: 'case-timeline',
  // 2: family members' names left out of the wording; rebuild to drop them from older rows.
  // 3: the words of @casus/wording (signal sources and court-order kinds in English).
  // 4: a consent's line says who gave it (a family member, the child, the guardian).
  // 5: the line in Dutch too (summary_nl), for the app's timeline.
  version: 5,
  streamPrefixes: ['case-'],
  eventTypes: CASE_EVENT_TYPES,
  tables: ['rm_case_timeline'],

  async apply(events: readonly RecordedEvent[], tx: ProjectionTx): Promise<void> {
    // One row per event: a step applied twice is the same row.
    await upsertRows(tx, 'rm_case_timeline', COLUMNS, ['event_id'], timelineRows(events), 'nothing');
  },

  // A rebuild reads each event once: plain INSERTs, and the keys are built after the load.
  rebuilder: () => {
    let page: RecordedEvent[] = [];
    return {
      insertsOnly: true,
      add: async (events) => {
        page.push(...events);
      },
      flush: async (tx) => {
        const rows = timelineRows(page);
        page = [];
        await upsertRows(tx, 'rm_case_timeline', COLUMNS, ['event_id'], rows, 'insert');
      },
    };
  },
};

function timelineRows(events: readonly RecordedEvent[]) {
  return events.flatMap((event) => {
    const caseId = caseIdOf(event);
    return caseId ? [timelineRow(event, caseId)] : [];
  });
}
