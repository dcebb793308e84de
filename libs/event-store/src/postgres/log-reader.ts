import type { Pool } from 'pg';
import { comparePositions } from '../positions';
import type { LogFilter, LogPosition, RecordedEvent } from '../types';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './rows';

/**
 * Only rows of transactions older than every transaction still running are read, in
 * (transaction_id, global_position) order: nothing can later commit in front of what was read.
 */
const VISIBLE = 'transaction_id < pg_snapshot_xmin(pg_current_snapshot())';
const AFTER = '(transaction_id, global_position) > ($1::xid8, $2::bigint)';


export interface LogBatch {
  events: RecordedEvent[];
  checkpoint: LogPosition;
  caughtUp: boolean;
}

export async function readLog(pool: Pool, after: LogPosition, maxCount: number, filter?: LogFilter): Promise<LogBatch> {
  const params: unknown[] = [after.commit.toString(), after.prepare.toString(), maxCount];
  const conditions = [VISIBLE, AFTER];
  if (filter?.streamPrefixes?.length) {
    params.push(filter.streamPrefixes.map((prefix) => `${escapeLike(prefix)}%`));
    conditions.push(`stream_id LIKE ANY ($${params.length}::text[])`);
  }
  if (filter?.eventTypes?.length) {
    params.push(filter.eventTypes);
    conditions.push(`event_type = ANY ($${params.length}::text[])`);
  }
  const page = `SELECT ${EVENT_COLUMNS} FROM events WHERE ${conditions.join(' AND ')} ORDER BY transaction_id, global_position LIMIT $3`;
  if (params.length === 3) {
    const { rows } = await pool.query<EventRow>(page, params);
    const events = rows.map(toRecordedEvent);
    return { events, checkpoint: events.at(-1)?.position ?? after, caughtUp: events.length < maxCount };
  }
  // Filtered: the head is read in the same statement, hence the same snapshot, so the checkpoint
  // can move past everything the filter skipped, and no further.
  const { rows } = await pool.query<EventRow & { head_commit: string | null; head_prepare: string | null }>(
    `WITH head AS (
       SELECT transaction_id AS head_commit, global_position AS head_prepare FROM events
        WHERE ${VISIBLE} ORDER BY transaction_id DESC, global_position DESC LIMIT 1
     ), page AS (${page})
     SELECT page.*, head.head_commit, head.head_prepare FROM head LEFT JOIN page ON true`,
    params,
  );
  const head = rows[0];
  if (!head?.head_commit) return { events: [], checkpoint: after, caughtUp: true };
  const events = head.event_id ? rows.map(toRecordedEvent) : [];
  const full = events.length === maxCount;
  const headPosition = { commit: BigInt(head.head_commit), prepare: BigInt(head.head_prepare!) };
  const checkpoint = full ? events[events.length - 1].position : comparePositions(after, headPosition) >= 0 ? after : headPosition;
  return { events, checkpoint, caughtUp: !full };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
