import { comparePositions, formatPosition, START, type EventStore, type LogPosition, type RecordedEvent } from '@casus/event-store';
import type { Pool, PoolClient } from 'pg';
import { lockCheckpoint, saveCheckpoint } from './checkpoint-fence';
import { accepts, checkpointName, filterOf, type Projection } from './projection';
import { RebuildLane } from './rebuild-lane';
import { addIndexes, addKeys, createShadowTables } from './shadow-tables';

const SHADOW_SCHEMA = 'rm_rebuild';

export interface RebuildProgress {
  readonly events: number;
  readonly total: number;
  readonly eventsPerSecond: number;
  readonly etaSeconds: number;
}

export interface RebuildOptions {
  readonly pool: Pool;
  readonly store: EventStore;
  readonly batchSize?: number;
  readonly onProgress?: (progress: RebuildProgress) => void;
}

export interface RebuildResult {
  readonly events: number;
  readonly seconds: number;
  readonly position: string;
}

export class RebuildAlreadyRunning extends Error {}

async function applyAll(projections: readonly Projection[], events: readonly RecordedEvent[], tx: PoolClient): Promise<void> {
  for (const projection of projections) {
    const mine = events.filter((event) => accepts(projection, event));
    if (mine.length > 0) await projection.apply(mine, tx);
  }
}

async function inTransaction<T>(client: PoolClient, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * Blue/green rebuild: builds fresh copies of the projections' tables in a shadow schema from the
 * whole log while the live tables keep serving (and the live workers keep feeding them), then, in one
 * transaction, catches the copies up to the live checkpoints and swaps them in.
 */
export async function rebuildProjections(projections: readonly Projection[], options: RebuildOptions): Promise<RebuildResult> {
  const { pool, store, batchSize = 5_000, onProgress } = options;
  // A connection for the guard and one per projection's lane: a smaller pool would wait for itself forever.
  const needed = projections.length + 1;
  if ((pool.options.max ?? 10) < needed) {
    throw new Error(
      `a rebuild of ${projections.length} projections needs a pool of at least ${needed} connections, not ${pool.options.max}`,
    );
  }
  const client = await pool.connect();
  try {
    const { rows } = await client.query<{ got: boolean }>("SELECT pg_try_advisory_lock(hashtext('casus.rebuild'), 0) AS got");
    if (!rows[0].got) throw new RebuildAlreadyRunning('another rebuild is running; try again when it has finished');
    try {
      return await rebuildHoldingGuard(projections, pool, client, store, batchSize, onProgress);
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtext('casus.rebuild'), 0)");
    }
  } finally {
    client.release();
  }
}

