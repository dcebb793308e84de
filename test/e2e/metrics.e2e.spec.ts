import { caseSteps } from './support/case-steps';
import { bestandspleeggezinAt, lead } from './support/case-story';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { eventually } from './support/eventually';
import { id, people } from './support/people';
import { walkToPlacementRequest } from './support/walk-to-placement-request';

describe('Prometheus metrics', () => {
  let casus: CasusApi;

  beforeAll(async () => (casus = await startCasusApi()));
  afterAll(() => casus.close());

  const scrape = async () => (await casus.http().get('/metrics')).text;

  it('counts case commands by type and outcome, and times the appends', async () => {
    const caseId = id(300);
    await caseSteps(() => casus, caseId).open();
    expect(
      (
        await casus
          .http()
          .post(`/cases/${caseId}/assign-case-lead`)
          .set(await casus.as(people.ilse))
          .send(lead)
      ).status,
    ).toBe(403);

    const response = await casus.http().get('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.text).toContain('casus_case_commands_total{command="RegisterSignal",outcome="ok"} 1');
    expect(response.text).toContain('casus_case_commands_total{command="AssignCaseLead",outcome="forbidden"} 1');
    expect(response.text).toMatch(/casus_event_store_append_duration_seconds_count 1\b/);
    expect(response.text).not.toContain(people.lotte.name);
  });

  const PROJECTIONS = ['case-overview', 'case-timeline', 'deadlines', 'family-links', 'placement-capacity'];

  it('shows each projection caught up, and the open and overdue deadlines', async () => {
    const caughtUp = (text: string) =>
      PROJECTIONS.flatMap((projection) => [
        `casus_projection_lag_events{projection="${projection}"} 0`,
        `casus_projection_lag_seconds{projection="${projection}"} 0`,
        `casus_projection_state{projection="${projection}",state="live"} 1`,
      ]).filter((line) => !text.includes(line));
    // Each projection catches up on its own worker: wait for all of them, not only for the deadlines.
    const text = await eventually(async () => {
      const text = await scrape();
      const deadlines = /casus_deadlines\{kind="[\w-]+",status="(open|overdue)"\} [1-9]/.test(text);
      return deadlines && caughtUp(text).length === 0 ? text : undefined;
    }, 'the deadlines of the signal and every projection live');
    expect(caughtUp(text)).toEqual([]);
  });

  it('counts placement processes by state', async () => {
    expect(await scrape()).toContain('casus_placement_processes{state="matching"} 0');
    await walkToPlacementRequest(casus, id(301), { placementId: id(312), otsId: id(310), machtigingId: id(311) });
    const counted = await eventually(async () => {
      const found = [...(await scrape()).matchAll(/casus_placement_processes\{state="([\w-]+)"\} (\d+)/g)];
      const states = Object.fromEntries(found.filter(([, , n]) => n !== '0').map(([, state, n]) => [state, Number(n)]));
      return Object.keys(states).length > 0 && !states.matching ? states : undefined;
    }, 'the placement process to settle');
    // No place registered: the process finds none suitable.
    expect(counted).toEqual({ 'no-suitable-placement': 1 });
  });
});

describe('the append histogram', () => {
  // A Casus of its own: a place registered here would be proposed to the placement processes of the suite above.
  let casus: CasusApi;

  beforeAll(async () => (casus = await startCasusApi()));
  afterAll(() => casus.close());

  it("times every append, not only a case step's: a place registered counts too", async () => {
    const appends = async () =>
      Number(/casus_event_store_append_duration_seconds_count (\d+)/.exec((await casus.http().get('/metrics')).text)?.[1]);
    const before = await appends();
    const registered = await casus
      .http()
      .post('/placement-options')
      .set(await casus.as(people.priya))
      .send(bestandspleeggezinAt(id(302), 2));
    expect(registered.status).toBe(201);
    expect(await appends()).toBe(before + 1);
  });
});
