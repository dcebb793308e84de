import { freePort } from '@casus/database';
import { PostgresEventStore } from '@casus/event-store';
import { PersonKeys, ProtectedEventStore } from '@casus/privacy';
import { PROJECTIONS, readStatuses, rebuildProjections } from '@casus/projections';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Pool } from 'pg';
import { createApp } from '../apps/api/src/app.factory';
import { loadOrCreateDevSigningKey, mintDevToken, type Principal } from '@casus/runtime';
import { benchPool, report, withBenchDatabase } from './embedded-cluster';
import type { LoadMix, LoadPlan, LoadResult } from './http-load';
import { followersIn, startBenchWorker } from './http-worker';
import { READ_MODEL_TABLES, snapshotReadModels } from '../libs/projections/src/testing/read-model-snapshot';
import { waitForQuietLog } from '../libs/projections/src/testing/quiet-log';
import { dutchDateOf } from '@casus/domain';
import { asApplication, cpuBetween, postgresCpuBetween, sampleCpu, type CpuShare } from './machine-cpu';

const CASES = Number(process.env.BENCH_HTTP_CASES ?? 600);
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 20);
const CONNECTIONS = 64;
const MIXES = mixesOf(process.env.BENCH_HTTP_MIX);
const TEAMS = ['wijkteam-ede-noord', 'wijkteam-ede-zuid', 'wijkteam-wageningen', 'wijkteam-veenendaal', 'wijkteam-barneveld'];

/**
 * `npm run bench -- http`: the API under the thin peer's load and then a workday's (LoadMix), each from a second process,
 * its projections and placement process in a worker process as `npm start` runs them (BENCH_HTTP_FOLLOWERS=api: in
 * the API's own), then every command both acknowledged checked in the log and the read models against a rebuild.
 */
