import { setTimeout as sleep } from 'node:timers/promises';
import { aroundAppends, PostgresEventStore, type EventStore } from '@casus/event-store';
import { Pool } from 'pg';
import { mother } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { family, familyAccounts, id, people, type Actor } from './support/people';

/** The store with the file's destruction held at its append until the test lets it go. */
function holdingTheDestruction(store: EventStore) {
  let reached!: () => void;
  let release!: () => void;
  const atAppend = new Promise<void>((resolve) => (reached = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = false;
  const holding = aroundAppends(store, async (append, { events }) => {
    if (!held && events.some((event) => event.type === 'CaseFileDestroyed')) {
      held = true;
      reached();
      await released;
    }
    return append();
  });
  return { store: holding, atAppend, release };
}

/**
 * A file is destroyed in its turn among the case's steps, as every step is: a step sent while the destruction is on its
 * way waits for it and meets the destroyed file. Were it decided first, the destruction would go on over a case it did
 * not read: Sanne's first statement brings a key of her own, which the destruction would not know to delete.
 */
describe('destroying the file while the family still writes in it', () => {
  let casus: CasusApi;
  let pool: Pool;
  let destruction: ReturnType<typeof holdingTheDestruction>;
  const caseId = id(1990);
  const requestId = id(1991);
  const { open, step, post } = caseSteps(() => casus, caseId);
  const ask = async (actor: Actor, path: string, body: object) =>
    casus
      .http()
      .post(`/my-file/${caseId}/${path}`)
      .set(await casus.as(actor))
      .send(body);

  beforeAll(async () => {
    casus = await startCasusApi((databaseUrl) => {
      destruction = holdingTheDestruction(new PostgresEventStore({ connectionString: databaseUrl }));
      return { eventStoreInstance: destruction.store };
    });
    pool = new Pool({ connectionString: casus.databaseUrl, max: 1 });
    await open();
    await step(people.lotte, 'record-family-member', mother);
    for (const who of ['sanne', 'mother'] as const)
      await step(people.lotte, 'link-family-account', { personId: family[who], accountId: familyAccounts[who].id });
    expect((await ask(familyAccounts.mother, 'destruction-requests', { requestId })).status).toBe(201);
    await step(people.lotte, 'close', { reason: 'Help ended; the family asks for the file to go' });
  });
  afterAll(async () => {
    await pool?.end();
    await casus?.close();
  });

  it('keeps a statement sent during the destruction behind it: refused on the destroyed file, and no key of the file left', async () => {
    const destroyed = post(people.lotte, 'decide-destruction', { requestId, decision: 'destroy', reason: 'Nothing weighs heavier' });
    await destruction.atAppend;
    const statement = ask(familyAccounts.sanne, 'statements', { statementId: id(1992), text: 'Ik wil dat niemand dit nog leest' });
    // Time enough for the statement to be decided and appended, were it not behind the destruction.
    const answeredFirst = await Promise.race([statement.then(() => true), sleep(1_000).then(() => false)]);
    destruction.release();
    const [destroyedAnswer, statementAnswer] = [await destroyed, await statement];

    const { rows } = await pool.query('SELECT count(*)::int AS n FROM person_keys WHERE stream_id = $1 AND key IS NOT NULL', [
      `case-${caseId}`,
    ]);
    const metrics = (await casus.http().get('/metrics')).text;
    expect({
      answeredFirst,
      destroyed: destroyedAnswer.status,
      statement: [statementAnswer.status, statementAnswer.body.code],
      keysLeft: rows[0].n,
      lastEvent: (await casus.eventsOf(caseId)).at(-1)?.type,
      counted: metrics.includes('casus_case_commands_total{command="DecideDestruction",outcome="ok"} 1'),
    }).toEqual({
      answeredFirst: false,
      destroyed: 200,
      statement: [422, 'CASE.DESTROYED'],
      keysLeft: 0,
      lastEvent: 'CaseFileDestroyed',
      counted: true,
    });
  });
});
