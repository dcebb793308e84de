import { CASE_EVENT_TYPES } from '@casus/domain';
import type { RecordedEvent } from '@casus/event-store';
import type { Projection, ProjectionTx } from '../runtime/projection';
import { upsertRows } from '../runtime/sql';
import { asCaseEvent, caseIdOf } from '../shared/recorded';
import { applyCaseEvent, applyReservationEvent, DeadlineBook, RESERVATION_EVENT_TYPES, reservationDeadlineId, type DeadlineRow } from './deadline-rules';

const COLUMNS = {
  deadline_id: 'text',
  case_id: 'uuid',
  kind: 'text',
  description: 'text',
  child_id: 'uuid',
  placement_id: 'uuid',
  due_on: 'date',
  due_at: 'timestamptz',
  status: 'text',
  opened_by_event_id: 'uuid',
  closed_by_event_id: 'uuid',
  closed_by_event_type: 'text',
  closed_at: 'timestamptz',
} as const;

function relatedKeys(events: readonly RecordedEvent[]) {
  const caseIds = new Set<string>();
  const deadlineIds = new Set<string>();
  for (const event of events) {
    const caseId = caseIdOf(event);
    if (caseId) caseIds.add(caseId);
    const reservation = caseId
      ? event.type === 'PlacementDecided' && `reservation-expiry:${event.data.optionId}:${event.data.placementId}`
      : reservationDeadlineId(event);
    if (reservation) deadlineIds.add(reservation);
  }
  return { caseIds: [...caseIds], deadlineIds: [...deadlineIds] };
}

export const deadlinesProjection: Projection = {
  name: 'deadlines',
  version: 1,
  streamPrefixes: ['case-', 'placement-option-'],
  eventTypes: [...CASE_EVENT_TYPES, ...RESERVATION_EVENT_TYPES],
  tables: ['rm_deadlines'],

  async apply(events: readonly RecordedEvent[], tx: ProjectionTx): Promise<void> {
    const { caseIds, deadlineIds } = relatedKeys(events);
    const { rows } = await tx.query<DeadlineRow>(
      `SELECT deadline_id, case_id, kind, description, child_id, placement_id, to_char(due_on, 'YYYY-MM-DD') AS due_on, due_at,
              status, opened_by_event_id, closed_by_event_id, closed_by_event_type, closed_at
         FROM rm_deadlines WHERE case_id = ANY ($1::uuid[]) OR deadline_id = ANY ($2::text[])`,
      [caseIds, deadlineIds],
    );
    const book = new DeadlineBook(new Map(rows.map((row) => [row.deadline_id, row])));
    for (const event of events) {
      const caseId = caseIdOf(event);
      if (caseId) applyCaseEvent(book, caseId, event, asCaseEvent(event));
      else if (event.streamId.startsWith('placement-option-')) applyReservationEvent(book, event);
    }
    await upsertRows(tx, 'rm_deadlines', COLUMNS, ['deadline_id'], [...book.changed].map((id) => book.rows.get(id)!));
  },
};
