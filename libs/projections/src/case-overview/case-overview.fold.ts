import { evolve, initialState, type CaseState } from '@casus/domain';
import type { RecordedEvent } from '@casus/event-store';
import { toCaseEvent } from '@casus/streams';
import type { ProjectionRebuilder, ProjectionTx } from '../runtime/projection';
import { groupBy, upsertRows } from '../runtime/sql';
import { summaryOf } from '../case-timeline/step-wording';
import { caseIdOf } from '../shared/recorded';
import { OVERVIEW_COLUMNS, overviewRow } from './case-overview.row';

interface FoldedCase {
  state: CaseState;
  revision: number;
  openedAt: string | undefined;
  /** The last step folded in: its wording is made only when the row is written. */
  last: RecordedEvent | undefined;
}

interface StoredCase {
  case_id: string;
  revision: number;
  opened_at: Date;
  state: CaseState;
}

// A rebuild holds every case it folded until the end; past this many it writes them out and lets go.
const MAX_HELD_CASES = 200_000;
// A rebuild writes the cases that changed once this many are waiting (and at the end).
const REBUILD_FLUSH_CASES = 5_000;

/**
 * Folds case events into case states with the domain's `evolve` and writes the rows of the cases
 * that changed. Live, one fold per batch reads the cases it meets back from the table; a rebuild
 * keeps one fold for the whole log, so nothing is read back unless it had to let cases go.
 */
export class CaseOverviewFold implements ProjectionRebuilder {
  private readonly cases = new Map<string, FoldedCase>();
  private readonly changed = new Set<string>();

  constructor(private readBack: boolean) {}

  async add(events: readonly RecordedEvent[], tx: ProjectionTx): Promise<void> {
    const byCase = groupBy(events, caseIdOf);
    if (this.readBack)
      await this.load(
        [...byCase.keys()].filter((id) => !this.cases.has(id)),
        tx,
      );
    for (const [caseId, caseEvents] of byCase) {
      let folded = this.cases.get(caseId);
      if (!folded) this.cases.set(caseId, (folded = { state: initialState(), revision: -1, openedAt: undefined, last: undefined }));
      for (const event of caseEvents) {
        // Idempotent: a stream revision already folded in is skipped.
        if (event.revision <= folded.revision) continue;
        const caseEvent = toCaseEvent(event);
        folded.state = evolve(folded.state, caseEvent);
        folded.revision = event.revision;
        if (caseEvent.type === 'SignalRegistered') folded.openedAt = event.recordedAt.toISOString();
        folded.last = event;
        this.changed.add(caseId);
      }
    }
  }

  async flush(tx: ProjectionTx, final = true): Promise<void> {
    if (!final && this.changed.size < REBUILD_FLUSH_CASES) return;
    const rows = [];
    for (const caseId of this.changed) {
      const { state, revision, openedAt, last } = this.cases.get(caseId)!;
      if (!last || state.status === 'none' || !openedAt) continue;
      rows.push(overviewRow(state, revision, openedAt, { type: last.type, summary: summaryOf(last), at: last.recordedAt }));
    }
    this.changed.clear();
    await upsertRows(tx, 'rm_case_overview', OVERVIEW_COLUMNS, ['case_id'], rows);
    if (this.cases.size > MAX_HELD_CASES) {
      this.cases.clear();
      this.readBack = true;
    }
  }

  private async load(caseIds: readonly string[], tx: ProjectionTx): Promise<void> {
    if (caseIds.length === 0) return;
    const { rows } = await tx.query<StoredCase>(
      'SELECT case_id, revision, opened_at, state FROM rm_case_overview WHERE case_id = ANY ($1::uuid[])',
      [caseIds],
    );
    for (const row of rows) {
      this.cases.set(row.case_id, { state: row.state, revision: row.revision, openedAt: row.opened_at.toISOString(), last: undefined });
    }
  }
}
