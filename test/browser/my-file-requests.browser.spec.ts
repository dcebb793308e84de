import { REFUSAL_WORDS } from '@casus/wording';
import type { Page } from 'playwright-core';
import { people, type Actor } from '../e2e/support/people';
import { describeInBrowser } from './support/chromium';
import { familyFileStory } from './support/family-file-story';
import { tabTo } from './support/keyboard';
import { accessibilityViolations, overflowAt } from './support/page-checks';
import { startWebCasus, type WebCasus } from './support/web-casus';

/**
 * Issue 18, the family's own voice: Noor adds a statement (by keyboard alone) and asks for a correction, her mother
 * complains and asks for the file's destruction; Lotte answers each on the case page, and the family reads the answer
 * in their file. Her father, without authority, is refused a statement, with the API's words next to it.
 */
describeInBrowser('Mijn dossier: what the family asks and what it receives, in the browser', () => {
  let web: WebCasus;
  const story = familyFileStory(() => web.casus, 4000);
  let talks: Awaited<ReturnType<typeof story.write>>;

  beforeAll(async () => {
    web = await startWebCasus();
    talks = await story.write();
    await story.link('noor', 'fatima', 'mark');
  });
  afterAll(() => web?.close());

  const checked = async (page: Page) => {
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await overflowAt(page, 320)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
  };
  const typesOf = async () => (await web.casus.eventsOf(story.caseId)).map((event) => event.type);

  /** The family member's request from their file: its form checked, filled by `fill`, sent, and the confirmation read. */
  const ask = async (actor: Actor, title: string, fill: (page: Page) => Promise<void>) => {
    const page = await web.openAs(actor, `/mijn-dossier/${story.caseId}`);
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('button', { name: 'Versturen' }).waitFor();
    await checked(page);
    await fill(page);
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Verstuurd: ${title}.` })
      .waitFor();
    return page;
  };

  /** Lotte's answer from the case page's open steps, with its form. */
  const answer = async (name: string, fill: (page: Page) => Promise<void>) => {
    const page = await web.openAs(people.lotte, `/dossiers/${story.caseId}`);
    await page.getByRole('link', { name, exact: true }).click();
    await page.getByRole('button', { name: 'Vastleggen' }).waitFor();
    await checked(page);
    await fill(page);
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Vastgelegd: ${name}.` })
      .waitFor();
  };

  const happened = (page: Page) => page.getByRole('region', { name: 'Wat is er gebeurd?' });

  it('lets Noor add her own statement by keyboard alone, and it stands in her file', async () => {
    const page = await web.openAs(story.accounts.noor, `/mijn-dossier/${story.caseId}`);
    await page.getByRole('heading', { level: 1, name: 'Jouw dossier' }).waitFor();
    await tabTo(page, 'a[href$="/verklaring"]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Een eigen verklaring toevoegen' }).waitFor();
    await checked(page);
    await tabTo(page, '#veld-text');
    await page.keyboard.type('Ik wil zelf kiezen bij wie ik woon.');
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Verstuurd: Een eigen verklaring toevoegen.' }).waitFor();
    await happened(page).getByText('Ik wil zelf kiezen bij wie ik woon.', { exact: false }).waitFor();
    expect((await typesOf()).at(-1)).toBe('OwnStatementAdded');
  });

  it('lets Noor ask for a correction of one line; Lotte corrects it, and Noor reads the answer beside the original', async () => {
    const page = await web.openAs(story.accounts.noor, `/mijn-dossier/${story.caseId}`);
    const line = happened(page).getByRole('listitem').filter({ hasText: 'Er was een gesprek of contact op 18 november 2026.' });
    await line.getByRole('link', { name: 'Klopt dit niet? Vraag om een correctie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vragen om een correctie' }).waitFor();
    expect(await page.getByLabel('Wat klopt er niet?').inputValue()).toBe(String(talks.visit));
    await checked(page);
    await page.getByLabel('Wat is er fout?').fill('Ik was er niet bij, ik was op school.');
    await page.getByLabel('Wat moet er staan?').fill('Noor was op school.');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByRole('status').filter({ hasText: 'Verstuurd: Vragen om een correctie.' }).waitFor();

    await answer('Besluiten over correctie', async (form) => {
      await form.getByLabel('Verzoek').selectOption({ index: 1 });
      await form.getByRole('radio', { name: 'Verbeteren', exact: true }).check();
      await form.getByLabel('Waarom').fill('Noor heeft gelijk: zij was op school.');
      await form.getByLabel('De verbetering (niet verplicht)').fill('Noor was niet thuis, zij was op school.');
    });
    const after = await web.openAs(story.accounts.noor, `/mijn-dossier/${story.caseId}`);
    await happened(after).getByText('Noor heeft gelijk: zij was op school.', { exact: false }).waitFor();
    await happened(after).getByText('Er was een gesprek of contact op 18 november 2026.').waitFor();
    expect((await typesOf()).slice(-2)).toEqual(['CorrectionRequested', 'CorrectionDecided']);
  });

  it('lets her mother complain; Lotte handles it, and her mother reads the outcome', async () => {
    await ask(story.accounts.fatima, 'Een klacht indienen', async (page) => {
      await page.getByLabel('Waar gaat je klacht over?').fill('Het gesprek van 18 november');
      await page.getByLabel('Je klacht', { exact: true }).fill('Niemand vertelde mij dat het gesprek werd opgeschreven.');
    });
    await answer('Klacht behandelen', async (form) => {
      await form.getByLabel('Klacht').selectOption({ index: 1 });
      await form.getByRole('radio', { name: 'Deels gegrond' }).check();
      await form.getByLabel('Waarom').fill('We vertellen voortaan wat we opschrijven.');
    });
    const page = await web.openAs(story.accounts.fatima, `/mijn-dossier/${story.caseId}`);
    await happened(page).getByText('We vertellen voortaan wat we opschrijven.', { exact: false }).waitFor();
  });

  it('lets her mother ask for the file’s destruction; Lotte refuses on a legal duty, and her mother reads why', async () => {
    await ask(story.accounts.fatima, 'Vragen om het dossier te vernietigen', async (page) => {
      await page.getByLabel('Waarom wil je dat het dossier weg gaat? (niet verplicht)').fill('Het gaat nu goed met ons.');
    });
    await answer('Besluiten over vernietiging', async (form) => {
      await form.getByLabel('Verzoek').selectOption({ index: 1 });
      await form.getByRole('radio', { name: 'Niet vernietigen' }).check();
      await form.getByRole('radio', { name: 'De wet verplicht ons het dossier te bewaren' }).check();
      await form.getByLabel('Waarom').fill('De hulp loopt nog; de wet vraagt het dossier te bewaren.');
    });
    const page = await web.openAs(story.accounts.fatima, `/mijn-dossier/${story.caseId}`);
    await happened(page).getByText('De hulp loopt nog; de wet vraagt het dossier te bewaren.', { exact: false }).waitFor();
  });

  it('refuses her father, without authority, an own statement: the API’s words and rule beside it, and nothing written', async () => {
    const before = await web.casus.revisionOf(story.caseId);
    const page = await web.openAs(story.accounts.mark, `/mijn-dossier/${story.caseId}/verklaring`);
    await page.getByRole('heading', { level: 1, name: 'Een eigen verklaring toevoegen' }).waitFor();
    await page.getByLabel('Je verklaring', { exact: true }).fill('Ik wil ook iets zeggen.');
    await page.getByRole('button', { name: 'Versturen' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Dit is niet vastgelegd' });
    await refusal.getByText(REFUSAL_WORDS['FAMILY.NO_FILE_RIGHT'].nl).waitFor();
    await refusal.getByText('Regel: FAMILY.NO_FILE_RIGHT').waitFor();
    // The focus moves to the refusal, so a screen reader reads it at once.
    expect(await page.evaluate('document.activeElement?.contains(document.querySelector("[role=alert]"))')).toBe(true);
    await checked(page);
    expect(await web.casus.revisionOf(story.caseId)).toBe(before);
  });
});