export async function runHttpBench(): Promise<void> {
  const followers = followersIn(process.env);
  await withBenchDatabase(async (url) => {
    const work = mkdtempSync(join(tmpdir(), 'casus-bench-http-'));
    const notary = { keyFile: join(work, 'notary-key.pem'), everyEvents: 1_000, everySeconds: 300 };
    const app = await createApp({
      databaseUrl: asApplication(url, 'api'),
      // As main.ts reads it; the worker process reads it from the same environment.
      databasePoolSize: process.env.DATABASE_POOL_SIZE ? Number(process.env.DATABASE_POOL_SIZE) : undefined,
      auth: { kind: 'dev', keyDir: work },
      logLevel: 'silent',
      rateLimitPerMinute: 0,
      notary,
      followLog: followers === 'api',
    });
    const worker = followers === 'worker' ? await startBenchWorker(asApplication(url, 'worker'), notary.keyFile, work) : undefined;
    console.log(`followers: ${followers === 'worker' ? 'in a worker process beside the API' : "in the API's own process"}`);
    const port = await freePort();
    await app.listen(port, '127.0.0.1');
    // A rebuild holds a connection for each projection and one for its guard.
    const pool = benchPool(url, PROJECTIONS.length + 2);
    // The rebuild reads as the API does: personal data opened with its person's key.
    const store = new ProtectedEventStore(new PostgresEventStore({ connectionString: url, poolSize: 2 }), PersonKeys.over(pool));
    let closed = false;
    try {
      const key = await loadOrCreateDevSigningKey(work);
      const token = (n: number, role: Principal['role'], team: string) =>
        mintDevToken(key, {
          sub: randomUUID(),
          role,
          team,
          organisation: `Gemeente ${team}`,
          name: `Professional ${n}`,
          ttlSeconds: 3_600,
        });
      const teamTokens = await Promise.all(TEAMS.map((team, n) => token(n, 'wijkteam', team)));
      const provider = await token(99, 'provider', 'plaatsing');
      const api = client(port);

      const started = performance.now();
      await inParallel(20, async (n) => api.ok('POST', '/placement-options', provider, placeOption(n)));
      const cases = await inParallel(CASES, async (n) => {
        const caseId = randomUUID();
        const motherId = randomUUID();
        const childIds = [randomUUID(), randomUUID()];
        const teamToken = teamTokens[n % TEAMS.length];
        await api.ok('POST', '/cases', teamToken, signalOf(caseId, childIds));
        await api.ok('POST', `/cases/${caseId}/record-family-member`, teamToken, {
          familyMemberId: motherId,
          name: 'Moeder',
          relation: 'parent',
          parentalAuthorityOver: childIds,
          contact: {},
        });
        await api.ok('POST', `/cases/${caseId}/record-consent`, teamToken, {
          consentId: randomUUID(),
          givenBy: { giver: 'family-member', familyMemberId: motherId },
          purpose: 'voluntary-placement',
          childIds,
          givenOn: today(),
        });
        // The elder child is 12: from 12 the child consents too (Jeugdwet art. 7.3.4).
        await api.ok('POST', `/cases/${caseId}/record-consent`, teamToken, {
          consentId: randomUUID(),
          givenBy: { giver: 'child', childId: childIds[0] },
          purpose: 'voluntary-placement',
          childIds: [childIds[0]],
          givenOn: today(),
        });
        return { caseId, token: teamToken, childIds, motherId };
      });
      console.log(
        `setup: ${CASES} cases of ${TEAMS.length} teams, each with a parent's consent to a voluntary placement (${((performance.now() - started) / 1000).toFixed(1)} s)`,
      );
      api.close();

      const acknowledged: string[] = [];
      for (const mix of MIXES) acknowledged.push(...(await measureLoad(mix, { port, cases, work, pool })));
      const live = await snapshotReadModels(pool);
      await Promise.all([app.close(), worker?.stop()]);
      closed = true;
      const problems = await checkAcknowledged(pool, acknowledged);
      await rebuildProjections(PROJECTIONS, { pool, store, batchSize: 5_000 });
      const rebuilt = await snapshotReadModels(pool);
      for (const [table] of READ_MODEL_TABLES) {
        if (!isDeepStrictEqual(live[table], rebuilt[table])) problems.push(`${table}: the read model differs from a rebuild from the log`);
      }
      console.log(
        `check: ${acknowledged.length} acknowledged commands, ${problems.length === 0 ? 'each in the log exactly once; read models equal a rebuild' : problems.slice(0, 10).join('; ')}`,
      );
      if (problems.length > 0) process.exitCode = 1;
    } finally {
      if (!closed) await Promise.all([app.close(), worker?.stop().catch(() => undefined)]);
      await store.close();
      await pool.end();
      rmSync(work, { recursive: true, force: true });
    }
  });
}

