import type { Page } from 'playwright-core';
import { courtOrder, lead, signal } from '../e2e/support/case-story';
import { NOW } from '../e2e/support/casus-api';
import { id, people, type Actor } from '../e2e/support/people';
import { describeInBrowser } from './support/chromium';
import { accessibilityViolations, overflowAt, screenshot } from './support/page-checks';
import { sessionScript } from './support/session-script';
import { startWebCasus, type WebCasus } from './support/web-casus';

describeInBrowser('Mijn werk and the case page', () => {
  let web: WebCasus;
  // Overdue: a signal of three weeks ago, its safety assessment due 2026-11-09. With a lead and an OTS that expires soon.
  const overdue = id(701);
  // Due this week: a signal of last week, its safety assessment due today.
  const thisWeek = id(702);
  // Nothing due: assessed as safe. Its step is the newest, so only the order by deadline puts it last.
  const nothingDue = id(703);
  const ots = id(711);

  const step = async (actor: Actor, path: string, body: object) => {
    const response = await web.casus
      .http()
      .post(path)
      .set(await web.casus.as(actor))
      .send(body);
    expect(response.status).toBeLessThan(300);
  };

  /** The page as the actor sees it on the API's day (the test clock), so "this week" means the same to both. */
  const openAs = async (actor: Actor, path: string, options?: { width?: number }): Promise<Page> => {
    const page = await web.openAs(actor, '/aanmelden', options);
    await page.clock.setFixedTime(NOW);
    await page.goto(web.origin + path);
    return page;
  };

  beforeAll(async () => {
    web = await startWebCasus();
    await step(people.lotte, '/cases', { ...signal(overdue), receivedAt: '2026-11-02T08:15:00.000Z' });
    await step(people.lotte, `/cases/${overdue}/assign-case-lead`, lead);
    await step(people.lotte, `/cases/${overdue}/record-court-order`, courtOrder(ots, 'ots', '2027-01-08'));
    await step(people.lotte, '/cases', signal(thisWeek));
    await step(people.lotte, '/cases', signal(nothingDue));
    await step(people.lotte, `/cases/${nothingDue}/record-safety-assessment`, {
      assessmentId: id(712),
      outcome: 'safe',
      findings: 'De kinderen zijn veilig thuis.',
      assessedOn: '2026-11-20',
    });
  });
  afterAll(() => web?.close());

  it("shows Lotte her team's cases on Mijn werk, the overdue one first, then this week's, then the rest", async () => {
    const page = await openAs(people.lotte, '/werk');
    await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
    const cases = page.getByRole('link', { name: /^Dossier Ede/ });
    await cases.first().waitFor();
    const hrefs = await cases.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual([`/dossiers/${overdue}`, `/dossiers/${thisWeek}`, `/dossiers/${nothingDue}`]);
    const groups = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(groups).toEqual(['Werkvoorraad van het team', 'Te laat (1)', 'Deze week (1)', 'Zonder open termijn (1)']);
    const first = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: /^Dossier Ede/ }) })
      .first();
    expect(await first.textContent()).toContain('Regie: Lotte Visser');
    expect(await first.textContent()).toContain('Volgende termijn: Veiligheidsbeoordeling, uiterlijk 9 november 2026 Te laat');
    await page.getByText('Termijnen te laat').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'wijkteam-my-work');
  });

  it('opens the case: children, phase, lead and court order at a glance, the deadlines, and the timeline in Dutch', async () => {
    const page = await openAs(people.lotte, '/werk');
    await page
      .getByRole('link', { name: /^Dossier Ede/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Dossier Ede: 2 kinderen van 12 en 7 jaar' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/dossiers/${overdue}`);
    const glance = page.getByRole('region', { name: 'In één oogopslag' });
    for (const seen of [
      'Geboren op 12 mei 2014 (12 jaar)',
      'Geboren op 2 maart 2019 (7 jaar)',
      'Veiligheidsbeoordeling',
      'Lotte Visser',
      'Ondertoezichtstelling (OTS) tot en met 8 januari 2027 (Rechtbank Gelderland)',
      'Loopt af op 8 januari 2027',
    ])
      await glance.getByText(seen, { exact: false }).first().waitFor();
    const deadlines = page.getByRole('region', { name: 'Termijnen' });
    await deadlines.getByText('Veiligheidsbeoordeling, uiterlijk 9 november 2026 Te laat').waitFor();
    const timeline = page.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem');
    await timeline.first().waitFor();
    expect(await timeline.allTextContents()).toEqual([
      expect.stringContaining('Ondertoezichtstelling (OTS) afgegeven door Rechtbank Gelderland, geldig van 2026-11-20 tot 2027-01-08'),
      expect.stringContaining('Lotte Visser (wijkteam-ede-noord) voert de regie'),
      expect.stringContaining('Melding van Veilig Thuis over 2 kinderen in Ede'),
    ]);
    expect(await timeline.first().textContent()).toContain('door wijkteam, wijkteam-ede-noord');
    // What the bench waits for: every section has its answer.
    await page.locator('.casus-case[aria-busy="false"]').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'wijkteam-case-page');
  });

  it('links each open step to its form, and folds away the closed ones with the reason in Dutch', async () => {
    const page = await openAs(people.lotte, `/dossiers/${overdue}`);
    const steps = page.getByRole('region', { name: 'Wat u nu kunt doen' });
    const assess = steps.getByRole('link', { name: 'Veiligheidsbeoordeling vastleggen' });
    expect(await assess.getAttribute('href')).toBe(`/dossiers/${overdue}/stap/RecordSafetyAssessment`);
    const reopen = steps.getByText('Dossier heropenen');
    expect(await reopen.isVisible()).toBe(false);
    await steps.getByText(/^Niet nu mogelijk \(\d+\)$/).click();
    expect(await steps.getByRole('listitem').filter({ hasText: 'Dossier heropenen' }).textContent()).toBe(
      'Dossier heropenen: Het dossier is niet gesloten. (CASE.NOT_CLOSED)',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('reflows the case page to 320 px wide', async () => {
    const page = await openAs(people.lotte, `/dossiers/${overdue}`, { width: 320 });
    await page.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem').first().waitFor();
    expect(await overflowAt(page, 320)).toBeLessThanOrEqual(0);
  });

  it('tells an outsider team only that the case does not exist or is not theirs, and shows nothing of it', async () => {
    const page = await openAs(people.pieter, `/dossiers/${overdue}`);
    await page.getByText('Dit dossier bestaat niet of u heeft er geen toegang toe').waitFor();
    const html = await page.content();
    for (const secret of ['Lotte Visser', 'Rechtbank Gelderland', 'C/05/123456', '2014', 'Veiligheidsbeoordeling', 'Dossier Ede'])
      expect({ secret, shown: html.includes(secret) }).toEqual({ secret, shown: false });
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('shows the next person in the same tab nothing the one before them read: no answer is kept across sessions', async () => {
    const page = await openAs(people.lotte, `/dossiers/${overdue}`);
    await page.getByRole('region', { name: 'In één oogopslag' }).getByText('Rechtbank Gelderland', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    const pieter = sessionScript(await web.casus.tokenFor(people.pieter));
    // Within the app, without a reload: what the app still holds in memory would show now.
    await page.evaluate(`
      ${pieter}
      window.casusSeen = [];
      new MutationObserver(() => window.casusSeen.push(document.body.innerText)).observe(document.body, { subtree: true, childList: true, characterData: true });
      history.pushState({}, '', '/dossiers/${overdue}');
      dispatchEvent(new PopStateEvent('popstate'));
    `);
    await page.getByText('Dit dossier bestaat niet of u heeft er geen toegang toe').waitFor();
    const seen = (await page.evaluate('window.casusSeen')) as string[];
    expect(seen.filter((text) => /Rechtbank Gelderland|Dossier Ede/.test(text))).toEqual([]);
  });

  it('tells a team without cases so on Mijn werk', async () => {
    const page = await openAs(people.pieter, '/werk');
    await page.getByText('Uw team heeft nog geen dossiers.').waitFor();
    expect(await page.getByRole('link', { name: /^Dossier/ }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('shows an auditor the case page with no step open to take, each closed as read-only', async () => {
    const page = await openAs(people.ilse, `/dossiers/${overdue}`);
    await page.getByRole('heading', { level: 1, name: 'Dossier Ede: 2 kinderen van 12 en 7 jaar' }).waitFor();
    const steps = page.getByRole('region', { name: 'Wat u nu kunt doen' });
    await steps.getByText('U kunt nu geen stappen zetten in dit dossier.').waitFor();
    expect(await steps.getByRole('link').count()).toBe(0);
    await steps.getByText(/^Niet nu mogelijk/).click();
    expect(await steps.getByRole('listitem').filter({ hasText: 'Regievoerder toewijzen' }).textContent()).toBe(
      'Regievoerder toewijzen: Uw rol mag dit dossier lezen, niet wijzigen. (ACCESS.READ_ONLY_ROLE)',
    );
    await page.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  // Last: it adds cases to Lotte's team.
  it('pages a long list, the most pressing first on the first page', async () => {
    for (let n = 0; n < 18; n++) await step(people.lotte, '/cases', signal(id(720 + n)));
    const page = await openAs(people.lotte, '/werk');
    const paging = page.getByRole('navigation', { name: 'Pagina’s' });
    await paging.getByText('Pagina 1 van 2').waitFor();
    const firstPage = page.getByRole('link', { name: /^Dossier Ede/ });
    expect(await firstPage.count()).toBe(20);
    expect(await firstPage.first().getAttribute('href')).toBe(`/dossiers/${overdue}`);
    await paging.getByRole('link', { name: 'Volgende pagina' }).click();
    await paging.getByText('Pagina 2 van 2').waitFor();
    expect(new URL(page.url()).searchParams.get('pagina')).toBe('2');
    await page.getByRole('heading', { level: 2, name: 'Zonder open termijn (1)' }).waitFor();
    expect(await page.getByRole('link', { name: /^Dossier Ede/ }).getAttribute('href')).toBe(`/dossiers/${nothingDue}`);
    expect(await paging.getByRole('link', { name: 'Vorige pagina' }).getAttribute('href')).toBe('/werk?pagina=1');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
