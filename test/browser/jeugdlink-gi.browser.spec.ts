import type { Page } from 'playwright-core';
import { courtOrder, jeugdlinkRequest, lead, placementRequest } from '../e2e/support/case-story';
import { caseSteps } from '../e2e/support/case-steps';
import { readWhenCaughtUp } from '../e2e/support/eventually';
import { id, people } from '../e2e/support/people';
import { describeInBrowser } from './support/chromium';
import { accessibilityViolations, overflowAt, screenshot } from './support/page-checks';
import { startWebCasus, type WebCasus } from './support/web-casus';

const cardsOf = (page: Page, section: string) => page.getByRole('region', { name: section }).getByRole('article');

describeInBrowser('the Jeugdlink and GI pages', () => {
  let web: WebCasus;
  const asked = id(1801);
  const ordered = id(1802);
  const { open, step } = caseSteps(() => web.casus, asked);
  const waiting = 'Verzoeken die op uw team wachten';
  const teamCases = 'Dossiers van uw team';

  beforeAll(async () => {
    web = await startWebCasus();
    await open();
    await step(people.lotte, 'assign-case-lead', lead);
    await step(people.lotte, 'request-jeugdlink', jeugdlinkRequest);
    // A GI's case: an OTS for a year, and a machtiging uithuisplaatsing that ends within its warning period.
    await open(ordered);
    await step(people.lotte, 'record-court-order', courtOrder(id(1811), 'ots', '2027-11-19'), ordered);
    await step(people.lotte, 'record-court-order', courtOrder(id(1812), 'machtiging-uithuisplaatsing', '2027-01-10'), ordered);
    // The GI charged with the machtiging asks for the placement under it.
    const last = await step(people.gijs, 'request-placement', placementRequest(id(1821)), ordered);
    // The pages read the read models: wait until they have the last step.
    const caughtUp = await readWhenCaughtUp(() => web.casus.get(people.gijs, `/cases?minPosition=${last.position}`));
    expect(caughtUp.status).toBe(200);
  });
  afterAll(() => web?.close());

  it('shows Anouk the request waiting for her team: who asks, why and since when', async () => {
    const page = await web.openAs(people.anouk, '/');
    await page.getByRole('heading', { level: 1, name: 'Verzoeken' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/jeugdlink');
    const request = cardsOf(page, waiting);
    await request.first().getByText(jeugdlinkRequest.reason).waitFor();
    expect(await request.count()).toBe(1);
    expect(await request.first().getByRole('heading', { level: 3 }).textContent()).toBe('Verzoek van wijkteam-ede-noord in Ede');
    await request.first().getByText('23 november 2026').waitFor();
    await request.first().getByText(people.lotte.name!).waitFor();
    await page.getByText('Uw team is nog bij geen dossier aangesloten.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'jeugdlink-requests');
  });

  it('shows Ruben, of another Jeugdlink team, no request', async () => {
    const page = await web.openAs(people.ruben, '/jeugdlink');
    await page.getByText('Er wachten geen verzoeken op uw team.').waitFor();
    expect(await page.getByText(jeugdlinkRequest.reason).count()).toBe(0);
  });

  it('lets Anouk join with members and purpose through the form, after it stopped her at the empty purpose', async () => {
    const page = await web.openAs(people.anouk, '/jeugdlink');
    await cardsOf(page, waiting).first().getByRole('link', { name: 'Aansluiten bij dit dossier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aansluiten als Jeugdlink' }).waitFor();
    await page.getByText(jeugdlinkRequest.reason).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.locator('#veld-members-0-name').fill(people.anouk.name!);
    await page.locator('#veld-members-0-organisation').fill(people.anouk.organisation);
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    const purpose = page.locator('#veld-purpose');
    expect(await purpose.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate('document.activeElement?.id')).toBe('veld-purpose');
    expect(await web.casus.revisionOf(asked)).toBe(2);

    await page.getByRole('button', { name: 'Nog een teamlid' }).click();
    await page.locator('#veld-members-1-name').fill('Bram Jansen');
    await page.locator('#veld-members-1-organisation').fill('Raad voor de Kinderbescherming');
    await purpose.fill('Beoordelen of een beschermingsmaatregel nodig is');
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    await page.waitForURL(new RegExp(`/dossiers/${asked}$`));

    // As the case reads now, its personal data opened (the purpose is sealed in the stored event).
    const { body } = await web.casus.get(people.anouk, `/cases/${asked}`);
    expect(body.case.jeugdlink.at(-1)).toEqual(
      expect.objectContaining({
        status: 'joined',
        team: people.anouk.team,
        purpose: 'Beoordelen of een beschermingsmaatregel nodig is',
        members: [
          expect.objectContaining({ name: people.anouk.name, organisation: people.anouk.organisation }),
          expect.objectContaining({ name: 'Bram Jansen', organisation: 'Raad voor de Kinderbescherming' }),
        ],
      }),
    );
  });

  it("shows the case among the team's cases, no longer waiting, and lets Anouk end the involvement", async () => {
    const page = await web.openAs(people.anouk, '/jeugdlink');
    const joined = cardsOf(page, teamCases);
    await joined.first().getByText('aangesloten').waitFor();
    await page.getByText('Er wachten geen verzoeken op uw team.').waitFor();
    expect(await joined.first().getByRole('heading', { level: 3 }).textContent()).toBe('Dossier in Ede (wijkteam-ede-noord)');
    expect(await accessibilityViolations(page)).toEqual([]);

    await joined.first().getByRole('link', { name: 'Betrokkenheid beëindigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Betrokkenheid Jeugdlink beëindigen' }).waitFor();
    await page.locator('#veld-reason').fill('De maatregel is aangevraagd; het wijkteam gaat verder');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    await page.waitForURL(new RegExp(`/dossiers/${asked}$`));
    expect((await web.casus.eventsOf(asked)).at(-1)!.type).toBe('JeugdlinkInvolvementEnded');

    const after = await web.openAs(people.anouk, '/jeugdlink');
    await cardsOf(after, teamCases).first().getByText('beëindigd').waitFor();
    expect(await cardsOf(after, teamCases).first().getByRole('link', { name: 'Betrokkenheid beëindigen' }).count()).toBe(0);
  });

  it('shows Gijs the court order that ends soonest first, with its warning in words, and the placement he asked for', async () => {
    const page = await web.openAs(people.gijs, '/');
    await page.getByRole('heading', { level: 1, name: 'Maatregelen' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/gi');
    const orders = cardsOf(page, 'Maatregelen en hun einddatum');
    await orders.nth(1).waitFor();
    expect(await orders.count()).toBe(2);
    const first = orders.first();
    expect(await first.getByRole('heading', { level: 3 }).textContent()).toBe('Machtiging uithuisplaatsing in Ede (wijkteam-ede-noord)');
    await first.getByText('Loopt binnenkort af').waitFor();
    await first.getByText('10 januari 2027').waitFor();
    await first.getByText('kind van 12 jaar').waitFor();
    await orders.nth(1).getByText('Ondertoezichtstelling (OTS) in Ede (wijkteam-ede-noord)').waitFor();
    expect(await orders.nth(1).getByText('Loopt binnenkort af').count()).toBe(0);
    const placement = cardsOf(page, 'Plaatsingsverzoeken en besluiten').first();
    await placement.getByText('gevraagd, wacht op besluit').waitFor();
    expect(await placement.getByRole('link', { name: 'Kandidaten en besluit bekijken' }).getAttribute('href')).toBe(
      `/dossiers/${ordered}/plaatsing`,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'gi-court-orders');
  });

  it('lets Gijs take the decision as a form, and shows the refusal in Dutch with its rule: no place is reserved yet, nothing is written', async () => {
    const page = await web.openAs(people.gijs, '/gi');
    const placement = cardsOf(page, 'Plaatsingsverzoeken en besluiten').first();
    await placement.getByRole('link', { name: 'Plaatsing besluiten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plaatsing besluiten' }).waitFor();
    await page.getByRole('button', { name: 'Vastleggen' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.locator('#veld-placementId').selectOption(id(1821));
    await page.locator('#veld-reasons').fill('Een pleeggezin dicht bij school');
    await page.locator('#veld-viewsHeard-0-participant').fill('Sanne');
    await page.locator('#veld-viewsHeard-0-view').fill('Wil graag op dezelfde school blijven');
    await page.locator('#veld-behaviouralScientistConsent-name').fill('Dr. Eva de Wit');
    const before = await web.casus.revisionOf(ordered);
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    const refusal = page.getByRole('alert');
    await refusal.getByText('Dit is niet vastgelegd').waitFor();
    await refusal.getByText(/Regel: PLACEMENT\./).waitFor();
    expect(await web.casus.revisionOf(ordered)).toBe(before);
    expect(await accessibilityViolations(page)).toEqual([]);

    const request = await web.openAs(people.gijs, `/dossiers/${ordered}/stap/RequestPlacement`);
    await request.getByRole('heading', { level: 1, name: 'Plaatsing aanvragen' }).waitFor();
    await request.getByRole('button', { name: 'Vastleggen' }).waitFor();
    expect(await accessibilityViolations(request)).toEqual([]);
  });

  it.each([
    [people.anouk, '/jeugdlink', 'Verzoeken'],
    [people.gijs, '/gi', 'Maatregelen'],
  ])('reflows to 320 px wide (%#)', async (actor, path, title) => {
    const page = await web.openAs(actor, path, { width: 320 });
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { level: 3 }).first().waitFor();
    expect(await overflowAt(page, 320)).toBeLessThanOrEqual(0);
  });
});