/** The figures of one load: `http.*` for the peer's shape, `http.workday.*` for the workday's; the commands it acknowledged. */
async function measureLoad(mix: LoadMix, { port, cases, work, pool }: LoadSetting): Promise<string[]> {
  const figure = (name: string) => (mix === 'peer' ? `http.${name}` : `http.${mix}.${name}`);
  console.log(`load: ${mix === 'peer' ? "the thin peer's shape" : 'a workday'} (${SECONDS} s, ${CONNECTIONS} connections)`);
  const plan: LoadPlan = {
    url: `http://127.0.0.1:${port}`,
    mix,
    connections: CONNECTIONS,
    seconds: SECONDS,
    cases,
    resultFile: join(work, 'result.json'),
  };
  writeFileSync(join(work, 'plan.json'), JSON.stringify(plan));
  if (process.env.BENCH_PG_STATEMENTS)
    await pool.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset()');
  // The API's own CPU per answer: on a shared machine whose speed drifts, the figure an A/B of the API can trust.
  const cpuBefore = process.cpuUsage();
  const machineBefore = sampleCpu();
  const profiling = await profileDuringLoad(process.env.BENCH_HTTP_PROFILE?.replace(/(\.cpuprofile)?$/, `-${mix}$1`));
  await runChild(join(__dirname, 'http-load.js'), join(work, 'plan.json'));
  const cpu = process.cpuUsage(cpuBefore);
  const machineAfter = sampleCpu();
  const machine = cpuBetween(machineBefore, machineAfter);
  const { rows: backends } = await pool.query<{ pid: number; servesFor: string }>(
    `SELECT pid, CASE WHEN backend_type = 'client backend' THEN coalesce(nullif(application_name, ''), 'bench') ELSE backend_type END AS "servesFor"
       FROM pg_stat_activity`,
  );
  const postgresFor = postgresCpuBetween(machineBefore, machineAfter, backends);
  await profiling.stop();
  const result = JSON.parse(readFileSync(plan.resultFile, 'utf8')) as LoadResult;
  if (process.env.BENCH_PG_STATEMENTS) await printStatements(pool, result.reads + result.commands + result.placements);

  report(figure('commands'), (result.commands + result.placements) / result.seconds, 'req/s');
  report(figure('reads'), result.reads / result.seconds, 'req/s');
  report(figure('p99'), result.p99, 'ms');
  report(figure('errors'), result.errors, 'count');
  const answered = result.reads + result.commands + result.placements + result.expectedRefusals;
  report(figure('api.cpu'), (cpu.user + cpu.system) / answered, 'µs/req');
  // The rest of the machine's CPU per answer: what the API waits on for a core, besides its own.
  for (const share of ['worker', 'postgres', 'other'] as const) report(figure(`${share}.cpu`), machine.spent[share] / answered, 'µs/req');
  report(figure('load.cpu'), result.cpu / answered, 'µs/req');
  const systemShare = (share: CpuShare) => `${share} ${Math.round((100 * machine.system[share]) / machine.spent[share])}%`;
  console.log(`of that in the kernel: ${(['api', 'worker', 'postgres'] as const).map(systemShare).join(', ')}`);
  console.log(
    `postgres per answer, by whom it served: ${Object.entries(postgresFor)
      .filter(([, us]) => us / answered >= 1)
      .sort(([, a], [, b]) => b - a)
      .map(([whom, us]) => `${whom} ${Math.round(us / answered)} µs`)
      .join(', ')}`,
  );
  console.log(
    `mix: ${result.reads} reads, ${result.commands} lifecycle steps, ${result.placements} placement requests acknowledged; ` +
      `${result.expectedRefusals} expected 409/422; p50 ${result.p50} ms; errors ${JSON.stringify(result.errorsByStatus)}`,
  );

  // Work a run leaves behind is work it did not pay for: how far the read models trail when the load stops, and for how long.
  const behind = await readStatuses(pool, PROJECTIONS);
  report(figure('lag.end'), Math.max(...behind.map((status) => status.eventsBehind)), 'events');
  const quieting = performance.now();
  await waitForQuietLog(pool);
  report(figure('catch-up'), performance.now() - quieting, 'ms');
  return result.acknowledged;
}

type LoadSetting = { port: number; cases: LoadPlan['cases']; work: string; pool: Pool };

/** BENCH_HTTP_MIX=peer|workday runs one load alone (an A/B of one); by default both, the peer's shape first. */
function mixesOf(chosen: string | undefined): readonly LoadMix[] {
  if (chosen === undefined || chosen === '') return ['peer', 'workday'];
  if (chosen === 'peer' || chosen === 'workday') return [chosen];
  throw new Error(`BENCH_HTTP_MIX is peer or workday, not ${chosen}`);
}

