import { PostgresEventStore } from '@casus/event-store';
import { PROJECTIONS, rebuildProjections } from '@casus/projections';
import { protectEventStore } from '@casus/runtime';
import { join } from 'node:path';
import { Pool } from 'pg';
import { waitForQuietLog } from '../../libs/projections/src/testing/quiet-log';
import { snapshotReadModels } from '../../libs/projections/src/testing/read-model-snapshot';
import { bestandspleeggezinAt, lead, mother, placementRequest } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { startCasusWorker, type CasusWorker } from './support/casus-worker';
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
