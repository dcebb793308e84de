import { PostgresEventStore } from '@casus/event-store';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database';
import { handleOptionCommand } from '../src/option/option-command-handler';
import { loadProcess } from '../src/runtime/process-store';
import { readyToDecide, actors, caseWithPlacementRequest } from './case-story';
import { provider, registration } from './fixtures';

const ROOT = join(__dirname, '../../..');
const crashFile = join(tmpdir(), `casus-crash-${randomUUID()}`);
const traceFile = `${crashFile}.trace`;
// Generous: all test files share one PostgreSQL cluster, whose oldest running transaction holds back every log reader.
const OUTLIVED_MS = 90_000;
let database: TestDatabase;
let store: PostgresEventStore;
let pool: Pool;
let worker: ChildProcess | undefined;
let optionId: string;

function startWorker(): ChildProcess {
  return spawn(
    process.execPath,
    ['-r', join(ROOT, 'test/support/register-ts.js'), join(__dirname, 'support/process-worker.ts'), database.url, crashFile, traceFile],
    {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
}

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = OUTLIVED_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error('not reached in time');
    await new Promise((r) => setTimeout(r, 30));
  }
}

const lastEffects = () => (existsSync(traceFile) ? readFileSync(traceFile, 'utf8').trim().split('\n').slice(-12).join('\n') : '(none)');

/** Arms the crash, waits for the worker to die, and starts a fresh one that must pick up where it died. */
async function crashAt(placementId: string, from: string, after: number, trigger: () => Promise<unknown>): Promise<void> {
  writeFileSync(crashFile, `${placementId} ${from} ${after}`);
  const dying = worker!;
  const died = new Promise((resolve) => dying.once('exit', resolve));
  await trigger();
  // A worker that never reaches its crash point fails this test with the reason instead of hanging the run.
  let outlived = false;
  const deadline = setTimeout(() => {
    outlived = true;
    dying.kill('SIGKILL');
  }, OUTLIVED_MS);
  await died;
  clearTimeout(deadline);
  rmSync(crashFile, { force: true });
  worker = startWorker();
  if (outlived)
    throw new Error(
      `the worker did not reach its crash point (${from} + ${after} effects of placement ${placementId}) within ${OUTLIVED_MS / 1_000} s; its last effects:\n${lastEffects()}`,
    );
}

const PHASE_A = [
  'PlacementProcessStarted:recorded',
  'propose:effect',
  'propose:recorded',
  'reserve:reserved',
  'reserve:effect',
  'reserve:recorded',
  'checkpoint',
];
const PHASE_B = [
  'PlacementDecisionNoted:recorded',
  'occupy:effect',
  'occupy:recorded',
  'start-placement:effect',
  'start-placement:recorded',
  'checkpoint',
];

beforeAll(async () => {
  database = await createTestDatabase();
  store = new PostgresEventStore({ connectionString: database.url });
  pool = new Pool({ connectionString: database.url });
  optionId = randomUUID();
  await handleOptionCommand(store, registration(optionId, { capacity: 100 }), {
    context: { actor: provider, correlationId: optionId, causationId: null },
    now: new Date(),
  });
  worker = startWorker();
});
afterAll(async () => {
  worker?.kill('SIGKILL');
  await store.close();
  await pool.end();
  await database.drop();
  rmSync(traceFile, { force: true });
});

const crashPoints = [...PHASE_A.map((_, i) => ['A', PHASE_A[0], i] as const), ...PHASE_B.map((_, i) => ['B', PHASE_B[0], i] as const)];

test.each(crashPoints)(
  'killed with SIGKILL in phase %s at effect %s+%i: resumes with one reservation and the right end state',
  async (phase, from, after) => {
    let placement!: Awaited<ReturnType<typeof caseWithPlacementRequest>>;
    if (phase === 'A') {
      const placementId = randomUUID();
      await crashAt(placementId, from, after, async () => (placement = await caseWithPlacementRequest(store, new Date(), placementId)));
    } else {
      placement = await caseWithPlacementRequest(store);
    }
    const { caseId, placementId, send } = placement;
    await eventually(
      () => loadProcess(store, placementId),
      (p) => p.state.reservation !== null,
    );
    if (phase === 'B') {
      const decide = async () => {
        const reservation = await readyToDecide(store, placementId);
        await send({
          type: 'DecidePlacement',
          actor: actors.gi,
          data: {
            caseId,
            placementId,
            reservation,
            reasons: 'Fits both.',
            viewsHeard: [],
            behaviouralScientistConsent: { name: 'Dr. J. de Boer', consentedOn: '2026-01-01' },
          },
        });
      };
      await crashAt(placementId, from, after, decide);
      await eventually(
        () => loadProcess(store, placementId),
        (p) => p.state.startSent,
      );
    }

    const process = await eventually(
      () => loadProcess(store, placementId),
      (p) => p.state.reservation !== null || p.state.startSent,
    );
    // The option's own stream, not the global log: the log hides events behind transactions still running anywhere in the cluster.
    const optionEvents = (await store.readStream(`placement-option-${optionId}`)).filter((e) => e.data.placementId === placementId);
    expect(optionEvents.filter((e) => e.type === 'PlaceReserved')).toHaveLength(1);
    expect(optionEvents.every((e) => e.metadata.correlationId === placementId)).toBe(true);
    const timers = await pool.query('SELECT attempt FROM placement_timers WHERE placement_id = $1', [placementId]);
    expect(timers.rows).toEqual([{ attempt: 0 }]);
    if (phase === 'B') {
      expect(optionEvents.filter((e) => e.type === 'PlaceOccupied')).toHaveLength(1);
      const started = (await store.readStream(`case-${caseId}`)).filter((e) => e.type === 'PlacementStarted');
      expect(started).toHaveLength(1);
    } else {
      expect(process.state.candidates).toHaveLength(1);
    }
  },
  240_000,
);
