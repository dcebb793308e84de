import { comparePositions, formatPosition, type LogPosition } from '@casus/event-store';
import { setTimeout as sleep } from 'node:timers/promises';
import { checkpointName, type Projection } from './projection';

export type RunnerState = 'standby' | 'catching-up' | 'live' | 'stopped' | 'failed';

interface Queryable {
  query<Row>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>;
}

export async function recordStatus(db: Queryable, projection: Projection, state: RunnerState, error: string | null, worker: string) {
  await db.query(
    `INSERT INTO projection_status (projection, version, state, error, worker, updated_at) VALUES ($1, $2, $3, $4, $5, now())
     ON CONFLICT (projection) DO UPDATE SET state = $3, error = $4, worker = $5, updated_at = now()`,
    [projection.name, projection.version, state, error, worker],
  );
}

export interface ProjectionStatus {
  readonly name: string;
  readonly version: number;
  /** The version the rows were built with; differs from `version` until a rebuild. */
  readonly builtWithVersion: number | null;
  readonly state: RunnerState | 'never-ran';
  readonly error: string | null;
  readonly worker: string | null;
  readonly position: string | null;
  readonly eventsBehind: number;
  readonly msBehind: number;
  readonly updatedAt: string | null;
}

// Counting further than this costs more than the number tells.
const MAX_COUNTED = 100_000;

/**
 * Position, lag and state of each projection, as any process sees them: from the checkpoint and
 * status tables and the PostgreSQL event log (lag needs EVENT_STORE=postgres; otherwise 0).
 */
/** Lag is elapsed wall-clock time since the store recorded the oldest waiting event: never a process's (test) clock. */
export async function readStatuses(db: Queryable, projections: readonly Projection[]): Promise<ProjectionStatus[]> {
  const now = new Date();
  const { rows: statusRows } = await db.query<{
    projection: string;
    version: number;
    state: RunnerState;
    error: string | null;
    worker: string | null;
    updated_at: Date;
  }>('SELECT projection, version, state, error, worker, updated_at FROM projection_status');
  const hasEvents = await hasEventTable(db);
  return Promise.all(
    projections.map(async (projection) => {
      const status = statusRows.find((row) => row.projection === projection.name);
      const position = await readCheckpoint(db, checkpointName(projection));
      const lag = hasEvents ? await lagOf(db, projection, position, now) : { eventsBehind: 0, msBehind: 0 };
      return {
        name: projection.name,
        version: projection.version,
        builtWithVersion: status?.version ?? null,
        state: status?.state ?? 'never-ran',
        error: status?.error ?? null,
        worker: status?.worker ?? null,
        position: position ? formatPosition(position) : null,
        ...lag,
        updatedAt: status?.updated_at.toISOString() ?? null,
      };
    }),
  );
}

async function hasEventTable(db: Queryable): Promise<boolean> {
  const { rows } = await db.query<{ found: boolean }>("SELECT to_regclass('public.events') IS NOT NULL AS found");
  return rows[0].found;
}

export async function readCheckpoint(db: Queryable, subscription: string): Promise<LogPosition | null> {
  const { rows } = await db.query<{ commit_position: string; prepare_position: string }>(
    'SELECT commit_position, prepare_position FROM subscription_checkpoints WHERE subscription = $1',
    [subscription],
  );
  return rows[0] ? { commit: BigInt(rows[0].commit_position), prepare: BigInt(rows[0].prepare_position) } : null;
}

async function lagOf(db: Queryable, projection: Projection, position: LogPosition | null, now: Date) {
  const after = position ?? { commit: 0n, prepare: 0n };
  const { rows } = await db.query<{ behind: string; oldest: Date | null }>(
    `SELECT count(*) AS behind, min(recorded_at) AS oldest FROM (
       SELECT recorded_at FROM events
        WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
          AND event_type = ANY ($3::text[]) AND stream_id LIKE ANY ($4::text[])
        LIMIT ${MAX_COUNTED}) pending`,
    [after.commit.toString(), after.prepare.toString(), projection.eventTypes, projection.streamPrefixes.map((p) => `${p}%`)],
  );
  const oldest = rows[0].oldest;
  return { eventsBehind: Number(rows[0].behind), msBehind: oldest ? Math.max(0, now.getTime() - oldest.getTime()) : 0 };
}

/**
 * Read-your-writes: resolves true once every named projection's checkpoint has reached `position`,
 * false when `timeoutMs` passed first (the caller then answers with stale data flagged, or 503).
 */
export async function waitForPosition(
  db: Queryable,
  projections: readonly Pick<Projection, 'name'>[],
  position: LogPosition,
  timeoutMs: number,
  pollMs = 20,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reached = await Promise.all(
      projections.map(async (p) => {
        const checkpoint = await readCheckpoint(db, checkpointName(p));
        return checkpoint !== null && comparePositions(checkpoint, position) >= 0;
      }),
    );
    if (reached.every(Boolean)) return true;
    if (Date.now() >= deadline) return false;
    await sleep(Math.min(pollMs, Math.max(1, deadline - Date.now())));
  }
}
