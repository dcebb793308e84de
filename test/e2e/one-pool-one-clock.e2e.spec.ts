import { DATABASE_POOL } from '@casus/runtime';
import { Client, type Pool, type PoolClient } from 'pg';
import { signal } from './support/case-story';
import { NOW, startCasusApi, type CasusApi } from './support/casus-api';
import { id, people } from './support/people';

const POOL_SIZE = 3;
// Sessions that are not the pool's: the event store's LISTEN connection and the placement process's lease.
const OWN_SESSIONS = 2;

describe('one database pool and one clock per API process', () => {
  let casus: CasusApi;
  let owner: Client;

  beforeAll(async () => {
    casus = await startCasusApi({ databasePoolSize: POOL_SIZE });
    owner = new Client({ connectionString: casus.ownerDatabaseUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await owner.end();
    await casus.close();
  });

  // The projection workers' lease sessions name themselves; everything else of Casus's role counts.
  const casusConnections = async () =>
    Number(
      (
        await owner.query<{ n: string }>(
          `SELECT count(*) AS n FROM pg_stat_activity
            WHERE datname = current_database() AND usename <> current_user AND application_name NOT LIKE 'casus lease %'`,
        )
      ).rows[0].n,
    );

  it('answers "today" from the clock it was started with, not from the machine\'s', async () => {
    const due = await casus.get(people.ilse, '/audit/retention-due');
    expect(due.status).toBe(200);
    expect(due.body).toMatchObject({ asOf: NOW.toISOString().slice(0, 10), items: [] });
  });

  it('keeps every query of a burst of writes, lists and health checks within the one pool', async () => {
    const lotte = await casus.as(people.lotte);
    const burst = Array.from({ length: 12 }, (_, n) => [
      casus
        .http()
        .post('/cases')
        .set(lotte)
        .send(signal(id(7100 + n))),
      casus.http().get('/cases').set(lotte),
      casus.http().get('/deadlines').set(lotte),
    ]).flat();
    const readiness = Array.from({ length: 12 }, () => casus.http().get('/health/ready'));
    const [answers, readinessAnswers] = await Promise.all([Promise.all(burst), Promise.all(readiness)]);
    expect(answers.filter((answer) => answer.status >= 500)).toEqual([]);
    // Readiness waits 2 s for a connection at most: on a slow machine a burst may keep it from one, and then it says
    // so (503 naming the check that could not answer), as the next test shows with every connection taken.
    expect(
      readinessAnswers.filter((answer) => !(answer.status === 200 || (answer.status === 503 && answer.body.status === 'error'))),
    ).toEqual([]);
    expect(await casusConnections()).toBeLessThanOrEqual(POOL_SIZE + OWN_SESSIONS);
  });

  it('answers /health/ready at once (503, the database down) while every connection of the pool is taken', async () => {
    const pool = casus.app.get<Pool>(DATABASE_POOL);
    const taken: PoolClient[] = await Promise.all(Array.from({ length: POOL_SIZE }, () => pool.connect()));
    try {
      const ready = await casus.http().get('/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.error.database).toEqual({ status: 'down', message: 'no answer within 2000 ms' });
    } finally {
      for (const client of taken) client.release();
    }
    expect((await casus.http().get('/health/ready')).body.info.database).toEqual({ status: 'up' });
  });
});
