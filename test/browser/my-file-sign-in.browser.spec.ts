import type { Page } from 'playwright-core';
import { seedRegion } from '../../apps/cli/src/seed/seeder';
import { describeInBrowser } from './support/chromium';
import { signInByName } from './support/dev-sign-in';
import { accessibilityViolations } from './support/page-checks';
import { startWebCasus, type WebCasus } from './support/web-casus';

type DemoPerson = { name: string; role: string; about?: string };

/**
 * Issue 18, "Done when", by the development sign-in of the demo region: the seeded family whose file is read (a child of
 * 13, the mother with authority, the father without) each sign in by their own button and read what is theirs: the
 * child her words said in confidence, the mother the withheld assessment as withheld only, the father no file.
 */
describeInBrowser('Mijn dossier by the demo region’s sign-in: the seeded child of 13 and her parents', () => {
  let web: WebCasus;
  let family: { child: DemoPerson; mother: DemoPerson; father: DemoPerson };
  const CONFIDENCE = 'Ik durf het thuis niet te zeggen';

  beforeAll(async () => {
    web = await startWebCasus();
    await seedRegion({ databaseUrl: web.casus.databaseUrl, cases: 5, seed: 7 });
    const { body } = await web.casus.http().get('/dev/people');
    const members = (body.people as DemoPerson[]).filter((person) => person.role === 'family');
    const about = (what: string) => members.find((person) => person.about === what)!;
    family = { child: about('kind, 13 jaar'), mother: about('ouder met gezag'), father: about('ouder zonder gezag') };
  });
  afterAll(() => web?.close());

  /** From the sign-in page, by the person's button, to their one file. */
  const signInAndOpen = async (person: DemoPerson): Promise<Page> => {
    const page = await web.open('/');
    await page.getByRole('heading', { level: 2, name: 'gezin' }).waitFor();
    await page.getByText(person.about!, { exact: true }).first().waitFor();
    await signInByName(page, person.name);
    await page.getByRole('heading', { level: 1, name: 'Mijn dossier' }).waitFor();
    await page.getByRole('main').getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: 'Jouw dossier' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    return page;
  };
  const withheldLines = (page: Page) => page.getByRole('region', { name: 'Wat je niet kunt lezen' }).getByRole('listitem');

  it('lists the family by what they are, and the child of 13 reads her own words said in confidence', async () => {
    const page = await signInAndOpen(family.child);
    await page.getByRole('region', { name: 'Wat is er gebeurd?' }).getByText(`Jouw woorden: “${CONFIDENCE}”`).waitFor();
    expect(await withheldLines(page).count()).toBe(0);
  });

  it('shows the mother with authority the file without her daughter’s words, and the assessment only as withheld', async () => {
    const page = await signInAndOpen(family.mother);
    await page.getByRole('region', { name: 'Wat is er gebeurd?' }).getByRole('listitem').first().waitFor();
    expect(await page.locator('main').innerText()).not.toContain(CONFIDENCE);
    expect(await withheldLines(page).count()).toBe(1);
    await withheldLines(page)
      .getByText(/The findings name the neighbour who called/)
      .waitFor();
  });

  it('gives the father without authority the information, not the file', async () => {
    const page = await signInAndOpen(family.father);
    await page.getByRole('region', { name: 'Wat je moet weten' }).waitFor();
    expect(await page.getByRole('region', { name: 'Wat is er gebeurd?' }).count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain(CONFIDENCE);
  });
});
