import type { LogPosition } from '../types';

/** Anything that runs a query: a pool, a client inside a transaction, a typeorm QueryRunner. */
export interface Queryable {
  query(text: string, params?: unknown[]): Promise<unknown>;
}

function rowsOf(result: unknown): { commit_position: string; prepare_position: string }[] {
  // pg answers { rows }, typeorm's QueryRunner answers the rows themselves.
  return Array.isArray(result) ? result : (result as { rows: [] }).rows;
}

export async function loadCheckpoint(db: Queryable, subscription: string): Promise<LogPosition | undefined> {
  const [row] = rowsOf(
    await db.query('SELECT commit_position, prepare_position FROM subscription_checkpoints WHERE subscription = $1', [subscription]),
  );
  return row && { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) };
}

/** Call inside the transaction that applies the batch, so the change and the checkpoint commit together. */
export async function saveCheckpoint(db: Queryable, subscription: string, position: LogPosition): Promise<void> {
  await db.query(
    `INSERT INTO subscription_checkpoints (subscription, commit_position, prepare_position, updated_at)
     VALUES ($1, $2, $3, now())
     ON CONFLICT (subscription) DO UPDATE SET commit_position = $2, prepare_position = $3, updated_at = now()`,
    [subscription, position.commit.toString(), position.prepare.toString()],
  );
}

/**
 * The newest committed event's position, whether or not the global log shows it yet (a running
 * transaction anywhere in the cluster may hold it back): what a subscriber has to reach to have seen
 * everything written so far. null for an empty log.
 */
export async function loadLogHead(db: Queryable): Promise<LogPosition | null> {
  const [row] = rowsOf(
    await db.query(
      'SELECT transaction_id::text AS commit_position, global_position::text AS prepare_position FROM events ORDER BY transaction_id DESC, global_position DESC LIMIT 1',
    ),
  );
  return row ? { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) } : null;
}
