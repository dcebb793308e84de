import { comparePositions, formatPosition, saveCheckpoint, START, type LogPosition } from '@casus/event-store';
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
 * Compare-and-set, first thing in the batch's transaction: the batch commits only if the checkpoint
 * still stands where this worker left it, so a worker that lost its lease without noticing (or
 * raced a rebuild's swap) cannot apply anything twice. The row lock also orders it after a swap.
 */
export async function fenceCheckpoint(tx: ProjectionTx, subscription: string, expected: LogPosition): Promise<void> {
  const found = await lockCheckpoint(tx, subscription);
  if (comparePositions(found, expected) !== 0) throw new CheckpointMoved(subscription, expected, found);
}

export { saveCheckpoint };
