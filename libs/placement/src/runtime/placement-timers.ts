import type { Queryable } from '@casus/event-store';

export type DueTimer = Readonly<{ placementId: string; attempt: number; optionId: string; dueAt: Date }>;

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

/** Reservation expiries, in PostgreSQL so that they survive a restart; the runtime polls them. */
export const placementTimers = {
  async schedule(db: Queryable, timer: DueTimer): Promise<void> {
    await db.query(
      `INSERT INTO placement_timers (placement_id, attempt, option_id, due_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (placement_id, attempt) DO NOTHING`,
      [timer.placementId, timer.attempt, timer.optionId, timer.dueAt],
    );
  },
  async due(db: Queryable, now: Date, limit = 100): Promise<DueTimer[]> {
    const rows = rowsOf<{ placement_id: string; attempt: number; option_id: string; due_at: Date }>(
      await db.query(
        `SELECT placement_id, attempt, option_id, due_at FROM placement_timers
          WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= $1 ORDER BY due_at LIMIT $2`,
        [now, limit],
      ),
    );
    return rows.map((r) => ({ placementId: r.placement_id, attempt: r.attempt, optionId: r.option_id, dueAt: r.due_at }));
  },
  async fired(db: Queryable, placementId: string, attempt: number): Promise<void> {
    await db.query('UPDATE placement_timers SET fired_at = now() WHERE placement_id = $1 AND attempt = $2', [placementId, attempt]);
  },
  async cancel(db: Queryable, placementId: string, attempt: number): Promise<void> {
    await db.query('UPDATE placement_timers SET cancelled_at = now() WHERE placement_id = $1 AND attempt = $2 AND fired_at IS NULL', [
      placementId,
      attempt,
    ]);
  },
  async cancelAll(db: Queryable, placementId: string): Promise<void> {
    await db.query(
      'UPDATE placement_timers SET cancelled_at = now() WHERE placement_id = $1 AND fired_at IS NULL AND cancelled_at IS NULL',
      [placementId],
    );
  },
};
