import { comparePositions, type LogPosition } from '@casus/event-store';
import { PROJECTIONS, readStatuses } from '@casus/projections';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Pool } from 'pg';

export const READ_MODEL_TABLES = [
  ['rm_case_overview', 'case_id'],
  ['rm_case_timeline', 'event_id'],
  ['rm_deadlines', 'deadline_id'],
  ['rm_placement_capacity', 'option_id'],
] as const;

const QUIET_MS = 2_000;

/**
 * Waits until nothing is written any more (placement processes finish their backlog after the load)
 * and every projection has reached the head of the log, so the read models can be compared with a rebuild.
 */
export async function waitForQuietLog(pool: Pool, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let head = await headOf(pool);
  let since = Date.now();
  while (Date.now() < deadline) {
    await sleep(200);
    const now = await headOf(pool);
    if (comparePositions(now, head) !== 0) [head, since] = [now, Date.now()];
    if (Date.now() - since < QUIET_MS) continue;
    if ((await readStatuses(pool, PROJECTIONS)).every((status) => status.eventsBehind === 0)) return;
  }
  throw new Error('the log did not come to rest, or the projections did not reach its head, in time');
}

async function headOf(pool: Pool): Promise<LogPosition> {
  const { rows } = await pool.query<{ commit: string; prepare: string }>(
    'SELECT transaction_id::text AS commit, global_position::text AS prepare FROM events ORDER BY transaction_id DESC, global_position DESC LIMIT 1',
  );
  return rows.length ? { commit: BigInt(rows[0].commit), prepare: BigInt(rows[0].prepare) } : { commit: 0n, prepare: 0n };
}
