import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApp } from '../../apps/api/src/app.factory';
import { lead, signal } from './support/case-story';
import { NOW, startCasusApi, type CasusApi } from './support/casus-api';
import { id, people } from './support/people';

const member = (n: number) => ({
  familyMemberId: id(5000 + n),
  name: `Relative ${n}`,
  relation: 'other',
  parentalAuthorityOver: [],
  contact: {},
});

/**
 * A hot case: a hundred steps at once, from two API instances on one database — no lost update.
 * Each instance queues its own steps per case, so at most two contend at a time; with 20 retries a step
 * is refused only when it loses 21 races in a row, so how busy the machine is does not decide the test.
 */
const RETRIES = 20;
describe('a hundred concurrent steps on one case', () => {
  let casus: CasusApi;
  let second: INestApplication;
  const caseId = id(4200);

  beforeAll(async () => {
    casus = await startCasusApi({ rateLimitPerMinute: 0, commandConflictRetries: RETRIES });
    second = await createApp({
      databaseUrl: casus.databaseUrl,
      auth: { kind: 'dev', keyDir: casus.keyDir },
      logLevel: 'silent',
      clock: () => NOW,
      rateLimitPerMinute: 0,
      commandConflictRetries: RETRIES,
    });
    const lotte = `Bearer ${await casus.tokenFor(people.lotte)}`;
    expect((await casus.http().post('/cases').set('Authorization', lotte).send(signal(caseId))).status).toBe(201);
    expect((await casus.http().post(`/cases/${caseId}/assign-case-lead`).set('Authorization', lotte).send(lead)).status).toBe(200);
  });
  afterAll(async () => {
    await second.close();
    await casus.close();
  });

  it('records every acknowledged step exactly once and ends where a sequential run would', async () => {
    const lotte = `Bearer ${await casus.tokenFor(people.lotte)}`;
    const before = await casus.revisionOf(caseId);
    const instances = [casus.app, second];
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, n) =>
        request(instances[n % 2].getHttpServer())
          .post(`/cases/${caseId}/record-family-member`)
          .timeout({ response: 30_000 })
          .set('Authorization', lotte)
          .send(member(n)),
      ),
    );
    const statuses = responses.map((response) => response.status);
    // Conflicts between the instances are decided again (bounded, with jitter); none is lost or 5xx.
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    const acknowledged = responses.flatMap((response, n) => (response.status === 200 ? [member(n).familyMemberId] : []));
    expect(acknowledged.length).toBe(100);

    const events = (await casus.eventsOf(caseId)).slice(before + 1);
    const recorded = events.map((event) => (event.data as { familyMemberId: string }).familyMemberId);
    expect(recorded.sort()).toEqual([...acknowledged].sort());
    expect(new Set(responses.filter((r) => r.status === 200).map((r) => r.body.revision)).size).toBe(acknowledged.length);

    // The case as read equals the sequential expectation: every acknowledged member, once.
    const view = await casus.http().get(`/cases/${caseId}`).set('Authorization', lotte);
    expect(view.body.revision).toBe(before + acknowledged.length);
    const text = JSON.stringify(view.body.case);
    for (const memberId of acknowledged) expect(text.split(memberId).length - 1).toBeGreaterThanOrEqual(1);
  });
});