/** Every 2xx command's event is in its case stream exactly once, at the revision it answered. */
async function checkAcknowledged(pool: Pool, acknowledged: readonly string[]): Promise<string[]> {
  const { rows } = await pool.query<{ correlation_id: string; stream_id: string; n: number; last: number }>(
    `SELECT metadata->>'correlationId' AS correlation_id, stream_id, count(*)::int AS n, max(stream_revision)::int AS last
       FROM events WHERE stream_id LIKE 'case-%' AND metadata->>'correlationId' LIKE 'bench-%' GROUP BY 1, 2`,
  );
  const written = new Map(rows.map((r) => [r.correlation_id, r]));
  const problems: string[] = [];
  for (const line of acknowledged) {
    const [correlationId, caseId, revision] = line.split(' ');
    const row = written.get(correlationId);
    if (!row || row.stream_id !== `case-${caseId}` || row.n !== 1 || row.last !== Number(revision)) {
      problems.push(
        `${correlationId}: ${row ? `${row.n} events in ${row.stream_id}, last at ${row.last}` : 'not in the log'} (answered revision ${revision})`,
      );
    }
  }
  return problems;
}

/** BENCH_PG_STATEMENTS=1: the database's statements during the load (pg_stat_statements), costliest first, of every process. */
async function printStatements(pool: Pool, requests: number) {
  const { rows } = await pool.query(
    `SELECT calls, round(total_exec_time)::int AS ms, round(total_plan_time)::int AS plan_ms, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 160) AS q
       FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 30`,
  );
  const all = await pool.query(`SELECT sum(calls)::int AS calls, round(sum(total_exec_time))::int AS ms FROM pg_stat_statements`);
  console.log(`statements: ${all.rows[0].calls} calls, ${all.rows[0].ms} ms for ${requests} requests`);
  for (const row of rows) console.log(`${row.calls}\t${row.ms} ms\tplan ${row.plan_ms}\t${row.rows} rows\t${row.q}`);
}

/** BENCH_HTTP_PROFILE=<file>: the API process's CPU profile of the load window alone (setup and checks left out). */
async function profileDuringLoad(file: string | undefined): Promise<{ stop(): Promise<void> }> {
  if (!file) return { stop: async () => undefined };
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop() {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
      console.log(`profile of the load window: ${file}`);
    },
  };
}

function runChild(script: string, planFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, planFile], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the load generator exited with ${code}`))));
  });
}

function client(port: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  const send = (method: string, path: string, token: string, body: object) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const text = JSON.stringify(body);
      const headers = {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(text)),
      };
      const outgoing = request({ host: '127.0.0.1', port, method, path, headers, agent }, (incoming) => {
        let answer = '';
        incoming.setEncoding('utf8').on('data', (chunk: string) => (answer += chunk));
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, text: answer }));
      });
      outgoing.on('error', reject);
      outgoing.end(text);
    });
  return {
    async ok(method: string, path: string, token: string, body: object) {
      const { status, text } = await send(method, path, token, body);
      if (status >= 300) throw new Error(`setup ${method} ${path} answered ${status}: ${text.slice(0, 300)}`);
    },
    close: () => agent.destroy(),
  };
}

async function inParallel<T>(count: number, work: (n: number) => Promise<T>, width = 32): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let n = next++; n < count; n = next++) results[n] = await work(n);
    }),
  );
  return results;
}

// The Dutch day the API judges dates by, not UTC's (the day before, late in the evening).
const today = () => dutchDateOf(new Date());

const signalOf = (caseId: string, childIds: readonly string[]) => ({
  caseId,
  source: 'veilig-thuis',
  concerns: ['neglect'],
  children: [
    { childId: childIds[0], birthDate: '2014-05-12' },
    { childId: childIds[1], birthDate: '2019-03-02' },
  ],
  description: 'Concerns reported by the school.',
  urgency: 'regular',
  municipality: 'Ede',
});

const placeOption = (n: number) => ({
  optionId: randomUUID(),
  kind: ['bestandspleeggezin', 'gezinshuis', 'residentieel'][n % 3],
  municipality: 'Ede',
  region: 'FoodValley',
  location: { lat: 52.03 + n / 1000, lon: 5.66 },
  capacity: 50,
  ageRange: { min: 0, max: 17 },
  careIntensities: ['light', 'medium', 'intensive'],
  specialisations: [],
  maxSiblingGroup: 4,
});
