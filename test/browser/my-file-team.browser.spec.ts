import { REFUSAL_WORDS } from '@casus/wording';
import type { Page } from 'playwright-core';
import { people } from '../e2e/support/people';
import { describeInBrowser } from './support/chromium';
import { familyFileStory } from './support/family-file-story';
import { accessibilityViolations, overflowAt } from './support/page-checks';
import { startWebCasus, type WebCasus } from './support/web-casus';

type Facts = Record<string, unknown>;

/**
 * Issue 18, the case team's side of the family's file: Lotte links a family member's account to their person, marks a
 * talk not for the parents and withholds another from them, each from the case page's open steps, with its form.
 */
describeInBrowser('the case team’s steps on the family’s own file, in the browser', () => {
  let web: WebCasus;
  const story = familyFileStory(() => web.casus, 3900);
  let talks: Awaited<ReturnType<typeof story.write>>;

  beforeAll(async () => {
    web = await startWebCasus();
    talks = await story.write();
  });
  afterAll(() => web?.close());

  const caseNow = async () => (await story.steps.read(people.lotte, `/cases/${story.caseId}`)).case as Record<string, Facts[]>;

  /** From the case page, the step's link; its form checked (axe, 320 px), filled, sent, and the confirmation read. */
  const takeStep = async (page: Page, name: string, fill: () => Promise<void>) => {
    await page.getByRole('heading', { level: 1, name: /^Dossier Ede/ }).waitFor();
    await page.getByRole('link', { name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByRole('button', { name: 'Vastleggen' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await overflowAt(page, 320)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    await fill();
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Vastgelegd: ${name}.` })
      .waitFor();
  };

  it('links Noor’s account to her person with the number she hands over, and refuses a second link with the API’s words', async () => {
    const page = await web.openAs(people.lotte, `/dossiers/${story.caseId}`);
    await takeStep(page, 'Account van gezinslid koppelen', async () => {
      await page.getByLabel('Wie is het?').selectOption({ label: 'Kind geboren op 2 april 2013' });
      await page.getByLabel('Accountnummer').fill(story.accounts.noor.id);
    });
    expect((await caseNow()).familyAccounts).toMatchObject([{ personId: story.noor, accountId: story.accounts.noor.id, ended: null }]);

    const before = await web.casus.revisionOf(story.caseId);
    await page.getByRole('link', { name: 'Account van gezinslid koppelen', exact: true }).click();
    await page.getByLabel('Wie is het?').selectOption({ label: 'Fatima de Vries' });
    await page.getByLabel('Accountnummer').fill(story.accounts.noor.id);
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Dit is niet vastgelegd' });
    await refusal.getByText(REFUSAL_WORDS['FAMILY.ACCOUNT_IN_USE'].nl).waitFor();
    await refusal.getByText('Regel: FAMILY.ACCOUNT_IN_USE').waitFor();
    expect(await web.casus.revisionOf(story.caseId)).toBe(before);
  });

  it('marks Noor’s talk in confidence not for the parents, and withholds the neighbour’s call from them, with their reasons', async () => {
    const page = await web.openAs(people.lotte, `/dossiers/${story.caseId}`);
    await takeStep(page, 'Deel niet voor de ouders markeren', async () => {
      await page.getByLabel('Welk deel van het dossier').selectOption(String(talks.confidence));
      await page.getByLabel('Reden (de ouders lezen deze nooit)').fill('Noor vertelde dit in vertrouwen');
    });
    await takeStep(page, 'Deel afschermen voor het gezin', async () => {
      await page.getByLabel('Welk deel van het dossier').selectOption(String(talks.neighbour));
      await page.getByRole('radio', { name: 'De ouders' }).check();
      await page.getByRole('radio', { name: 'De privacy van een ander weegt zwaarder' }).check();
      await page.getByLabel('Reden (het gezin leest deze reden)').fill('Dit gaat over een buurvrouw');
    });
    const record = await caseNow();
    expect(record.notForParents).toMatchObject([{ eventNumber: talks.confidence, reason: 'Noor vertelde dit in vertrouwen' }]);
    expect(record.withholdings).toMatchObject([
      { eventNumber: talks.neighbour, from: 'parents', ground: 'privacy-of-another', reason: 'Dit gaat over een buurvrouw', ended: null },
    ]);
  });

  it('ends Noor’s link with a reason; from then on her account finds no file, and the file’s address tells her nothing', async () => {
    const page = await web.openAs(people.lotte, `/dossiers/${story.caseId}`);
    await takeStep(page, 'Koppeling van account beëindigen', async () => {
      await page.getByLabel('Van wie').selectOption({ label: 'Kind geboren op 2 april 2013' });
      await page.getByLabel('Waarom stopt de koppeling?').fill('Noor heeft een nieuw account');
    });
    expect((await caseNow()).familyAccounts).toMatchObject([{ personId: story.noor, ended: { reason: 'Noor heeft een nieuw account' } }]);
    const noor = await web.openAs(story.accounts.noor, '/mijn-dossier');
    await noor.getByText('Er is geen dossier aan jou gekoppeld.', { exact: false }).waitFor();
    await noor.getByText(`Je accountnummer is ${story.accounts.noor.id}.`, { exact: false }).waitFor();
    expect(await accessibilityViolations(noor)).toEqual([]);
    const file = await web.openAs(story.accounts.noor, `/mijn-dossier/${story.caseId}`);
    await file.getByRole('heading', { level: 1, name: 'Dit dossier kun je niet openen' }).waitFor();
    await file.getByText('Dit dossier bestaat niet, of je mag het niet lezen.').waitFor();
    expect(await accessibilityViolations(file)).toEqual([]);
  });
});
