import type { Page } from 'playwright-core';
import { people, type Actor } from '../e2e/support/people';
import { describeInBrowser } from './support/chromium';
import { familyFileStory } from './support/family-file-story';
import { tabTo } from './support/keyboard';
import { accessibilityViolations, overflowAt, screenshot } from './support/page-checks';
import { startWebCasus, type WebCasus } from './support/web-casus';
import { spokenDate } from '@casus/wording';

/**
 * Issue 18, "Done when": Noor (13), her mother with authority and her father without it each open their own file, and
 * see exactly what the law and the case team let them: Noor her own file with her words in confidence; her mother the
 * file without that talk (no trace) and with the neighbour's call only as withheld, why and when; her father the
 * important facts, not the file. Nobody's page names the grandmother's address or the network family's town.
 */
describeInBrowser('Mijn dossier: what a child of 13 and her parents see of their own file', () => {
  let web: WebCasus;
  const story = familyFileStory(() => web.casus, 3800);
  let talks: Awaited<ReturnType<typeof story.write>>;

  beforeAll(async () => {
    web = await startWebCasus();
    talks = await story.write();
    await story.link('noor', 'fatima', 'mark');
    await story.steps.step(people.lotte, 'mark-not-for-parents', {
      markId: story.ids.mark,
      eventNumber: talks.confidence,
      reason: 'Noor vertelde dit in vertrouwen',
    });
    await story.steps.step(people.lotte, 'withhold-from-family', {
      withholdingId: story.ids.withholding,
      eventNumber: talks.neighbour,
      from: 'parents',
      ground: 'privacy-of-another',
      reason: 'Dit gaat over een buurvrouw',
    });
  });
  afterAll(() => web?.close());

  /** Every page of the family: no axe violation, and it reflows at 320 px (then back to the screenshot's width). */
  const checked = async (page: Page) => {
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await overflowAt(page, 320)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
  };

  /** Signed in as the family member, from the landing page (their files) to the one file. */
  const openFile = async (actor: Actor): Promise<Page> => {
    const page = await web.openAs(actor, '/');
    await page.getByRole('heading', { level: 1, name: 'Mijn dossier' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/mijn-dossier');
    await page.getByText(`Aangemeld als ${actor.name}`, { exact: true }).waitFor();
    await checked(page);
    await page.getByRole('link', { name: 'Dossier in Ede' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jouw dossier' }).waitFor();
    return page;
  };

  const main = (page: Page) => page.locator('main').innerText();
  const talkOn = (day: string) => `Er was een gesprek of contact op ${spokenDate(day, 'nl')}.`;
  const nowhere = [story.words.grandmotherAddress, 'Utrecht', 'Ans de Vries', 'mevrouw Jansen', '06-87654321'];

  it('shows Noor her own file: her words said in confidence, each talk, and no place or address', async () => {
    const page = await openFile(story.accounts.noor);
    const file = page.getByRole('region', { name: 'Wat is er gebeurd?' });
    const confidence = file.getByRole('listitem').filter({ hasText: talkOn('2026-11-19') });
    await confidence.getByText(`Jouw woorden: “${story.words.confidence}”`).waitFor();
    await file.getByText(talkOn('2026-11-18')).waitFor();
    await file.getByText(talkOn('2026-11-20')).waitFor();
    await page.getByRole('region', { name: 'Wat je niet kunt lezen' }).getByText('Er is niets voor jou weggelaten.').waitFor();
    const text = await main(page);
    for (const secret of [...nowhere, story.words.fatima]) expect(text).not.toContain(secret);
    await screenshot(page, 'family-child-file');
    await checked(page);
  });

  it('shows her mother the file without the talk in confidence, not even a trace, and the neighbour’s call as withheld and why', async () => {
    const page = await openFile(story.accounts.fatima);
    const file = page.getByRole('region', { name: 'Wat is er gebeurd?' });
    const visit = file.getByRole('listitem').filter({ hasText: talkOn('2026-11-18') });
    await visit.getByText(`Jouw woorden: “${story.words.fatima}”`).waitFor();
    const withheld = page.getByRole('region', { name: 'Wat je niet kunt lezen' }).getByRole('listitem');
    expect(await withheld.count()).toBe(1);
    await withheld.getByText(/Dit gaat over een buurvrouw/).waitFor();
    const text = await main(page);
    for (const secret of [...nowhere, story.words.confidence, 'vertrouwen', talkOn('2026-11-19'), talkOn('2026-11-20')])
      expect(text).not.toContain(secret);
    await screenshot(page, 'family-parent-file');
    await checked(page);
  });

  it('prints her mother a copy from the same answer: the same parts left out, and without the app’s frame on paper', async () => {
    const page = await openFile(story.accounts.fatima);
    // By keyboard, as every link of the family's pages.
    await tabTo(page, 'a[href$="/kopie"]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Kopie van jouw dossier' }).waitFor();
    await page.getByText(talkOn('2026-11-18')).waitFor();
    const text = await main(page);
    for (const secret of [...nowhere, story.words.confidence, 'vertrouwen', talkOn('2026-11-19'), talkOn('2026-11-20')])
      expect(text).not.toContain(secret);
    await checked(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Printen' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 1, name: 'Kopie van jouw dossier' }).isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('gives her father, without authority, the important facts and not the file', async () => {
    const page = await openFile(story.accounts.mark);
    await page.getByRole('region', { name: 'Wat je moet weten' }).getByRole('listitem').first().waitFor();
    for (const part of ['Wat is er gebeurd?', 'Wat gebeurt er nog?', 'Wat je niet kunt lezen'])
      expect(await page.getByRole('region', { name: part }).count()).toBe(0);
    const text = await main(page);
    for (const secret of [...nowhere, story.words.confidence, story.words.fatima, talkOn('2026-11-18'), talkOn('2026-11-19')])
      expect(text).not.toContain(secret);
    await screenshot(page, 'family-parent-without-authority');
    await checked(page);
  });

  it('shows her mother who looked at the file, by organisation and role, without the names of staff', async () => {
    await story.steps.read(people.lotte, `/cases/${story.caseId}`);
    const page = await openFile(story.accounts.fatima);
    await page.getByRole('link', { name: 'Wie keek in mijn dossier?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wie keek in mijn dossier?' }).waitFor();
    await page.getByText('Namen van medewerkers zie je hier niet.', { exact: false }).waitFor();
    const lines = page.getByRole('main').getByRole('listitem');
    await lines.first().waitFor();
    await lines.filter({ hasText: 'Gemeente Ede' }).first().waitFor();
    const text = await main(page);
    for (const secret of [...nowhere, people.lotte.name!]) expect(text).not.toContain(secret);
    await screenshot(page, 'family-access-log');
    await checked(page);
  });

  it('shows a professional nothing of the family’s pages, and a family member nothing of the professionals’', async () => {
    const professional = await web.openAs(people.lotte, `/mijn-dossier/${story.caseId}`);
    await professional.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet.' }).waitFor();
    const parent = await web.openAs(story.accounts.fatima, `/dossiers/${story.caseId}`);
    await parent.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet.' }).waitFor();
  });
});
