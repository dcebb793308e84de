import { comparePositions, loadLogHead, START } from '@casus/event-store';
import { PROJECTIONS } from '../projections';
import { readStatuses } from '../runtime/status-store';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Pool } from 'pg';

const QUIET_MS = 2_000;

/**
 * Waits until nothing is written any more (placement processes finish their backlog after the load)
 * and every projection has reached the head of the log, so the read models can be compared with a rebuild.
 */
export async function waitForQuietLog(pool: Pool, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let head = await loadLogHead(pool);
  let since = Date.now();
  while (Date.now() < deadline) {
    await sleep(200);
    const now = await loadLogHead(pool);
    if (comparePositions(now ?? START, head ?? START) !== 0) [head, since] = [now, Date.now()];
    if (Date.now() - since < QUIET_MS) continue;
    if ((await readStatuses(pool, PROJECTIONS)).every((status) => status.eventsBehind === 0)) return;
  }
  throw new Error('the log did not come to rest, or the projections did not reach its head, in time');
}
