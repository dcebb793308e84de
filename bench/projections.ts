import { streamIdForCase } from '@casus/streams';
import { comparePositions, PostgresEventStore, type LogPosition } from '@casus/event-store';
import { checkpointName, PROJECTIONS, ProjectionRunner, rebuildProjections } from '@casus/projections';
import { appendCases, generateCase, random, toAppend } from '../libs/projections/src/testing/case-histories';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'pg';
import { benchPool, report, withBenchDatabase } from './embedded-cluster';

const LOG_EVENTS = Number(process.env.BENCH_PROJECTION_EVENTS ?? 200_000);
const LIVE_SECONDS = 10;
const LIVE_APPENDS_PER_SECOND = 100;

/** `npm run bench -- projections`: rebuild rate from a log of realistic cases, then live lag under a steady write load. */
export async function runProjectionsBench(): Promise<void> {
  await withBenchDatabase(async (url) => {
    const store = new PostgresEventStore({ connectionString: url, poolSize: 16 });
    const pool = benchPool(url, 8);
    try {
      let events = 0;
      for (let seed = 1; events < LOG_EVENTS; seed += 1) events += (await appendCases(store, 2_000, seed, 16)).events;
      console.log(`log: ${events} events of generated cases`);

      const result = await rebuildProjections(PROJECTIONS, { pool, store, batchSize: 5_000 });
      report('projection.rebuild', result.events / result.seconds, 'ev/s');

      const lags = await measureLiveLag(url, store, pool);
      lags.sort((a, b) => a - b);
      report('projection.lag.p50', lags[Math.floor(lags.length * 0.5)], 'ms');
      report('projection.lag.p99', lags[Math.floor(lags.length * 0.99)], 'ms');
    } finally {
      await store.close();
      await pool.end();
    }
  });
}

async function measureLiveLag(databaseUrl: string, store: PostgresEventStore, pool: Pool): Promise<number[]> {
  const runners = PROJECTIONS.map((p) => new ProjectionRunner(p, { databaseUrl, pool, store, workerId: 'bench' }));
  runners.forEach((r) => r.start());
  const pending: { position: LogPosition; at: number }[] = [];
  const lags: number[] = [];
  let writing = true;
  // One poller for all writes: the slowest projection's checkpoint decides when a write is visible.
  const poller = (async () => {
    while (writing || pending.length > 0) {
      const { rows } = await pool.query<{ commit_position: string; prepare_position: string }>(
        'SELECT commit_position, prepare_position FROM subscription_checkpoints WHERE subscription = ANY ($1)',
        [PROJECTIONS.map(checkpointName)],
      );
      const slowest = rows
        .map((r) => ({ commit: BigInt(r.commit_position), prepare: BigInt(r.prepare_position) }))
        .reduce((a, b) => (comparePositions(a, b) <= 0 ? a : b));
      const now = performance.now();
      for (let i = pending.length - 1; i >= 0; i -= 1) {
        if (rows.length === PROJECTIONS.length && comparePositions(pending[i].position, slowest) <= 0) {
          lags.push(now - pending[i].at);
          pending.splice(i, 1);
        }
      }
      await sleep(2);
    }
  })();
  const rand = random(99);
  const started = performance.now();
  for (let n = 0; performance.now() - started < LIVE_SECONDS * 1_000; n += 1) {
    const { caseId, events } = generateCase(rand);
    const at = performance.now();
    const written = await store.appendToStream(
      streamIdForCase(caseId),
      events.slice(0, 3).map((s) => toAppend(s, randomUUID())),
      { expectedRevision: 'no-stream' },
    );
    pending.push({ position: written.position, at });
    const nextAt = started + ((n + 1) * 1_000) / LIVE_APPENDS_PER_SECOND;
    await sleep(Math.max(0, nextAt - performance.now()));
  }
  writing = false;
  await poller;
  await Promise.all(runners.map((r) => r.stop()));
  return lags;
}
