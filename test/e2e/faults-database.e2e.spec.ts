import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { lead, signal } from './support/case-story';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { eventually } from './support/eventually';
import { id, people } from './support/people';

const member = (n: number) => ({
  familyMemberId: id(6000 + n),
  name: `Relative ${n}`,
  relation: 'other',
  parentalAuthorityOver: [],
  contact: {},
});

/** PostgreSQL drops every connection of the API again and again while it is under load. */
describe('database connections terminated mid-load', () => {
  let casus: CasusApi;
  let admin: Client;
  const caseIds = [id(4300), id(4301), id(4302)];

  beforeAll(async () => {
    casus = await startCasusApi({ rateLimitPerMinute: 0 });
    admin = new Client({ connectionString: casus.databaseUrl });
    await admin.connect();
    const lotte = `Bearer ${await casus.tokenFor(people.lotte)}`;
    for (const caseId of caseIds) {
      expect((await casus.http().post('/cases').set('Authorization', lotte).send(signal(caseId))).status).toBe(201);
      expect((await casus.http().post(`/cases/${caseId}/assign-case-lead`).set('Authorization', lotte).send(lead)).status).toBe(200);
    }
  });
  afterAll(async () => {
    await admin.end();
    await casus.close();
  });

  /** How many of Casus's sessions it ended. */
  const terminateOthers = async () =>
    (
      await admin.query<{ ended: number }>(
        'SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))::int AS ended FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      )
    ).rows[0].ended;

  it('answers 503 with Retry-After (never 500) while it happens, and recovers by itself', async () => {
    const lotte = `Bearer ${await casus.tokenFor(people.lotte)}`;
    const ilse = `Bearer ${await casus.tokenFor(people.ilse)}`;
    // At least four seconds and at least twelve rounds of terminations: on a loaded machine one
    // round can take longer than its pause, and the load must meet the faults, not outlast them.
    const until = Date.now() + 4_000;
    let terminating = true;
    const terminator = (async () => {
      let rounds = 0;
      let ended = 0;
      while (Date.now() < until || rounds < 12) {
        ended += await terminateOthers();
        rounds += 1;
        await sleep(150);
      }
      terminating = false;
      return ended;
    })();
    const answers: Array<{ status: number; code?: string; retryAfter?: string; memberId?: string }> = [];
    let n = 0;
    await Promise.all(
      Array.from({ length: 8 }, async (_, worker) => {
        while (terminating) {
          const k = (n += 1);
          const caseId = caseIds[k % caseIds.length];
          const write = worker % 2 === 0;
          const response = write
            ? await casus
                .http()
                .post(`/cases/${caseId}/record-family-member`)
                .timeout({ response: 15_000 })
                .set('Authorization', lotte)
                .send(member(k))
            : await casus
                .http()
                .get([`/cases/${caseId}`, `/cases/${caseId}/timeline`, '/deadlines', `/cases/${caseId}/history`][k % 4])
                .timeout({ response: 15_000 })
                .set('Authorization', k % 4 === 3 ? ilse : lotte);
          answers.push({
            status: response.status,
            code: response.body?.code,
            retryAfter: response.headers['retry-after'],
            memberId: write && response.status === 200 ? member(k).familyMemberId : undefined,
          });
        }
      }),
    );
    // The faults met the load: sessions of Casus were ended again and again, not once.
    expect(await terminator).toBeGreaterThanOrEqual(12);

    const failures = answers.filter((answer) => answer.status >= 500);
    expect(failures.filter((answer) => answer.status !== 503 || answer.retryAfter !== '5')).toEqual([]);
    expect(answers.filter((answer) => answer.status < 200 || (answer.status >= 300 && answer.status < 500))).toEqual([]);
    expect(answers.filter((answer) => answer.status < 300).length).toBeGreaterThan(0);

    // Recovered without a restart: a step and the read models work again within seconds.
    const started = Date.now();
    await eventually(
      async () => {
        const step = await casus.http().post(`/cases/${caseIds[0]}/record-family-member`).set('Authorization', lotte).send(member(9999));
        return step.status === 200 ? true : undefined;
      },
      'a step to succeed again',
      10_000,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    const acknowledged = answers.flatMap((answer) => (answer.memberId ? [answer.memberId] : []));
    const recorded = (await Promise.all(caseIds.map((caseId) => casus.eventsOf(caseId))))
      .flat()
      .flatMap((event) => (event.type === 'FamilyMemberRecorded' ? [(event.data as { familyMemberId: string }).familyMemberId] : []));
    for (const memberId of acknowledged) expect(recorded.filter((recordedId) => recordedId === memberId)).toHaveLength(1);
    await eventually(
      async () => {
        const timeline = await casus.http().get(`/cases/${caseIds[0]}/timeline`).set('Authorization', lotte);
        const events = await casus.eventsOf(caseIds[0]);
        // The timeline names no family member (no personal data in read models): the last step is found by its event id.
        const last = events.find(
          (event) => event.type === 'FamilyMemberRecorded' && event.data.familyMemberId === member(9999).familyMemberId,
        );
        return timeline.status === 200 &&
          timeline.body.steps.length === events.length &&
          last &&
          JSON.stringify(timeline.body).includes(last.id)
          ? true
          : undefined;
      },
      'the projections to catch up',
      15_000,
    );
  });
});
