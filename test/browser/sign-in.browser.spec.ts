import { professionalsOf } from '../../apps/cli/src/seed/region';
import { seedRegion } from '../../apps/cli/src/seed/seeder';
import { describeInBrowser } from './support/chromium';
import { signInByName } from './support/dev-sign-in';
import { accessibilityViolations, overflowAt, screenshot } from './support/page-checks';
import { startWebCasus, type WebCasus } from './support/web-casus';

describeInBrowser('signing in to the web app on the embedded default', () => {
  let web: WebCasus;
  let wijkteam: { name: string; team: string };
  beforeAll(async () => {
    web = await startWebCasus();
    // No cases: the page lists the region's people, not its stories.
    const region = await seedRegion({ databaseUrl: web.casus.databaseUrl, cases: 0, seed: 7 });
    wijkteam = professionalsOf(region.region).find((person) => person.role === 'wijkteam')!;
  });
  afterAll(() => web?.close());

  it('lists the seeded people by role, and signs in as a wijkteam professional with one click, back where they were going', async () => {
    const page = await web.open('/werk');
    await page.getByRole('heading', { level: 2, name: 'wijkteam' }).waitFor();
    for (const role of ['Veilig Thuis', 'Jeugdlink', 'gecertificeerde instelling', 'aanbieder', 'auditor'])
      expect(await page.getByRole('heading', { level: 2, name: role }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in');
    await signInByName(page, wijkteam.name);
    await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/werk');
    await page.getByText(`Aangemeld als ${wijkteam.name}, wijkteam (${wijkteam.team})`).waitFor();
  });

  it('signs in by keyboard alone', async () => {
    const page = await web.open('/aanmelden');
    const button = page.getByRole('button', { name: `Aanmelden als ${wijkteam.name}` }).first();
    await button.waitFor();
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
  });

  it('goes nowhere but this app after signing in: a crafted way back to another site lands on the home page', async () => {
    const page = await web.open('/aanmelden?terug=//elders.example/werk');
    await signInByName(page, wijkteam.name);
    await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
    expect(new URL(page.url()).origin).toBe(web.origin);
  });

  it('signs out: the tab keeps nothing, and the pages ask to sign in again', async () => {
    const page = await web.open('/aanmelden');
    await signInByName(page, wijkteam.name);
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
    await page.goto(web.origin + '/werk');
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
  });

  it('opens a reload as who the API last said and asks again, and ends a session whose token the API does not take', async () => {
    const page = await web.open('/aanmelden');
    await signInByName(page, wijkteam.name);
    await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
    // Shown as who the API last said, the page still asks the API again.
    const askedAgain = page.waitForResponse((response) => new URL(response.url()).pathname === '/me');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
    expect((await askedAgain).status()).toBe(200);
    // A tab whose stored person was made up, on a token no one issued: the API's answer to /me ends it.
    await page.evaluate(`{
      const forged = 'forged.token.value';
      const me = JSON.parse(sessionStorage.getItem('casus.me')).me;
      sessionStorage.setItem('casus.session', JSON.stringify({ token: forged, expiresAt: Date.now() + 3600000 }));
      sessionStorage.setItem('casus.me', JSON.stringify({ token: forged, me: { ...me, role: 'auditor' } }));
    }`);
    await page.goto(web.origin + '/audit');
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    expect(await page.evaluate('sessionStorage.length')).toBe(0);
  });

  it('reflows to 320 px wide', async () => {
    const page = await web.open('/aanmelden', { width: 320 });
    await page.getByRole('heading', { level: 2, name: 'wijkteam' }).waitFor();
    expect(await overflowAt(page, 320)).toBeLessThanOrEqual(0);
  });
});
