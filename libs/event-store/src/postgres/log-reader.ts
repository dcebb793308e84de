import type { Pool } from 'pg';
import { matchesFilter } from '../log-filter';
import { comparePositions } from '../positions';
import type { LogFilter, LogPosition, RecordedEvent } from '../types';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './rows';

/**
 * Only rows of transactions older than every transaction still running are read, in
 * (transaction_id, global_position) order: nothing can later commit in front of what was read.
 * Pages are read unfiltered, in index order, and filtered here: with the filter in SQL the planner
 * sorted everything after the position on every page, and the checkpoint can simply move to the
 * last row read, past whatever the filter skipped. The same statement tells whether committed rows
 * wait behind a transaction still running (`held_back`): only then is it worth reading again soon,
 * since rows committed later come with a wake-up of their own. The probe asks for the first such row
 * in index order under ONE lower bound: beside the position's, the horizon's bound was a filter and
 * the index was scanned from the position to the end on every page. Either bound implies the other:
 * past a horizon above the position every row is after the position, and rows after a position at or
 * above the horizon are at or above it. The page comes in the lateral scan's index order, beside the one
 * probe row; sorting it again in the statement cost a third of a page's read (readLog checks the order).
 */
const PAGE = `SELECT probe.held_back, page.* FROM (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS horizon) snapshot
  CROSS JOIN LATERAL (SELECT CASE WHEN snapshot.horizon > $1::xid8
    THEN EXISTS (SELECT FROM (SELECT FROM events WHERE transaction_id >= snapshot.horizon ORDER BY transaction_id LIMIT 1) later)
    ELSE EXISTS (SELECT FROM (SELECT FROM events WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
      ORDER BY transaction_id, global_position LIMIT 1) later) END AS held_back) probe
  LEFT JOIN LATERAL (SELECT ${EVENT_COLUMNS} FROM events
    WHERE transaction_id < snapshot.horizon AND (transaction_id, global_position) > ($1::xid8, $2::bigint)
    ORDER BY transaction_id, global_position LIMIT $3) page ON true`;

export interface LogBatch {
  events: RecordedEvent[];
  checkpoint: LogPosition;
  caughtUp: boolean;
  /** Committed events wait behind a transaction still running: read again soon. */
  heldBack: boolean;
}

export async function readLog(pool: Pool, after: LogPosition, maxCount: number): Promise<LogBatch> {
  // Named: planning this statement took longer than running it for a page of 1,000 events; the generic plan is the same.
  const { rows } = await pool.query<EventRow & { held_back: boolean }>({
    name: 'casus.read-log',
    text: PAGE,
    values: [after.commit.toString(), after.prepare.toString(), maxCount],
  });
  // An empty page is one row of nulls beside the probe.
  const read = rows.filter((row) => row.event_id !== null).map(toRecordedEvent);
  // Should a plan ever hand the rows over in another order, the page is put in log order here.
  if (!inLogOrder(read)) read.sort((a, b) => comparePositions(a.position, b.position));
  return {
    events: read,
    checkpoint: read.at(-1)?.position ?? after,
    caughtUp: read.length < maxCount,
    heldBack: rows[0].held_back,
  };
}

/**
 * The start of a page read for a larger batch, up to `maxCount` events: it ends at its last event, with more to read. A
 * page read for a smaller batch is taken as it is: full, it says there is more.
 */
export function fitted(batch: LogBatch, maxCount: number): LogBatch {
  if (batch.events.length <= maxCount) return batch;
  const events = batch.events.slice(0, maxCount);
  return { events, checkpoint: events.at(-1)!.position, caughtUp: false, heldBack: batch.heldBack };
}

/** The page with only the events the filter takes; its checkpoint stays past the ones it skipped. */
export function onlyMatching(batch: LogBatch, filter: LogFilter | undefined): LogBatch {
  return filter ? { ...batch, events: batch.events.filter((event) => matchesFilter(event, filter)) } : batch;
}

function inLogOrder(events: readonly RecordedEvent[]): boolean {
  for (let i = 1; i < events.length; i += 1) if (comparePositions(events[i - 1].position, events[i].position) >= 0) return false;
  return true;
}
