import { courtOrder } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { family, id, people, type Actor } from './support/people';

const parent: Actor = { id: id(123), role: 'family', team: 'family', organisation: 'family', name: 'Fatima de Vries' };

/**
 * Issue 15: the GI asks the judge to extend Sanne's OTS, and the Raad voor de Kinderbescherming advises on the
 * request. The case records who advised, what, and on which request; the case and its timeline show it.
 */
describe("the Raad's advice on extending an OTS, over HTTP", () => {
  let casus: CasusApi;
  const caseId = id(2800);
  const [ots, machtiging] = [id(2861), id(2862)];
  const { open, step, refused, read } = caseSteps(() => casus, caseId);
  const advice = {
    adviceId: id(2871),
    courtOrderId: ots,
    requestCaseNumber: 'C/05/140001 / JE RK 27-512',
    requestedOn: '2026-11-21',
    advisor: 'R. Smit',
    office: 'Raad voor de Kinderbescherming Midden-Nederland',
    recommendation: 'extend',
    advice: 'De OTS is nog nodig: moeder is net begonnen met de cursus.',
    advisedOn: '2026-11-23',
  };

  beforeAll(async () => {
    casus = await startCasusApi();
    await open();
    await step(people.lotte, 'record-court-order', courtOrder(ots, 'ots', '2027-11-19'));
    await step(people.lotte, 'record-court-order', courtOrder(machtiging, 'machtiging-uithuisplaatsing', '2027-05-19'));
  });
  afterAll(() => casus?.close());

  it('is refused to the GI whose request it is on, an outsider team, an auditor, a provider and a parent, writing nothing', async () => {
    await refused(people.gijs, 'record-raad-advice', advice, 403, 'ACCESS.STEP_NOT_FOR_ROLE');
    await refused(people.pieter, 'record-raad-advice', advice, 404, 'CASE.NOT_FOUND');
    await refused(people.ilse, 'record-raad-advice', advice, 403, 'ACCESS.READ_ONLY_ROLE');
    await refused(people.priya, 'record-raad-advice', advice, 404, 'CASE.NOT_FOUND');
    await refused(parent, 'record-raad-advice', advice, 404, 'CASE.NOT_FOUND');
    await refused(people.lotte, 'record-raad-advice', { ...advice, courtOrderId: machtiging }, 422, 'RAAD_ADVICE.NOT_ON_AN_OTS');
    await refused(people.lotte, 'record-raad-advice', { ...advice, recommendation: 'maybe' }, 400, 'REQUEST.INVALID');
  });

  it('is recorded by the case team and shown on the case and its timeline', async () => {
    const recorded = await step(people.lotte, 'record-raad-advice', advice);
    await refused(people.lotte, 'record-raad-advice', advice, 409, 'RAAD_ADVICE.ALREADY_RECORDED');
    const { case: seen } = await read(people.gijs, `/cases/${caseId}`);
    expect(seen.raadAdvice).toEqual([{ ...advice, childId: family.sanne }]);
    const timeline = JSON.stringify(await read(people.lotte, `/cases/${caseId}/timeline?minPosition=${recorded.position}`));
    expect(timeline).toContain('Midden-Nederland) adviseert op 2026-11-23 over verzoek C/05/140001 / JE RK 27-512: verlengen');
  });
});
