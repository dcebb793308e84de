import { setTimeout as sleep } from 'node:timers/promises';
import type { LogPosition } from '@casus/event-store';
import type { Pool } from 'pg';

/**
 * Until the global log shows `position`: it shows a row once every older transaction of the
 * PostgreSQL cluster has ended, and other test files' transactions share the cluster.
 */
export async function untilLogShows(pool: Pool, position: LogPosition, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await pool.query<{ shown: boolean }>('SELECT pg_snapshot_xmin(pg_current_snapshot()) > $1::xid8 AS shown', [
      position.commit.toString(),
    ]);
    if (rows[0].shown) return;
    if (Date.now() > deadline) throw new Error(`the global log did not show ${position.commit}:${position.prepare} within ${timeoutMs} ms`);
    await sleep(10);
  }
}
