import type { Pool } from 'pg';
import { matchesFilter } from '../log-filter';
import type { LogFilter, LogPosition, RecordedEvent } from '../types';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './rows';

/**
 * Only rows of transactions older than every transaction still running are read, in
 * (transaction_id, global_position) order: nothing can later commit in front of what was read.
 * Pages are read unfiltered, in index order, and filtered here: with the filter in SQL the planner
 * sorted everything after the position on every page, and the checkpoint can simply move to the
 * last row read, past whatever the filter skipped.
 */
const PAGE = `SELECT ${EVENT_COLUMNS} FROM events
  WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())
    AND (transaction_id, global_position) > ($1::xid8, $2::bigint)
  ORDER BY transaction_id, global_position LIMIT $3`;

export interface LogBatch {
  events: RecordedEvent[];
  checkpoint: LogPosition;
  caughtUp: boolean;
}

export async function readLog(pool: Pool, after: LogPosition, maxCount: number, filter?: LogFilter): Promise<LogBatch> {
  const { rows } = await pool.query<EventRow>(PAGE, [after.commit.toString(), after.prepare.toString(), maxCount]);
  const read = rows.map(toRecordedEvent);
  return {
    events: filter ? read.filter((event) => matchesFilter(event, filter)) : read,
    checkpoint: read.at(-1)?.position ?? after,
    caughtUp: read.length < maxCount,
  };
}
