import { addYears, type IsoDate } from '@casus/domain';
import { caseIdFromStreamId } from '@casus/streams';
import type { SqlClient } from './event-pages';

/** Jeugdwet art. 7.3.8: the file is kept 20 years after care ends (sources say 15 or 20; configurable). */
export const DEFAULT_RETENTION_YEARS = 20;

export type RetentionDue = Readonly<{ caseId: string; closedOn: IsoDate; retainUntil: IsoDate }>;

/** A closed case is kept until its last closure plus the term; a reopened or open case is kept. */
export const retainUntil = (closedOn: IsoDate, years: number): IsoDate => addYears(closedOn, years);

/** Cases whose retention term ended before `today`, oldest first. Read from the log, not a read model. */
export async function casesPastRetention(db: SqlClient, today: IsoDate, years = DEFAULT_RETENTION_YEARS): Promise<RetentionDue[]> {
  const { rows } = await db.query<{ stream_id: string; event_type: string; closed_on: string | null }>(
    `SELECT DISTINCT ON (stream_id) stream_id, event_type, data->>'closedOn' AS closed_on
       FROM events
      WHERE stream_id LIKE 'case-%' AND event_type IN ('CaseClosed', 'CaseReopened')
      ORDER BY stream_id, stream_revision DESC`,
  );
  return rows
    .filter((row) => row.event_type === 'CaseClosed' && row.closed_on !== null)
    .map((row) => ({
      caseId: caseIdFromStreamId(row.stream_id),
      closedOn: row.closed_on!,
      retainUntil: retainUntil(row.closed_on!, years),
    }))
    .filter((due): due is RetentionDue => due.caseId !== null && due.retainUntil < today)
    .sort((a, b) => a.retainUntil.localeCompare(b.retainUntil));
}
