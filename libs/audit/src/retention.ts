import { retentionOf, type CaseRetention, type IsoDate, type RetentionYears } from '@casus/domain';
import type { EventStore } from '@casus/event-store';
import { caseDecider, caseIdFromStreamId, foldStream } from '@casus/streams';
import type { SqlClient } from './event-pages';

export type RetentionDue = Readonly<{ caseId: string } & CaseRetention>;

/**
 * Closed cases whose retention term ended before `today`, the term ending first first: the list
 * the records officer destroys from (`casus retention destroy`). Reopened, open and destroyed
 * cases are not on it. Read from the log, not a read model.
 */
export async function casesPastRetention(db: SqlClient, store: EventStore, today: IsoDate, years: RetentionYears): Promise<RetentionDue[]> {
  const { rows } = await db.query<{ stream_id: string; event_type: string }>(
    `SELECT DISTINCT ON (stream_id) stream_id, event_type
       FROM events
      WHERE stream_id LIKE 'case-%' AND event_type IN ('CaseClosed', 'CaseReopened', 'CaseFileDestroyed')
      ORDER BY stream_id, stream_revision DESC`,
  );
  const due: RetentionDue[] = [];
  for (const row of rows.filter((candidate) => candidate.event_type === 'CaseClosed')) {
    const caseId = caseIdFromStreamId(row.stream_id);
    const state = foldStream(caseDecider.codec, caseDecider, await store.readStream(row.stream_id));
    const retention = caseId && state.status !== 'none' ? retentionOf(state, years) : null;
    if (caseId && retention && retention.retainUntil < today) due.push({ caseId, ...retention });
  }
  return due.sort((a, b) => a.retainUntil.localeCompare(b.retainUntil) || a.caseId.localeCompare(b.caseId));
}
