import { people } from '../e2e/support/people';
import { describeInBrowser } from './support/chromium';
import { accessibilityViolations, overflowAt } from './support/page-checks';
import { sessionScript } from './support/session-script';
import { startWebCasus, type WebCasus } from './support/web-casus';

describeInBrowser('the web app on the API origin', () => {
  let web: WebCasus;
  beforeAll(async () => (web = await startWebCasus()));
  afterAll(() => web?.close());

  it('sends a browser without a session to the sign-in page, and keeps where it was going', async () => {
    const page = await web.open('/werk');
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/aanmelden');
    expect(new URL(page.url()).searchParams.get('terug')).toBe('/werk');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("lands a wijkteam professional on Mijn werk, with the team's pages and who is signed in", async () => {
    const page = await web.openAs(people.lotte, '/');
    await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/werk');
    await page.getByText('Aangemeld als Lotte Visser, wijkteam (wijkteam-ede-noord)').waitFor();
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Mijn werk' }).getAttribute('aria-current')).toBe('page');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('finds what is not accessible: an image without a text alternative is a violation', async () => {
    const page = await web.open('/aanmelden');
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await page.evaluate(`document.querySelector('main').append(Object.assign(document.createElement('img'), { src: '/x.png' }))`);
    expect(await accessibilityViolations(page)).toEqual([expect.stringMatching(/^image-alt \(critical\)/)]);
  });

  it('is used by keyboard: the first Tab reaches "Naar de inhoud", which moves the focus to the page itself', async () => {
    const page = await web.openAs(people.lotte, '/werk');
    await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement.id')).toBe('inhoud');
  });

  it('reflows to 320 px wide, a phone on a home visit', async () => {
    const page = await web.openAs(people.lotte, '/werk', { width: 320 });
    await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
    expect(await overflowAt(page, 320)).toBeLessThanOrEqual(0);
  });

  it('speaks English when asked, and Dutch again, and says so to assistive technology (lang)', async () => {
    const page = await web.openAs(people.lotte, '/werk');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
  });

  it('ends the session when the API no longer accepts its token, and asks to sign in again', async () => {
    const stranger = await web.open('/aanmelden');
    await stranger.evaluate(sessionScript('e30.e30.e30'));
    await stranger.goto(web.origin + '/werk');
    await stranger.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    expect(await stranger.evaluate(`sessionStorage.getItem('casus.session')`)).toBeNull();
  });

  it('leaves the API to API clients: a JSON request to a page path is answered by the API, not the app; only hashed files are cached', async () => {
    const answer = await fetch(`${web.origin}/cases`, { headers: { Accept: 'application/json' } });
    expect(answer.status).toBe(401);
    const page = await fetch(`${web.origin}/werk`, { headers: { Accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('<div id="root">');
    // The hashed files are the same for everyone and may be kept for good; a name that is not one is a 404 like any other.
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    const asset = await fetch(`${web.origin}${script}`);
    expect([asset.status, asset.headers.get('cache-control')]).toEqual([200, 'public, max-age=31536000, immutable']);
    const missing = await fetch(`${web.origin}/assets/no-such-file.js`);
    expect([missing.status, missing.headers.get('cache-control')]).toEqual([404, 'no-store']);
  });
});
