import { freePort, migrate, startEmbeddedPostgres, type RunningPostgres } from '@casus/database';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Pool } from 'pg';

/** A throw-away embedded PostgreSQL with the product's own (durable) settings, migrated. */
export async function withBenchDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const server: RunningPostgres = await startEmbeddedPostgres({
    dataDir: mkdtempSync(join(tmpdir(), 'casus-bench-pg-')),
    port: await freePort(),
    persistent: false,
    settings: process.env.BENCH_PG_STATEMENTS
      ? { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track': 'all', 'pg_stat_statements.track_planning': 'on' }
      : {},
  });
  try {
    const admin = new Client({ connectionString: server.url('postgres') });
    await admin.connect();
    await admin.query('CREATE DATABASE casus_bench');
    await admin.end();
    const url = server.url('casus_bench');
    await migrate(url);
    return await work(url);
  } finally {
    await server.stop();
  }
}

/** A pool that outlives nothing: the embedded server stops at the end and its idle connections then error. */
export function benchPool(url: string, max: number): Pool {
  const pool = new Pool({ connectionString: url, max });
  pool.on('error', () => undefined);
  return pool;
}

const reported = new Map<string, number>();

export function report(name: string, value: number, unit: string): void {
  reported.set(name, value);
  console.log(`BENCH ${name} ${value.toFixed(unit === 'ms' ? 2 : 0)} ${unit}`);
}

/** What this run printed under `name`, for the ratios to the peers. */
export function reportedFigure(name: string): number | undefined {
  return reported.get(name);
}

/** Runs `clients` loops of `step` until `seconds` have passed; returns how many units they did per second. */
export async function measureRate(clients: number, seconds: number, step: (client: number) => Promise<number>): Promise<number> {
  const until = performance.now() + seconds * 1_000;
  const started = performance.now();
  const counts = await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      let done = 0;
      while (performance.now() < until) done += await step(client);
      return done;
    }),
  );
  return counts.reduce((a, b) => a + b, 0) / ((performance.now() - started) / 1_000);
}
