import { formatPosition, loadCheckpoint, saveCheckpoint, START, type LogPosition } from '@casus/event-store';
import type { ProjectionTx } from './projection';

/** Another worker (or a rebuild's swap) moved the checkpoint: this worker's view of the log is stale. */
export class CheckpointMoved extends Error {
  constructor(subscription: string, expected: LogPosition, found: LogPosition) {
    super(`checkpoint of ${subscription} is at ${formatPosition(found)}, not at ${formatPosition(expected)}: another worker moved it`);
    this.name = 'CheckpointMoved';
  }
}

export async function ensureCheckpointRow(tx: ProjectionTx, subscription: string): Promise<void> {
  await tx.query(
    `INSERT INTO subscription_checkpoints (subscription, commit_position, prepare_position) VALUES ($1, 0, 0)
     ON CONFLICT (subscription) DO NOTHING`,
    [subscription],
  );
}

/** Locks the checkpoint row for this transaction and returns where it stands. */
export async function lockCheckpoint(tx: ProjectionTx, subscription: string): Promise<LogPosition> {
  await ensureCheckpointRow(tx, subscription);
  const { rows } = await tx.query<{ commit_position: string; prepare_position: string }>(
    'SELECT commit_position, prepare_position FROM subscription_checkpoints WHERE subscription = $1 FOR UPDATE',
    [subscription],
  );
  return rows[0] ? { commit: BigInt(rows[0].commit_position), prepare: BigInt(rows[0].prepare_position) } : START;
}

/**
 * Compare-and-set in one statement, first thing in the batch's transaction: the checkpoint moves from
 * `expected` to `next` only if it still stands where this worker left it, so a worker that lost its
 * lease without noticing (or raced a rebuild's swap) cannot apply anything twice. The row lock the
 * update takes orders the batch after a swap, and a swap after the batch, until it commits.
 * The row must exist (ensureCheckpointRow) before the first batch.
 */
export async function advanceCheckpoint(tx: ProjectionTx, subscription: string, expected: LogPosition, next: LogPosition): Promise<void> {
  const result = await tx.query(
    {
      // Named: planning it took longer than running it, and every batch of every projection runs it.
      name: 'casus.advance-checkpoint',
      text: `UPDATE subscription_checkpoints SET commit_position = $4, prepare_position = $5, updated_at = now()
        WHERE subscription = $1 AND commit_position = $2 AND prepare_position = $3`,
    },
    [subscription, expected.commit.toString(), expected.prepare.toString(), next.commit.toString(), next.prepare.toString()],
  );
  if (result.rowCount === 1) return;
  throw new CheckpointMoved(subscription, expected, (await loadCheckpoint(tx, subscription)) ?? START);
}

export { saveCheckpoint };
