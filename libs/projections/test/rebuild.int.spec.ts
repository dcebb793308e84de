import { PROJECTIONS, rebuildProjections, type RebuildProgress } from '../src';
import { appendCases } from '../src/testing/case-histories';
import { snapshotReadModels } from '../src/testing/read-model-snapshot';
import { harnessOnFreshDatabase } from './support/projection-harness';

const h = harnessOnFreshDatabase();

const snapshotAll = () => snapshotReadModels(h.pool);

test('a rebuild from the log equals the live-built read models, on 1,000 generated cases, also with writes during the rebuild', async () => {
  h.start(PROJECTIONS, 250);
  const { events, last } = await appendCases(h.store, 1_000, 42);
  expect(events).toBeGreaterThan(5_000);
  await h.caughtUp(last!);
  const live = await snapshotAll();
  expect(live.rm_case_overview).toHaveLength(1_000);
  expect(live.rm_case_timeline).toHaveLength(events);

  const progress: RebuildProgress[] = [];
  const result = await rebuildProjections(PROJECTIONS, { pool: h.pool, store: h.store, onProgress: (p) => progress.push(p) });
  expect(result.events).toBe(events);
  expect(progress.at(-1)).toMatchObject({ events, total: events });
  expect(await snapshotAll()).toEqual(live);

  // Professionals keep working while an operator rebuilds: the swap catches up with the live workers.
  const [more] = await Promise.all([
    appendCases(h.store, 100, 7, 2),
    rebuildProjections(PROJECTIONS, { pool: h.pool, store: h.store, batchSize: 500 }),
  ]);
  await h.caughtUp(more.last!);
  const afterConcurrentRebuild = await snapshotAll();
  expect(afterConcurrentRebuild.rm_case_overview).toHaveLength(1_100);
  await rebuildProjections(PROJECTIONS, { pool: h.pool, store: h.store });
  expect(await snapshotAll()).toEqual(afterConcurrentRebuild);
  // The swapped-in overview keeps the room its migration leaves on each page for the next version of a row.
  const { rows } = await h.pool.query(`SELECT reloptions FROM pg_class WHERE oid = 'public.rm_case_overview'::regclass`);
  expect(rows).toEqual([{ reloptions: ['fillfactor=50'] }]);
}, 240_000);
