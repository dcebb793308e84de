// A placement process runtime as its own OS process, for crash tests: it kills itself with SIGKILL
// at the effect named in the crash file (placement id, effect to start counting at, how many more),
// and appends every effect to the trace file.
import { PostgresEventStore } from '@casus/event-store';
import { defaultMatchingConfig } from '@casus/matching';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { Pool } from 'pg';
import { EventStoreCapacityReader } from '../../src/runtime/capacity-reader';
import { EventStoreCaseCommands } from '../../src/runtime/case-commands';
import { PlacementProcessRuntime } from '../../src/runtime/placement-process-runtime';

const [url, crashFile, traceFile] = process.argv.slice(2);
const store = new PostgresEventStore({ connectionString: url });
const pool = new Pool({ connectionString: url });
let counting: { placementId: string; from: string; left: number; started: boolean } | null = null;

function onEffect(placementId: string, effect: string): void {
  // The test names the last effects when the crash point is never reached.
  appendFileSync(traceFile, `${new Date().toISOString()} ${process.pid} ${placementId || '-'} ${effect}\n`);
  if (!counting && existsSync(crashFile)) {
    const [p, from, after] = readFileSync(crashFile, 'utf8').trim().split(' ');
    counting = { placementId: p, from, left: Number(after), started: false };
  }
  if (!counting) return;
  if (placementId === counting.placementId && effect === counting.from) counting.started = true;
  if (!counting.started || (placementId !== counting.placementId && placementId !== '')) return;
  if (counting.left-- === 0) process.kill(process.pid, 'SIGKILL');
}

const runtime = new PlacementProcessRuntime({
  store,
  db: pool,
  pool,
  connectionString: url,
  capacity: new EventStoreCapacityReader(store),
  cases: new EventStoreCaseCommands(store),
  clock: () => new Date(),
  settings: { reservationTtlMs: 48 * 3_600_000, noSuitablePlacementDays: 2, matching: defaultMatchingConfig },
  timerPollMs: 200,
  standbyPollMs: 100,
  onEffect,
  // This worker's stderr is the crash test's.
  log: (message, error) => console.error(message, error),
});
void runtime.start();
