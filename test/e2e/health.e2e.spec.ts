import { PostgresEventStore } from '@casus/event-store';
import { startCasusApi, type CasusApi } from './support/casus-api';

describe('health for load balancers and orchestrators', () => {
  let casus: CasusApi;

  beforeAll(async () => (casus = await startCasusApi()));
  afterAll(() => casus.close());

  it('is live and ready without a token when the event store and database answer', async () => {
    expect((await casus.http().get('/health/live')).status).toBe(200);
    const ready = await casus.http().get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ok', info: { eventStore: { status: 'up' }, database: { status: 'up' } } });
  });

  it('is live but not ready (503, Retry-After) while the event store is unreachable', async () => {
    const down = await startCasusApi({ eventStoreInstance: new PostgresEventStore({ connectionString: 'postgres://casus:casus@127.0.0.1:9/none' }) });
    try {
      expect((await down.http().get('/health/live')).status).toBe(200);
      const ready = await down.http().get('/health/ready');
      expect({ status: ready.status, retryAfter: ready.headers['retry-after'] }).toEqual({ status: 503, retryAfter: '5' });
      expect(ready.body).toMatchObject({ status: 'error', error: { eventStore: { status: 'down' } }, info: { database: { status: 'up' } } });
    } finally {
      await down.close();
    }
  });
});
