import type { Page } from 'playwright-core';
import { JEUGDLINK_TEAM, professionalsOf, type Professional } from '../../apps/cli/src/seed/region';
import { seedRegion } from '../../apps/cli/src/seed/seeder';
import { describeInBrowser } from './support/chromium';
import { signInByName } from './support/dev-sign-in';
import { accessibilityViolations } from './support/page-checks';
import { startWebCasus, type WebCasus } from './support/web-casus';

/**
 * Issue 17, "Done when": a new user signs in as a seeded wijkteam professional and walks a case from signal to a
 * Jeugdlink request, only by what the pages offer: no token minted, no API call made by the test.
 */
describeInBrowser('the story of a case in the browser, from signal to the Jeugdlink request', () => {
  let web: WebCasus;
  let wijkteam: Professional;
  beforeAll(async () => {
    web = await startWebCasus();
    const { region } = await seedRegion({ databaseUrl: web.casus.databaseUrl, cases: 0, seed: 11 });
    wijkteam = professionalsOf(region).find((person) => person.role === 'wijkteam')!;
  });
  afterAll(() => web?.close());

  const takeStep = async (page: Page, name: string, fill: () => Promise<void>) => {
    await page.getByRole('link', { name }).click();
    await page.getByRole('button', { name: 'Vastleggen' }).waitFor();
    await fill();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    await page.getByRole('status').filter({ hasText: 'Vastgelegd' }).waitFor();
  };

  it('signs in, registers the signal, takes the lead, assesses safety and asks Jeugdlink', async () => {
    const page = await web.open('/');
    await signInByName(page, wijkteam.name);
    await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Melding registreren' }).click();
    await page.locator('#veld-children-0-birthDate').fill('2014-05-05');
    await page.locator('#veld-concerns-0').fill('Huiselijk geweld');
    await page.locator('#veld-description').fill('Melding van de politie: ruzie thuis, de kinderen waren erbij.');
    await page.locator('#veld-urgency-regular').check();
    await page.locator('#veld-source').selectOption({ label: 'Politie' });
    await page.locator('#veld-municipality').fill('Ede');
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    await page.waitForURL(/\/dossiers\/[0-9a-f-]{36}$/);
    const caseId = new URL(page.url()).pathname.split('/').at(-1)!;

    await takeStep(page, 'Regievoerder toewijzen', async () => undefined);
    await takeStep(page, 'Veiligheidsbeoordeling vastleggen', async () => {
      await page.locator('#veld-outcome-unsafe').check();
      await page.locator('#veld-findings').fill('Spanning thuis, de kinderen zijn bang.');
    });
    await takeStep(page, 'Jeugdlink vragen', async () => {
      await page.locator('#veld-reason').fill('Onveilig thuis; het sociaal team kan dit niet alleen.');
      await page.locator('#veld-team').fill(JEUGDLINK_TEAM);
    });

    await page.getByRole('heading', { level: 1, name: 'Dossier Ede: een kind van 12 jaar' }).waitFor();
    const record = await web.casus.eventsOf(caseId);
    expect(record.map((event) => event.type)).toEqual(['SignalRegistered', 'CaseLeadAssigned', 'SafetyAssessed', 'JeugdlinkRequested']);
    expect(record.every((event) => (event.metadata.actor as { id: string }).id === wijkteam.id)).toBe(true);
  });
});
