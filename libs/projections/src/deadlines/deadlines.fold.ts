import type { RecordedEvent } from '@casus/event-store';
import { toCaseEvent } from '@casus/streams';
import type { ProjectionRebuilder, ProjectionTx } from '../runtime/projection';
import { upsertRows, type Columns } from '../runtime/sql';
import { caseIdOf } from '../shared/recorded';
import {
  applyCaseEvent,
  applyNoSuitablePlacement,
  applyReservationEvent,
  DeadlineBook,
  reservationDeadlineId,
  reservationDeadlineIdOf,
  type DeadlineRow,
} from './deadline-rules';

export const DEADLINE_COLUMNS: Columns = {
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
};

const MAX_HELD_ROWS = 1_000_000;
const REBUILD_FLUSH_ROWS = 10_000;

/** The reservation deadline a placement decision meets (the rules close it by id). */
const reservationMetBy = (event: RecordedEvent): string | null =>
  event.type === 'PlacementDecided' ? reservationDeadlineIdOf(String(event.data.optionId), String(event.data.placementId)) : null;

/**
 * Runs the deadline rules over events with one small book per event: the rows of its case (and the
 * reservation a placement decision meets), so closing a deadline never scans other cases' rows.
 * Live, one fold per batch reads those rows back; a rebuild keeps them all until the end.
 */
export class DeadlineFold implements ProjectionRebuilder {
  private readonly rows = new Map<string, DeadlineRow>();
  private readonly ofCase = new Map<string, Map<string, DeadlineRow>>();
  private readonly loadedCases = new Set<string>();
  private readonly changed = new Set<string>();

  constructor(private readBack: boolean) {}

  async add(events: readonly RecordedEvent[], tx: ProjectionTx): Promise<void> {
    if (this.readBack) await this.load(events, tx);
    for (const event of events) {
      const caseId = caseIdOf(event);
      if (event.type === 'NoSuitablePlacementFound') {
        this.keep(new Map(this.ofCase.get(String(event.data.caseId))), (book) => applyNoSuitablePlacement(book, event));
      } else if (caseId) {
        const rows = new Map(this.ofCase.get(caseId));
        const reservation = reservationMetBy(event);
        const reserved = reservation && this.rows.get(reservation);
        if (reserved) rows.set(reservation, reserved);
        this.keep(rows, (book) => applyCaseEvent(book, caseId, event, toCaseEvent(event)));
      } else if (event.streamId.startsWith('placement-option-')) {
        const id = reservationDeadlineId(event);
        const row = id && this.rows.get(id);
        this.keep(new Map(row ? [[id, row]] : []), (book) => applyReservationEvent(book, event));
      }
    }
  }

  async flush(tx: ProjectionTx, final = true): Promise<void> {
    if (!final && this.changed.size < REBUILD_FLUSH_ROWS) return;
    const rows = [...this.changed].map((id) => this.rows.get(id)!);
    this.changed.clear();
    await upsertRows(tx, 'rm_deadlines', DEADLINE_COLUMNS, ['deadline_id'], rows);
    if (this.rows.size > MAX_HELD_ROWS) {
      this.rows.clear();
      this.ofCase.clear();
      this.loadedCases.clear();
      this.readBack = true;
    }
  }

  /** Rows the rules changed in the book are the ones to write; new ones are filed under their case. */
  private keep(rows: Map<string, DeadlineRow>, rules: (book: DeadlineBook) => void): void {
    const book = new DeadlineBook(rows);
    rules(book);
    for (const id of book.changed) {
      const row = book.rows.get(id)!;
      this.remember(row);
      this.changed.add(id);
    }
  }

  private remember(row: DeadlineRow): void {
    this.rows.set(row.deadline_id, row);
    if (!row.case_id) return;
    let rows = this.ofCase.get(row.case_id);
    if (!rows) this.ofCase.set(row.case_id, (rows = new Map()));
    rows.set(row.deadline_id, row);
  }

  private async load(events: readonly RecordedEvent[], tx: ProjectionTx): Promise<void> {
    const caseIds = new Set<string>();
    const deadlineIds = new Set<string>();
    for (const event of events) {
      const caseId = event.type === 'NoSuitablePlacementFound' ? String(event.data.caseId) : caseIdOf(event);
      if (caseId && !this.loadedCases.has(caseId)) caseIds.add(caseId);
      const reservation = caseId ? reservationMetBy(event) : reservationDeadlineId(event);
      if (reservation && !this.rows.has(reservation)) deadlineIds.add(reservation);
    }
    if (caseIds.size === 0 && deadlineIds.size === 0) return;
    const { rows } = await tx.query<DeadlineRow>(
      `SELECT deadline_id, case_id, kind, description, child_id, placement_id, to_char(due_on, 'YYYY-MM-DD') AS due_on, due_at,
              status, opened_by_event_id, closed_by_event_id, closed_by_event_type, closed_at
         FROM rm_deadlines WHERE case_id = ANY ($1::uuid[]) OR deadline_id = ANY ($2::text[])`,
      [[...caseIds], [...deadlineIds]],
    );
    // Rows held here may be ahead of the table (not yet flushed).
    for (const row of rows) if (!this.rows.has(row.deadline_id)) this.remember(row);
    for (const caseId of caseIds) this.loadedCases.add(caseId);
  }
}
