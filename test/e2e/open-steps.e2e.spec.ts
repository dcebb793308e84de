import { lead } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { id, people, type Actor } from './support/people';

type Step = { type: string; open: boolean; method?: string; path?: string; code?: string; text?: string };
type LogLine = { caseId: string | null; action: string; ground: string };

/** Issue 17: the steps a person may take now, answered by the domain's own rules, the POST's refusal included. */
describe('the steps this person may take now', () => {
  let casus: CasusApi;
  const caseId = id(1700);
  const closedCaseId = id(1701);
  const { open, step, refused } = caseSteps(() => casus, caseId);

  const stepsOf = async (actor: Actor, onCase = caseId, language = 'nl') => {
    const response = await casus
      .http()
      .get(`/cases/${onCase}/steps`)
      .set({ ...(await casus.as(actor)), 'Accept-Language': language });
    return response;
  };
  const byType = (steps: Step[]) => Object.fromEntries(steps.map((one) => [one.type, one]));

  beforeAll(async () => {
    casus = await startCasusApi();
    await open();
    await open(closedCaseId);
    await step(people.lotte, 'assign-case-lead', lead, closedCaseId);
    await step(people.lotte, 'close', { reason: 'Help at home is working' }, closedCaseId);
  });
  afterAll(() => casus.close());

  it('shows a wijkteam lead on a fresh signal the lead and the note open, each with its route', async () => {
    const response = await stepsOf(people.lotte);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ caseId, revision: 0 });
    const steps = byType(response.body.steps);
    expect(steps.AssignCaseLead).toEqual({ type: 'AssignCaseLead', open: true, method: 'POST', path: '/cases/{caseId}/assign-case-lead' });
    expect(steps.RecordCaseNote).toEqual({ type: 'RecordCaseNote', open: true, method: 'POST', path: '/cases/{caseId}/record-case-note' });
    expect(steps.RegisterSignal).toBeUndefined();
  });

  it('closes deciding a placement with the code and Dutch words the POST itself answers with', async () => {
    const steps = byType((await stepsOf(people.lotte)).body.steps);
    expect(steps.DecidePlacement).toEqual({
      type: 'DecidePlacement',
      open: false,
      code: 'PLACEMENT.NOT_FOUND',
      text: 'Deze plaatsing staat niet in het dossier.',
    });
    const decision = {
      placementId: id(1741),
      reasons: 'The only family we know',
      viewsHeard: [],
      behaviouralScientistConsent: { name: 'Dr. Y. Peters', consentedOn: '2026-11-23' },
    };
    const refusal = await refused(people.lotte, 'decide-placement', decision, 404, steps.DecidePlacement.code!);
    expect(refusal.body.text).toBe(steps.DecidePlacement.text);
  });

  it('answers in English when asked, as problem documents do', async () => {
    const response = await stepsOf(people.lotte, caseId, 'en');
    expect(response.headers['content-language']).toBe('en');
    expect(byType(response.body.steps).DecidePlacement.text).toBe('This placement is not on the case.');
  });

  it('shows an auditor every write step closed with the access code a write meets', async () => {
    const response = await stepsOf(people.ilse);
    expect(response.status).toBe(200);
    const steps: Step[] = response.body.steps;
    expect(steps.length).toBeGreaterThan(50);
    // The steps the family takes itself are nobody's but theirs (issue 18): closed as not for this role.
    const familySteps = ['AddOwnStatement', 'RequestCorrection', 'RequestDestruction', 'FileComplaint'];
    const expected = (one: Step) => (familySteps.includes(one.type) ? 'ACCESS.STEP_NOT_FOR_ROLE' : 'ACCESS.READ_ONLY_ROLE');
    expect(steps.filter((one) => one.open || one.code !== expected(one))).toEqual([]);
    await refused(people.ilse, 'assign-case-lead', lead, 403, 'ACCESS.READ_ONLY_ROLE');
  });

  it('answers an outsider team 404 as for the case itself, and logs the read as refused like a case read', async () => {
    const response = await stepsOf(people.pieter);
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 404, code: 'CASE.NOT_FOUND' });
    expect(JSON.stringify(response.body)).not.toContain('AssignCaseLead');
    expect((await casus.get(people.pieter, `/cases/${caseId}`)).status).toBe(404);
    const lineOf = async (actor: Actor, action: string) =>
      ((await casus.get(people.ilse, `/audit/access-log?user=${actor.id}&limit=100`)).body.items as LogLine[]).find(
        (line) => line.action === action,
      );
    const refusedSteps = await lineOf(people.pieter, 'GET /cases/:caseId/steps');
    const refusedCase = await lineOf(people.pieter, 'GET /cases/:caseId');
    const grantedSteps = await lineOf(people.lotte, 'GET /cases/:caseId/steps');
    expect(refusedSteps).toEqual(expect.objectContaining({ caseId, ground: refusedCase!.ground }));
    expect(grantedSteps).toEqual(expect.objectContaining({ caseId }));
    expect(grantedSteps!.ground).not.toBe(refusedCase!.ground);
  });

  it('leaves the lead of a closed case only the reopening', async () => {
    const response = await stepsOf(people.lotte, closedCaseId);
    const steps: Step[] = response.body.steps;
    expect(steps.filter((one) => one.open)).toEqual([{ type: 'ReopenCase', open: true, method: 'POST', path: '/cases/{caseId}/reopen' }]);
    expect(byType(steps).RecordCaseNote).toMatchObject({ open: false, code: 'CASE.CLOSED' });
    await step(people.lotte, 'reopen', { reason: 'A new signal' }, closedCaseId);
  });

  it('outside any case: registering a signal, open for a wijkteam, closed for an auditor', async () => {
    const asLotte = await casus.get(people.lotte, '/steps');
    expect(asLotte.body).toEqual({ steps: [{ type: 'RegisterSignal', open: true, method: 'POST', path: '/cases' }] });
    const asIlse = await casus.get(people.ilse, '/steps');
    expect(asIlse.body).toEqual({
      steps: [{ type: 'RegisterSignal', open: false, code: 'ACCESS.READ_ONLY_ROLE', text: 'Uw rol mag dit dossier lezen, niet wijzigen.' }],
    });
  });
});
