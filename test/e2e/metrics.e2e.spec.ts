import { lead, signal } from './support/case-story';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { id, people } from './support/people';

describe('Prometheus metrics', () => {
  let casus: CasusApi;

  beforeAll(async () => (casus = await startCasusApi()));
  afterAll(() => casus.close());

  it('counts case commands by type and outcome, and times the appends', async () => {
    const caseId = id(300);
    const token = `Bearer ${await casus.tokenFor(people.lotte)}`;
    expect((await casus.http().post('/cases').set('Authorization', token).send(signal(caseId))).status).toBe(201);
    const auditor = `Bearer ${await casus.tokenFor(people.ilse)}`;
    expect((await casus.http().post(`/cases/${caseId}/assign-case-lead`).set('Authorization', auditor).send(lead)).status).toBe(403);

    const scrape = await casus.http().get('/metrics');
    expect(scrape.status).toBe(200);
    expect(scrape.headers['content-type']).toMatch(/^text\/plain/);
    expect(scrape.text).toContain('casus_case_commands_total{command="RegisterSignal",outcome="ok"} 1');
    expect(scrape.text).toContain('casus_case_commands_total{command="AssignCaseLead",outcome="forbidden"} 1');
    expect(scrape.text).toMatch(/casus_event_store_append_duration_seconds_count 1\b/);
    expect(scrape.text).not.toContain(people.lotte.name);
  });
});
