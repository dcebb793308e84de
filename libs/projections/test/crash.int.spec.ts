import { setTimeout as sleep } from 'node:timers/promises';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { PROJECTIONS, rebuildProjections, waitForPosition } from '../src';
import { appendCases } from '../src/testing/case-histories';
import { snapshotReadModels } from '../src/testing/read-model-snapshot';
import { harnessOnFreshDatabase } from './support/projection-harness';

const ROOT = join(__dirname, '../../..');
const h = harnessOnFreshDatabase();

const startProjector = (): ChildProcess =>
  spawn(
    process.execPath,
    ['-r', join(ROOT, 'test/support/register-ts.js'), join(__dirname, 'support/projector-process.ts'), h.databaseUrl],
    {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );

const kill = async (child: ChildProcess) => {
  child.kill('SIGKILL');
  if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
};

const timelineRows = async () => (await h.pool.query('SELECT count(*)::int AS n FROM rm_case_timeline')).rows[0].n as number;

const snapshotAll = () => snapshotReadModels(h.pool);

test('projector killed with SIGKILL mid-batch, restarted: its read models equal a clean rebuild', async () => {
  const { events, last } = await appendCases(h.store, 300, 11);
  const first = startProjector();
  const deadline = Date.now() + 30_000;
  while ((await timelineRows()) < 400 && Date.now() < deadline) await sleep(10);
  await kill(first);
  expect(await timelineRows()).toBeLessThan(events);

  const second = startProjector();
  try {
    expect(await waitForPosition(h.pool, PROJECTIONS, last!, 60_000)).toBe(true);
  } finally {
    await kill(second);
  }
  expect(await timelineRows()).toBe(events);
  const recovered = await snapshotAll();
  await rebuildProjections(PROJECTIONS, { pool: h.pool, store: h.store });
  expect(await snapshotAll()).toEqual(recovered);
});
