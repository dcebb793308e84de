import { PostgresEventStore } from '@casus/event-store';
import { Client } from 'pg';
import { ProjectionWorkers } from '../../apps/api/src/followers/projection-workers';
import { signal } from './support/case-story';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { eventually } from './support/eventually';
import { id, people } from './support/people';

describe('health for load balancers and orchestrators', () => {
  let casus: CasusApi;
  let db: Client;

  beforeAll(async () => {
    casus = await startCasusApi();
    db = new Client({ connectionString: casus.ownerDatabaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await casus.close();
  });

  const readyOnceLive = () =>
    eventually(async () => {
      const ready = await casus.http().get('/health/ready');
      return ready.status === 200 &&
        Object.entries<{ state?: string }>(ready.body.info.projections).every(([key, p]) => key === 'status' || p.state === 'live')
        ? ready
        : undefined;
    }, 'every projection live');

  it('is live and ready without a token when the event store, database and projections are well', async () => {
    expect((await casus.http().get('/health/live')).status).toBe(200);
    const ready = await readyOnceLive();
    expect(ready.body).toMatchObject({
      status: 'ok',
      info: {
        eventStore: { status: 'up' },
        database: { status: 'up' },
        projections: { status: 'up', 'case-overview': { state: 'live', eventsBehind: 0 } },
      },
    });
  });

  it('is not ready while a projection has failed', async () => {
    await readyOnceLive();
    await db.query(
      "UPDATE projection_status SET state = 'failed', error = 'relation rm_case_overview is gone' WHERE projection = 'case-overview'",
    );
    const ready = await casus.http().get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.error.projections).toMatchObject({
      status: 'down',
      'case-overview': { state: 'failed', problem: 'failed: relation rm_case_overview is gone' },
    });
    await db.query("UPDATE projection_status SET state = 'live', error = NULL WHERE projection = 'case-overview'");
    expect((await casus.http().get('/health/ready')).status).toBe(200);
  });

  it('is not ready while events wait longer than the limit and no worker catches up', async () => {
    await readyOnceLive();
    await casus.app.get(ProjectionWorkers).onModuleDestroy();
    const caseId = id(310);
    const token = `Bearer ${await casus.tokenFor(people.lotte)}`;
    expect((await casus.http().post('/cases').set('Authorization', token).send(signal(caseId))).status).toBe(201);
    // The signal came in three minutes ago, as far as the log can tell: older than the 120 s limit.
    await db.query("UPDATE events SET recorded_at = now() - interval '3 minutes' WHERE stream_id = $1", [`case-${caseId}`]);
    const ready = await casus.http().get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.error.projections['case-overview']).toMatchObject({
      state: 'stopped',
      eventsBehind: 1,
      problem: expect.stringMatching(/^stalled: 1 events waiting/),
    });
  });

  it('is live but not ready (503, Retry-After) while the event store is unreachable', async () => {
    const down = await startCasusApi({
      eventStoreInstance: new PostgresEventStore({ connectionString: 'postgres://casus:casus@127.0.0.1:9/none' }),
    });
    try {
      expect((await down.http().get('/health/live')).status).toBe(200);
      const ready = await down.http().get('/health/ready');
      expect({ status: ready.status, retryAfter: ready.headers['retry-after'] }).toEqual({ status: 503, retryAfter: '5' });
      expect(ready.body).toMatchObject({
        status: 'error',
        error: { eventStore: { status: 'down' } },
        info: { database: { status: 'up' } },
      });
    } finally {
      await down.close();
    }
  });
});
