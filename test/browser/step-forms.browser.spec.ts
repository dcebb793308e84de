import type { Page } from 'playwright-core';
import { lead, mother } from '../e2e/support/case-story';
import { caseSteps } from '../e2e/support/case-steps';
import { id, people } from '../e2e/support/people';
import { describeInBrowser } from './support/chromium';
import { tabTo } from './support/keyboard';
import { accessibilityViolations, overflowAt, screenshot } from './support/page-checks';
import { startWebCasus, type WebCasus } from './support/web-casus';

/** The step types of the app's form registry (apps/web/src/forms/step-forms.ts), as GET /cases/:caseId/steps names them. */
const STEP_TYPES = [
  'AssignCaseLead',
  'RecordCaseNote',
  'GiveTask',
  'CompleteTask',
  'RecordSafetyAssessment',
  'AgreeSafetyPlan',
  'RequestJeugdlink',
  'RecordFamilyMember',
  'RecordConsent',
  'AgreeHelpPlan',
  'CloseCase',
  'RecordNewSignal',
  'TransferCase',
];

const focusedId = (page: Page) => page.evaluate('document.activeElement?.id');

describeInBrowser('the step forms', () => {
  let web: WebCasus;
  const caseId = id(601);
  const { open, step } = caseSteps(() => web.casus, caseId);

  beforeAll(async () => {
    web = await startWebCasus();
    await open();
    await step(people.lotte, 'record-family-member', mother);
  });
  afterAll(() => web?.close());

  it('lets Lotte register a signal by keyboard alone, and the case exists', async () => {
    const page = await web.openAs(people.lotte, '/melding');
    await page.getByRole('heading', { level: 1, name: 'Melding registreren' }).waitFor();
    await tabTo(page, '#veld-children-0-birthDate');
    // Day and month alike: the date box reads the same digits in the Dutch order and in the American one.
    await page.keyboard.type('05052014');
    await tabTo(page, '#veld-concerns-0');
    await page.keyboard.type('Huiselijk geweld');
    await tabTo(page, '#veld-description');
    await page.keyboard.type('Melding van de politie: ruzie thuis, de kinderen waren erbij.');
    await tabTo(page, '#veld-urgency-regular');
    await page.keyboard.press('Space');
    await tabTo(page, '#veld-source');
    await page.keyboard.type('Politie');
    await tabTo(page, '#veld-municipality');
    await page.keyboard.type('Ede');
    await screenshot(page, 'wijkteam-register-signal');
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/dossiers\/[0-9a-f-]{36}$/);
    const registered = new URL(page.url()).pathname.split('/').at(-1)!;
    const answer = await web.casus.get(people.lotte, `/cases/${registered}`);
    expect({ status: answer.status, signal: answer.body.case?.signal, children: answer.body.case?.children }).toEqual({
      status: 200,
      signal: expect.objectContaining({ source: 'police', urgency: 'regular', concerns: ['Huiselijk geweld'] }),
      children: [expect.objectContaining({ birthDate: '2014-05-05' })],
    });
  });

  it('stops a signal without a date of birth before it is sent, says so at the field and moves the focus there', async () => {
    const page = await web.openAs(people.lotte, '/melding');
    const sent: string[] = [];
    page.on('request', (request) => void (request.method() === 'POST' && sent.push(request.url())));
    await page.getByLabel('Wat is er gemeld?').fill('Zorgen van school');
    await page.getByRole('button', { name: 'Vastleggen' }).click();

    const birthDate = page.locator('#veld-children-0-birthDate');
    await page.locator('#veld-children-0-birthDate-fout').waitFor();
    expect({
      invalid: await birthDate.getAttribute('aria-invalid'),
      describedBy: await birthDate.getAttribute('aria-describedby'),
      message: await page.locator('#veld-children-0-birthDate-fout').textContent(),
      focus: await focusedId(page),
    }).toEqual({
      invalid: 'true',
      describedBy: 'veld-children-0-birthDate-fout',
      message: 'Vul dit in.',
      focus: 'veld-children-0-birthDate',
    });
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(sent).toEqual([]);
  });

  it("shows a domain refusal in the API's Dutch with the rule's code, and nothing is written", async () => {
    const revision = await web.casus.revisionOf(caseId);
    const page = await web.openAs(people.lotte, `/dossiers/${caseId}/stap/AgreeSafetyPlan`);
    await page.getByRole('heading', { level: 1, name: 'Veiligheidsplan afspreken' }).waitFor();
    await page.getByLabel('Voorwaarde 1').fill('Geen geweld waar de kinderen bij zijn');
    await page.getByLabel('Evalueren op').fill('2026-12-18');
    await page.getByLabel('Fatima de Vries').check();
    await page.getByRole('button', { name: 'Vastleggen' }).click();

    const refusal = page.getByText('Regel: SAFETY_PLAN.NO_UNSAFE_ASSESSMENT');
    await refusal.waitFor();
    await page.getByText('Een veiligheidsplan volgt op een taxatie "onveilig". Die ontbreekt.').waitFor();
    expect(await page.evaluate(`document.activeElement?.classList.contains('utrecht-alert')`)).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'wijkteam-step-refused');
    expect(await web.casus.revisionOf(caseId)).toBe(revision);
  });

  it('says the case changed in the meantime when someone else took a step, and sends again after a reload', async () => {
    const page = await web.openAs(people.lotte, `/dossiers/${caseId}/stap/RequestJeugdlink`);
    await page.getByLabel('Waarom Jeugdlink?').fill('Onveilig ondanks de afspraken');
    await page.getByLabel('Jeugdlink-team').fill(people.anouk.team);
    await step(people.lotte, 'assign-case-lead', lead);
    const changed = await web.casus.revisionOf(caseId);
    await page.getByRole('button', { name: 'Vastleggen' }).click();

    await page.getByText('Het dossier is intussen gewijzigd').waitFor();
    await page.getByText('Regel: CASE.REVISION_CONFLICT').waitFor();
    expect(await web.casus.revisionOf(caseId)).toBe(changed);

    await page.getByRole('button', { name: 'Dossier opnieuw laden' }).click();
    expect(await page.getByLabel('Waarom Jeugdlink?').inputValue()).toBe('Onveilig ondanks de afspraken');
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    await page.waitForURL(`**/dossiers/${caseId}`);
    expect(await web.casus.revisionOf(caseId)).toBe(changed + 1);
  });

  it('takes the steps of the first weeks through their forms: each body is one the API takes', async () => {
    const take = async (type: string, fill: (page: Page) => Promise<void>) => {
      const page = await web.openAs(people.lotte, `/dossiers/${caseId}/stap/${type}`);
      await page.getByRole('button', { name: 'Vastleggen' }).waitFor();
      await fill(page);
      await page.getByRole('button', { name: 'Vastleggen' }).click();
      await page.waitForURL(`**/dossiers/${caseId}`);
      await page.context().close();
    };
    const before = (await web.casus.eventsOf(caseId)).length;
    await take('RecordSafetyAssessment', async (page) => {
      await page.getByLabel('Onveilig', { exact: true }).check();
      await page.getByLabel('Bevindingen').fill('Herhaald geweld tussen de ouders; de kinderen zijn bang.');
      await page.getByLabel('Datum van de taxatie').fill('2026-11-23');
    });
    await take('AgreeSafetyPlan', async (page) => {
      await page.getByLabel('Voorwaarde 1').fill('Geen geweld waar de kinderen bij zijn');
      await page.getByRole('button', { name: 'Nog een voorwaarde' }).click();
      await page.getByLabel('Voorwaarde 2').fill('Vader logeert voorlopig bij zijn broer');
      await page.getByLabel('Evalueren op').fill('2026-12-18');
      await page.getByLabel('Fatima de Vries').check();
    });
    await take('RecordCaseNote', async (page) => {
      await page.getByLabel('Soort contact').selectOption({ label: 'Huisbezoek' });
      await page.getByLabel('Datum van het contact').fill('2026-11-23');
      await page.getByLabel('Wat er gebeurde').fill('Huisbezoek met moeder; het plan besproken.');
      await page.getByLabel('Kind geboren op 12 mei 2014').check();
      await page.getByRole('button', { name: 'Nog een professional' }).click();
      await page.getByLabel('Naam', { exact: true }).fill('Karin de Boer');
      await page.getByLabel('Organisatie').fill('Veilig Thuis Gelderland-Midden');
      await page.getByLabel('Afspraak 1').fill('Over twee weken weer langs');
    });
    const taken = (await web.casus.eventsOf(caseId)).slice(before);
    expect(taken.map((event) => event.type)).toEqual(['SafetyAssessed', 'SafetyPlanAgreed', 'CaseNoteRecorded']);
    const plans = (await web.casus.get(people.lotte, `/cases/${caseId}`)).body.case.safetyPlans;
    expect(plans.map((plan: { conditions: string[] }) => plan.conditions)).toEqual([
      ['Geen geweld waar de kinderen bij zijn', 'Vader logeert voorlopig bij zijn broer'],
    ]);
  });

  it('has no accessibility violations on any form', async () => {
    const found: Record<string, string[]> = {};
    for (const type of STEP_TYPES) {
      const page = await web.openAs(people.lotte, `/dossiers/${caseId}/stap/${type}`);
      await page.getByRole('button', { name: 'Vastleggen' }).waitFor();
      found[type] = await accessibilityViolations(page);
      await page.context().close();
    }
    expect(found).toEqual(Object.fromEntries(STEP_TYPES.map((type) => [type, []])));
  });

  it('reflows /melding to 320 px wide, a phone on a home visit', async () => {
    const page = await web.openAs(people.lotte, '/melding', { width: 320 });
    await page.getByRole('heading', { level: 1, name: 'Melding registreren' }).waitFor();
    expect(await overflowAt(page, 320)).toBeLessThanOrEqual(0);
  });
});
