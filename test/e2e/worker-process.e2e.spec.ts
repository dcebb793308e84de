import { PostgresEventStore } from '@casus/event-store';
import { PROJECTIONS, rebuildProjections } from '@casus/projections';
import { loadOrCreateDevSigningKey, mintDevToken, protectEventStore } from '@casus/runtime';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { waitForQuietLog } from '../../libs/projections/src/testing/quiet-log';
import { snapshotReadModels } from '../../libs/projections/src/testing/read-model-snapshot';
import { bestandspleeggezinAt, lead, mother, placementRequest, signal } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { startCasusWorker, type CasusWorker } from './support/casus-worker';
import { isAlive, startEmbeddedApi } from './support/embedded-api';
import { eventually } from './support/eventually';
import { id, people } from './support/people';

type Placement = { reservation: { optionId: string } | null };

/**
 * Issue 19: the API without the log's followers (CASUS_PROCESS=api), and CASUS_PROCESS=worker as a real process
 * on the same database running the projections and the placement process for it.
 */
describe('the API beside a worker process that follows the log for it', () => {
  let casus: CasusApi;
  let pool: Pool;
  let worker: CasusWorker | undefined;
  const caseId = id(3300);
  const placementId = id(3341);
  const optionId = id(3351);
  const { open, step, underCourtOrder, read } = caseSteps(() => casus, caseId);
  const notaryKey = () => join(casus.keyDir, 'notary-key.pem');
  const listed = async (minPosition: string) =>
    (await read(people.lotte, `/cases?minPosition=${minPosition}&pageSize=100`)).items.map((item: { caseId: string }) => item.caseId);
  const reservationOf = (placement: string) =>
    eventually(async () => {
      // 404 until the process has recorded its start.
      const response = await casus.get(people.gijs, `/placements/${placement}`);
      return response.status === 200 && (response.body as Placement).reservation ? (response.body as Placement) : undefined;
    }, `the reservation of ${placement}`);

  beforeAll(async () => {
    casus = await startCasusApi({ followLog: false });
    pool = new Pool({ connectionString: casus.databaseUrl, max: PROJECTIONS.length + 2 });
  });
  afterAll(async () => {
    await worker?.stop();
    await pool.end();
    await casus.close();
  });

  it('without a worker, takes steps and reads cases from their streams, and answers a read that needs the read models 503', async () => {
    const placed = await casus
      .http()
      .post('/placement-options')
      .set(await casus.as(people.priya))
      .send(bestandspleeggezinAt(optionId));
    expect(placed.status).toBe(201);
    await open();
    await step(people.lotte, 'assign-case-lead', lead);
    const { position } = await step(people.lotte, 'record-family-member', mother);

    const folded = await casus.get(people.lotte, `/cases/${caseId}`);
    expect({ status: folded.status, lead: folded.body.case.lead }).toEqual({ status: 200, lead: expect.objectContaining(lead) });
    const waited = await casus.get(people.lotte, `/cases?minPosition=${position}`);
    expect({ status: waited.status, detail: waited.body.detail }).toEqual({
      status: 503,
      detail: `the read models have not reached position ${position} yet; try again shortly`,
    });
    const { rows } = await pool.query('SELECT case_id FROM rm_case_overview');
    expect(rows).toEqual([]);
  });

  it('a worker started beside it brings the read models up to date and drives the placement process to a reservation', async () => {
    worker = await startCasusWorker(casus.databaseUrl, notaryKey());
    await underCourtOrder(3360);
    const { position } = await step(people.gijs, 'request-placement', placementRequest(placementId));
    expect(await listed(position)).toEqual([caseId]);
    expect((await reservationOf(placementId)).reservation).toMatchObject({ optionId });
    const timeline = await read(people.lotte, `/cases/${caseId}/timeline?minPosition=${position}`);
    expect(timeline.steps.map((item: { type: string }) => item.type)).toContain('PlacementRequested');
  });

  it('killed with SIGKILL while cases are opened, a new worker goes on from the checkpoints: the read models equal a rebuild from the log', async () => {
    const more = Array.from({ length: 8 }, (_, n) => id(3400 + n));
    let last = '';
    for (const [n, other] of more.entries()) {
      if (n === 3) await worker!.kill();
      await open(other);
      last = (await step(people.lotte, 'assign-case-lead', lead, other)).position;
    }
    const waited = await casus.get(people.lotte, `/cases?minPosition=${last}`);
    expect(waited.status).toBe(503);

    worker = await startCasusWorker(casus.databaseUrl, notaryKey());
    expect((await listed(last)).sort()).toEqual([caseId, ...more].sort());
    await waitForQuietLog(pool);
    const live = await snapshotReadModels(pool);
    expect(await worker.stop()).toEqual({ code: 0, signal: null });
    worker = undefined;

    const store = protectEventStore(new PostgresEventStore({ connectionString: casus.databaseUrl, poolSize: 2 }), pool);
    try {
      await rebuildProjections(PROJECTIONS, { pool, store, batchSize: 50 });
    } finally {
      await store.close();
    }
    expect(await snapshotReadModels(pool)).toEqual(live);
    expect(live.rm_case_overview).toHaveLength(1 + more.length);
  });
});

/** `npm start` on the embedded default: the API owns the PostgreSQL, its one worker connects to it. */
describe('npm start: the API and the worker process it watches', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'casus-worker-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('says so loudly when its worker dies and starts a new one, which the read models then follow; SIGTERM stops both', async () => {
    const api = await startEmbeddedApi(dataDir);
    const workerPid = (said: string, pattern: RegExp) => Number(pattern.exec(said)?.[1]);
    let next = 0;
    try {
      const first = workerPid(api.said(), /with a worker process \(pid (\d+)\)/);
      expect(isAlive(first)).toBe(true);
      process.kill(first, 'SIGKILL');
      next = await eventually(
        async () => workerPid(api.warned(), /a new worker process \(pid (\d+)\) follows the log/) || undefined,
        'a new worker process',
        60_000,
      );
      expect(api.warned()).toContain(
        `the worker process (pid ${first}) was killed (SIGKILL): the read models, the placement process and the notary stand still until a new one runs`,
      );
      expect(next).not.toBe(first);

      const caseId = id(3500);
      const key = await loadOrCreateDevSigningKey(join(dataDir, 'dev-keys'));
      const headers = {
        authorization: `Bearer ${await mintDevToken(key, { sub: people.lotte.id, ...people.lotte })}`,
        'content-type': 'application/json',
      };
      const base = `http://127.0.0.1:${api.port}`;
      const opened = await fetch(`${base}/cases`, { method: 'POST', headers, body: JSON.stringify(signal(caseId)) });
      expect(opened.status).toBe(201);
      const { position } = (await opened.json()) as { position: string };
      const listed = await eventually(async () => {
        const answer = await fetch(`${base}/cases?minPosition=${position}`, { headers });
        return answer.status === 503
          ? undefined
          : { status: answer.status, body: (await answer.json()) as { items: { caseId: string }[] } };
      }, 'the read models to reach the position');
      expect({ status: listed.status, cases: listed.body.items.map((item) => item.caseId) }).toEqual({ status: 200, cases: [caseId] });
    } finally {
      api.child.kill('SIGTERM');
    }
    expect(await api.exited).toEqual({ code: 0, signal: null });
    expect(isAlive(next)).toBe(false);
  }, 120_000);
});
