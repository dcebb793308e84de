import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { bestandspleeggezinAt } from '../e2e/support/case-story';
import { caseSteps } from '../e2e/support/case-steps';
import { eventually, readWhenCaughtUp } from '../e2e/support/eventually';
import { everyoneHeardOnThePlace } from '../e2e/support/heard-on-the-place';
import { id, people } from '../e2e/support/people';
import { providerAccepts } from '../e2e/support/provider-accepts';
import { walkToPlacementRequest } from '../e2e/support/walk-to-placement-request';
import { describeInBrowser } from './support/chromium';
import { accessibilityViolations, overflowAt, screenshot } from './support/page-checks';
import { startWebCasus, type WebCasus } from './support/web-casus';

type LogLine = { userId: string; dataAccessed: string; caseId: string | null };

describeInBrowser("the auditor's pages", () => {
  let web: WebCasus;
  const caseId = id(1700);
  const placementId = id(1741);
  const { step } = caseSteps(() => web.casus, caseId);
  const accessLogOf = async (query: string): Promise<LogLine[]> =>
    (await web.casus.get(people.ilse, `/audit/access-log?${query}`)).body.items;
  const auditView = async (path = `/audit/dossiers/${caseId}`, width?: number) => {
    const page = await web.openAs(people.ilse, path, { width });
    await page.getByRole('heading', { level: 1, name: /^Dossier 00000000: verloop en controle$/ }).waitFor();
    await page.getByRole('slider', { name: 'Moment in de geschiedenis' }).waitFor();
    return page;
  };
  const slider = (page: Page) => page.getByRole('slider', { name: 'Moment in de geschiedenis' });
  const shown = (page: Page, key: string) => page.locator('.casus-then').getByText(key, { exact: true }).locator('..').locator('dd');

  beforeAll(async () => {
    web = await startWebCasus();
    const option = await web.casus
      .http()
      .post('/placement-options')
      .set(await web.casus.as(people.priya))
      .send(bestandspleeggezinAt(id(1751), 4));
    expect(option.status).toBe(201);
    await walkToPlacementRequest(web.casus, caseId, { placementId, otsId: id(1761), machtigingId: id(1762) });
    await eventually(async () => {
      const response = await web.casus.get(people.gijs, `/placements/${placementId}`);
      return response.status === 200 && response.body.reservation ? response.body : undefined;
    }, 'a reserved place');
    await providerAccepts(web.casus, placementId);
    await everyoneHeardOnThePlace(web.casus, caseId, placementId, people.gijs);
    const decided = await step(people.gijs, 'decide-placement', {
      placementId,
      reasons: 'A foster family near school that knows trauma care',
      viewsHeard: [{ participant: 'Sanne', view: 'I want to keep going to my own school' }],
      behaviouralScientistConsent: { name: 'Dr. Y. Peters', consentedOn: '2026-11-23' },
    });
    // The step lines come from the timeline's read model: the page is opened once it has the decision.
    await readWhenCaughtUp(() => web.casus.get(people.ilse, `/cases/${caseId}/timeline?minPosition=${decided.position}`));
  });
  afterAll(() => web?.close());

  it('shows the case as it stood at any moment: the slider, moved back by keyboard, shows the earlier phase and lead', async () => {
    const page = await auditView();
    const total = (await web.casus.eventsOf(caseId)).length;
    await page
      .getByRole('status')
      .filter({ hasText: `Stap ${total} van ${total}:` })
      .waitFor();
    await shown(page, 'Casusregisseur').filter({ hasText: 'Lotte Visser' }).waitFor();
    expect(await shown(page, 'Fase').textContent()).toBe('Plaatsing');
    expect(await page.getByRole('link', { name: 'Het dossier zoals het nu is' }).getAttribute('href')).toBe(`/dossiers/${caseId}`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'auditor-history');

    await slider(page).focus();
    await page.keyboard.press('Home');
    const { steps } = (await web.casus.get(people.ilse, `/cases/${caseId}/timeline`)).body;
    await page
      .getByRole('status')
      .filter({ hasText: `Stap 1 van ${total}:` })
      .waitFor();
    expect(await page.locator('#moment-nu').textContent()).toContain(steps[0].summary);
    await shown(page, 'Casusregisseur').filter({ hasText: 'nog niemand' }).waitFor();
    expect(await shown(page, 'Fase').textContent()).toBe('Veiligheidsbeoordeling');
    await page.keyboard.press('ArrowRight');
    await page
      .getByRole('status')
      .filter({ hasText: /^Stap 2 van/ })
      .waitFor();
    await shown(page, 'Casusregisseur').filter({ hasText: 'Lotte Visser' }).waitFor();
    const said = await page.locator('#moment-nu').textContent();
    expect(said).toContain((await slider(page).getAttribute('aria-valuetext'))!);
    const replays = (await accessLogOf(`caseId=${caseId}&user=${people.ilse.id}`)).filter((line) => line.dataAccessed === 'replay');
    expect(replays.length).toBeGreaterThanOrEqual(3);
  });

  it('checks the chain and says it is intact, in words', async () => {
    const page = await auditView();
    await page.getByRole('button', { name: 'Controleer de keten' }).click();
    const result = page.locator('#integriteit-uitkomst');
    await result.getByText('De keten is intact.').waitFor();
    expect(await result.textContent()).toMatch(/\d+ gebeurtenissen gecontroleerd, tot en met revisie \d+\./);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('downloads the export, fetched with her token: a JSON file of the case', async () => {
    const page = await auditView();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download de export' }).click()]);
    expect(download.suggestedFilename()).toBe(`casus-export-${caseId}.json`);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(file).toMatchObject({ format: 'casus.case-export', caseId });
    expect(file.events.length).toBeGreaterThan(5);
    await page.getByText(`De export is gedownload als casus-export-${caseId}.json.`).waitFor();
  });

  it('shows what the decider knew for the placement decision: the case just before it and the candidates it chose from', async () => {
    const page = await auditView();
    await page.getByRole('button', { name: /^Wat wist de beslisser\?/ }).click();
    const heading = page.getByRole('heading', { level: 2, name: /^Wat de beslisser wist:/ });
    await heading.waitFor();
    expect(await page.evaluate('document.activeElement.id')).toBe('beslisser');
    await page.getByRole('heading', { level: 3, name: 'Het dossier vlak voor het besluit' }).waitFor();
    await page.getByText(/Kandidaten voorgesteld door de matching: 1 gerangschikt/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('lists her own reads in the access log, and a filter narrows it to one reader', async () => {
    // Gijs read the placement while the process reserved a place: the log holds more readers than Ilse.
    expect((await accessLogOf('limit=1000')).some((line) => line.userId !== people.ilse.id)).toBe(true);
    const page = await web.openAs(people.ilse, `/audit/toegang?caseId=${caseId}`);
    await page.getByRole('heading', { level: 1, name: 'Toegangslog' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /regels? op pagina 1/ })
      .waitFor();
    expect(await page.getByRole('textbox', { name: 'Dossier (id)' }).inputValue()).toBe(caseId);
    await page
      .getByRole('cell', { name: /Gijs Mulder/ })
      .first()
      .waitFor();

    await page.getByRole('textbox', { name: 'Gebruiker (id)' }).fill(people.ilse.id);
    await page.getByRole('button', { name: 'Toon' }).click();
    await page.waitForURL(/user=/);
    await page
      .getByRole('cell', { name: /Gijs Mulder/ })
      .first()
      .waitFor({ state: 'detached' });
    expect(await page.getByRole('cell', { name: /^Ilse Kok, auditor/ }).count()).toBeGreaterThan(5);
    for (const read of ['geschiedenis', 'dossier op een moment', 'integriteitscontrole', 'export', 'wat de beslisser wist'])
      expect(await page.getByRole('cell', { name: new RegExp(`^${read} GET`) }).count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'auditor-access-log');
  });

  it('shows the refused reads of the case when asked for that outcome', async () => {
    const outsider = await web.casus.get(people.pieter, `/cases/${caseId}/history`);
    expect(outsider.status).toBe(404);
    const page = await web.openAs(people.ilse, `/audit/toegang?caseId=${caseId}`);
    await page
      .getByRole('cell', { name: /^Ilse Kok, auditor/ })
      .first()
      .waitFor();
    await page.getByRole('combobox', { name: 'Uitkomst' }).selectOption({ label: 'geweigerd' });
    await page.getByRole('button', { name: 'Toon' }).click();
    await page.waitForURL(/outcome=refused/);
    await page
      .getByRole('status')
      .filter({ hasText: /^1 regel op pagina 1$/ })
      .waitFor();
    await page.getByRole('cell', { name: /^Pieter de Boer, wijkteam/ }).waitFor();
    expect(await page.getByRole('cell', { name: "refused: not among this case's readers" }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('pages through the log, and back; a period with no reads shows none', async () => {
    for (let read = 0; read < 51; read++) expect((await web.casus.get(people.ilse, `/cases/${caseId}/integrity`)).status).toBe(200);
    const page = await web.openAs(people.ilse, `/audit/toegang?caseId=${caseId}`);
    const pages = page.getByRole('navigation', { name: 'Pagina’s van het toegangslog' });
    await page.getByRole('status').filter({ hasText: '50 regels op pagina 1' }).waitFor();
    const first = await page.getByRole('row').nth(1).textContent();
    await pages.getByRole('button', { name: 'Volgende' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /regels? op pagina 2/ })
      .waitFor();
    expect(await page.getByRole('row').nth(1).textContent()).not.toBe(first);
    await pages.getByRole('button', { name: 'Vorige' }).click();
    await page.getByRole('status').filter({ hasText: '50 regels op pagina 1' }).waitFor();
    expect(await page.getByRole('row').nth(1).textContent()).toBe(first);

    await page.getByLabel('Vanaf').fill('2099-01-01');
    await page.getByRole('button', { name: 'Toon' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^0 regels op pagina 1$/ })
      .waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
  });

  it('marks only the page she is on as current in the navigation, though the access log lives under /audit', async () => {
    const page = await web.openAs(people.ilse, '/audit/toegang');
    await page.getByRole('heading', { level: 1, name: 'Toegangslog' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Casus' });
    expect(await nav.getByRole('link', { name: 'Toegangslog' }).getAttribute('aria-current')).toBe('page');
    expect(await nav.getByRole('link', { name: 'Dossiers' }).getAttribute('aria-current')).toBeNull();
  });

  it('names the field the API refuses in a filter, beside it', async () => {
    const page = await web.openAs(people.ilse, '/audit/toegang?caseId=not-a-case');
    const field = page.getByRole('textbox', { name: 'Dossier (id)' });
    await page.getByText(/caseId must be/).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('finds the case on "Dossiers" and opens its audit view', async () => {
    const page = await web.openAs(people.ilse, '/');
    await page.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/audit');
    await page.getByRole('textbox', { name: 'Gemeente' }).fill('Ede');
    await page.getByRole('combobox', { name: 'Fase' }).selectOption('placement');
    await page.getByRole('button', { name: 'Toon' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^1 dossier gevonden$/ })
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Dossier 00000000 (Ede)' }).click();
    await page.getByRole('slider', { name: 'Moment in de geschiedenis' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/audit/dossiers/${caseId}`);
  });

  it('reflows to 320 px: the audit view, the access log and the case list', async () => {
    const shownAt320 = {
      [`/audit/dossiers/${caseId}`]: (page: Page) => page.locator('.casus-then').getByText('Casusregisseur'),
      '/audit/toegang': (page: Page) => page.getByRole('status').filter({ hasText: /regels? op pagina 1/ }),
      '/audit': (page: Page) => page.getByRole('status').filter({ hasText: /dossiers? gevonden/ }),
    };
    for (const [path, shown] of Object.entries(shownAt320)) {
      const page = await web.openAs(people.ilse, path, { width: 320 });
      await shown(page).waitFor();
      expect({ path, overflow: Math.max(0, await overflowAt(page, 320)) }).toEqual({ path, overflow: 0 });
    }
  });

  it('is not a wijkteam page: Lotte meets the not-found page, and the API refuses her the auditor’s reads', async () => {
    for (const path of ['/audit', `/audit/dossiers/${caseId}`, '/audit/toegang']) {
      const page = await web.openAs(people.lotte, path);
      await page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet.' }).waitFor();
      expect(await page.getByRole('navigation').getByRole('link', { name: 'Toegangslog' }).count()).toBe(0);
      expect(await accessibilityViolations(page)).toEqual([]);
    }
    const log = await web.casus.get(people.lotte, '/audit/access-log');
    expect({ status: log.status, code: log.body.code }).toEqual({ status: 403, code: 'ACCESS.AUDITORS_ONLY' });
    const outsider = await web.casus.get(people.pieter, `/cases/${caseId}/history`);
    expect({ status: outsider.status, code: outsider.body.code }).toEqual({ status: 404, code: 'CASE.NOT_FOUND' });
  });
});