async function rebuildHoldingGuard(
  projections: readonly Projection[],
  pool: Pool,
  client: PoolClient,
  store: EventStore,
  batchSize: number,
  onProgress?: (progress: RebuildProgress) => void,
): Promise<RebuildResult> {
  const tables = projections.flatMap((p) => p.tables);
  const filter = filterOf(projections);
  await client.query(`DROP SCHEMA IF EXISTS ${SHADOW_SCHEMA} CASCADE`);
  await client.query(`CREATE SCHEMA ${SHADOW_SCHEMA}`);
  const shadows = await createShadowTables(client, SHADOW_SCHEMA, tables);
  const lanes = await Promise.all(projections.map((projection) => RebuildLane.open(projection, pool, SHADOW_SCHEMA)));
  const upserted = new Set(lanes.filter((lane) => !lane.insertsOnly).flatMap((lane) => lane.projection.tables));
  for (const shadow of shadows.filter((s) => upserted.has(s.table))) await addKeys(client, shadow);

  const total = await countEvents(client, filter);
  const started = performance.now();
  const accepted = (event: RecordedEvent) => projections.some((projection) => accepts(projection, event));
  let position: LogPosition = START;
  let done = 0;
  let failed = true;
  try {
    // The whole log, unfiltered: a filtered read of the PostgreSQL log scans all that is left per page.
    let next = readPage(store, position, batchSize);
    const inLanes: Promise<unknown>[] = [];
    for (;;) {
      const page = await next;
      if (page.length === 0) break;
      position = page[page.length - 1].position;
      next = readPage(store, position, batchSize);
      const events = page.filter(accepted);
      inLanes.push(handled(Promise.all(lanes.map((lane) => lane.feed(events)))));
      // One page being written while the next is folded, and no more held in memory.
      if (inLanes.length > 2) await inLanes.shift();
      done += events.length;
      const seconds = (performance.now() - started) / 1_000;
      const rate = done / Math.max(seconds, 0.001);
      onProgress?.({ events: done, total: Math.max(total, done), eventsPerSecond: rate, etaSeconds: Math.max(0, total - done) / rate });
    }
    await Promise.all(inLanes);
    await Promise.all(lanes.map((lane) => lane.feed([], true)));
    failed = false;
  } finally {
    await Promise.all(lanes.map((lane) => lane.close(failed)));
  }
  for (const shadow of shadows) {
    if (!upserted.has(shadow.table)) await addKeys(client, shadow);
    await addIndexes(client, shadow);
  }

  const swappedAt = await inTransaction(client, async () => {
    await client.query(`SET LOCAL search_path TO ${SHADOW_SCHEMA}, public`);
    // Checkpoint rows first, as the live workers lock them: a worker mid-batch finishes, the next one waits.
    let target = position;
    for (const projection of [...projections].sort((a, b) => a.name.localeCompare(b.name))) {
      const live = await lockCheckpoint(client, checkpointName(projection));
      if (comparePositions(live, target) > 0) target = live;
    }
    for (;;) {
      const upToTarget = (await readPage(store, position, batchSize)).filter((event) => comparePositions(event.position, target) <= 0);
      if (upToTarget.length === 0) break;
      position = upToTarget[upToTarget.length - 1].position;
      const events = upToTarget.filter(accepted);
      if (events.length > 0) await applyAll(projections, events, client);
      done += events.length;
    }
    await client.query(`LOCK TABLE ${tables.map((t) => `public.${t}`).join(', ')} IN ACCESS EXCLUSIVE MODE`);
    for (const table of tables) {
      await client.query(`DROP TABLE public.${table}`);
      await client.query(`ALTER TABLE ${SHADOW_SCHEMA}.${table} SET SCHEMA public`);
    }
    for (const projection of projections) {
      await saveCheckpoint(client, checkpointName(projection), target);
      await client.query(
        `INSERT INTO projection_status (projection, version, state, updated_at) VALUES ($1, $2, 'stopped', now())
         ON CONFLICT (projection) DO UPDATE SET version = $2, updated_at = now()`,
        [projection.name, projection.version],
      );
    }
    return target;
  });
  await client.query(`DROP SCHEMA IF EXISTS ${SHADOW_SCHEMA} CASCADE`);
  return { events: done, seconds: (performance.now() - started) / 1_000, position: formatPosition(swappedAt) };
}

const readPage = (store: EventStore, after: LogPosition, maxCount: number) => handled(store.readAll({ after, maxCount }));

/** Marks a promise as handled now (it is awaited later): a failure meanwhile must not crash the process. */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

async function countEvents(client: PoolClient, filter: ReturnType<typeof filterOf>): Promise<number> {
  const { rows: found } = await client.query<{ found: boolean }>("SELECT to_regclass('public.events') IS NOT NULL AS found");
  if (!found[0].found) return 0;
  const { rows } = await client.query<{ count: string }>(
    'SELECT count(*) FROM events WHERE event_type = ANY ($1::text[]) AND stream_id LIKE ANY ($2::text[])',
    [filter.eventTypes, (filter.streamPrefixes ?? []).map((prefix) => `${prefix}%`)],
  );
  return Number(rows[0].count);
}
