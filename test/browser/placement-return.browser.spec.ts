import type { Page } from 'playwright-core';
import { bestandspleeggezinAt } from '../e2e/support/case-story';
import { caseSteps } from '../e2e/support/case-steps';
import { eventually } from '../e2e/support/eventually';
import { everyoneHeardOnThePlace } from '../e2e/support/heard-on-the-place';
import { family, id, people, type Actor } from '../e2e/support/people';
import { walkToPlacementRequest } from '../e2e/support/walk-to-placement-request';
import { describeInBrowser } from './support/chromium';
import { accessibilityViolations, overflowAt, screenshot } from './support/page-checks';
import { startWebCasus, type WebCasus } from './support/web-casus';

const linde: Actor = { id: id(140), role: 'provider', team: 'plaatsing', organisation: 'Gezinshuis De Linde', name: 'Karin Hoekstra' };

type Process = { reservation: { optionId: string } | null; accepted: { optionId: string } | null };

/**
 * Issue 17, placement and return home: the GI sees the ranked candidates as bars with their figures and why a place is
 * out, chooses another place; the provider answers the reservation on its page; the joint return decision is a form
 * with a fieldset per participant, and a dissenting child stands out in the result.
 */
describeInBrowser('placement candidates, the provider’s places and the joint return decision in the browser', () => {
  let web: WebCasus;
  const caseId = id(2500);
  const placementId = id(2541);
  const nearHome = id(2551);
  const furtherAway = id(2552);
  const lightCareOnly = id(2553);
  const conditionId = id(2571);
  const { step } = caseSteps(() => web.casus, caseId);

  const processNow = async (): Promise<Process> => (await web.casus.get(people.gijs, `/placements/${placementId}`)).body;
  const checked = async (page: Page) => {
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await overflowAt(page, 320)).toBeLessThanOrEqual(0);
  };

  beforeAll(async () => {
    web = await startWebCasus();
    for (const [actor, body] of [
      [people.priya, bestandspleeggezinAt(nearHome)],
      [people.priya, { ...bestandspleeggezinAt(furtherAway), location: { lat: 52.1, lon: 5.7 } }],
      [linde, { ...bestandspleeggezinAt(lightCareOnly), kind: 'gezinshuis', careIntensities: ['light'] }],
    ] as const) {
      const response = await web.casus
        .http()
        .post('/placement-options')
        .set(await web.casus.as(actor))
        .send(body);
      expect(response.status).toBe(201);
    }
    await walkToPlacementRequest(web.casus, caseId, { placementId, otsId: id(2561), machtigingId: id(2562) });
    await eventually(async () => ((await processNow()).reservation ? true : undefined), 'the process to reserve a place');
  });
  afterAll(() => web?.close());

  it('shows the GI the ranked candidates as score bars with their figures and an exclusion with its reason, and chooses another place', async () => {
    expect((await processNow()).reservation?.optionId).toBe(nearHome);
    const page = await web.openAs(people.gijs, `/dossiers/${caseId}/plaatsing`);
    await page.getByRole('heading', { level: 1, name: 'Plaatsing' }).waitFor();
    const first = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /^1\. Bestandspleeggezin van Pleegzorg Gelderland/ }) });
    await first.getByText('Gereserveerd, wacht op de aanbieder').waitFor();
    // Each bar is a labelled meter with its figure as text: the picture does not rest on colour or length.
    const meters = first.locator('meter');
    expect(await meters.count()).toBeGreaterThan(2);
    await first.getByRole('meter', { name: 'Gezinsvorm: Bestandspleeggezin' }).waitFor();
    await first.getByRole('meter', { name: 'Gemeente: eigen gemeente' }).waitFor();
    await first
      .getByText(/^\d+(,\d)? van \d+ punten$/)
      .first()
      .waitFor();
    await page.getByText('Biedt de gevraagde zorgzwaarte niet').waitFor();
    await page.getByText('Plek gereserveerd: Bestandspleeggezin van Pleegzorg Gelderland in Ede').waitFor();
    await screenshot(page, 'placement-candidates');
    await checked(page);

    await page.setViewportSize({ width: 1280, height: 900 });
    const second = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^2\. / }) });
    await second.getByText('Kies deze plek').click();
    await second.getByLabel('Waarom deze plek?').fill('Closer to her grandmother, who visits every week');
    await second.getByRole('button', { name: 'Vastleggen' }).click();
    await page
      .getByRole('status')
      .getByText('Gekozen: Bestandspleeggezin van Pleegzorg Gelderland in Ede. Het proces reserveert deze plek.')
      .waitFor();
    const moved = await eventually(async () => {
      const process = await processNow();
      return process.reservation?.optionId === furtherAway ? process : undefined;
    }, 'the process to reserve the chosen place');
    expect(moved.accepted).toBeNull();
    await page.getByText('Andere plek gekozen').first().waitFor();
    // The chosen place is now the one held, and the course says so.
    await second.getByText('Gereserveerd, wacht op de aanbieder').waitFor();
  });

  it('shows Priya the reservation on her place to answer, and her acceptance reaches the process', async () => {
    const page = await web.openAs(people.priya, '/');
    await page.getByRole('heading', { level: 1, name: 'Plekken' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/aanbieder');
    const reservation = page.getByRole('listitem').filter({ has: page.getByText('Wacht op uw antwoord') });
    await reservation.waitFor();
    await page
      .getByRole('heading', { level: 3, name: /^Bestandspleeggezin van Pleegzorg Gelderland in Ede/ })
      .first()
      .waitFor();
    await screenshot(page, 'provider-places');
    await checked(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await reservation.getByRole('button', { name: /^Accepteren: / }).click();
    await page.getByRole('status').getByText('Geaccepteerd. Het team of de GI besluit nu.').waitFor();
    expect((await processNow()).accepted?.optionId).toBe(furtherAway);
    await page.getByText('Door u geaccepteerd').waitFor();
    // Linde, another provider, sees nothing of it.
    const other = await web.openAs(linde, '/aanbieder');
    await other.getByText('Er is nu niets gereserveerd op uw plekken.').waitFor();
  });

  it('records the joint return decision with a fieldset per participant, and shows the child who wanted otherwise', async () => {
    await everyoneHeardOnThePlace(web.casus, caseId, placementId, people.gijs);
    await step(people.gijs, 'decide-placement', {
      placementId,
      reasons: 'Near her grandmother; the family knows trauma care',
      viewsHeard: [{ participant: 'Sanne', view: 'I want to keep my school' }],
      behaviouralScientistConsent: { name: 'Dr. Y. Peters', consentedOn: '2026-11-23' },
    });
    await eventually(async () => {
      const { body } = await web.casus.get(people.lotte, `/cases/${caseId}`);
      return body.case.placements[0].status === 'active' ? true : undefined;
    }, 'the placement to start');
    await step(people.lotte, 'draft-return-home-plan', {
      placementId,
      conditions: [{ conditionId, description: 'No violence at home for three months', responsible: 'the parents' }],
      support: 'Weekly home visits by the wijkteam',
      targetOn: '2027-03-01',
    });
    await step(people.lotte, 'assess-return-condition', {
      placementId,
      conditionId,
      met: true,
      evidence: 'Police and school report no incidents',
      assessedOn: '2026-11-23',
    });
    const before = await web.casus.revisionOf(caseId);

    const page = await web.openAs(people.gijs, `/dossiers/${caseId}/thuisplaatsing`);
    await page.getByRole('heading', { level: 1, name: 'Terug naar huis' }).waitFor();
    await page.getByText('No violence at home for three months').waitFor();
    await page.getByText('Vervuld', { exact: true }).waitFor();
    await page.getByLabel('Besloten op').fill('2026-11-23');
    await page.getByRole('radio', { name: 'Terug naar huis', exact: true }).check();
    await page.getByLabel('Onderbouwing').fill('The condition is met; Sanne is not ready yet, her parents and the GI are');
    const child = page.getByRole('group', { name: 'Kind geboren op 2014-05-12' });
    await child.getByRole('radio', { name: 'Ja' }).check();
    await child.getByLabel('In eigen woorden').fill('Not yet, I want to finish the school year here');
    await child.getByLabel('Voorkeur').selectOption({ label: 'Nog niet' });
    const mother = page.getByRole('group', { name: 'Ouder: Fatima de Vries' });
    await mother.getByLabel('In eigen woorden').fill('We are ready and we know who to call');
    await mother.getByLabel('Voorkeur').selectOption({ label: 'Terug naar huis' });
    const gi = page.getByRole('group', { name: 'Gecertificeerde instelling' });
    await gi.getByLabel('Naam').fill(people.gijs.name!);
    await gi.getByLabel('Organisatie').fill(people.gijs.organisation);
    await gi.getByLabel('In eigen woorden').fill('The condition is met and the aftercare is ready');
    await gi.getByLabel('Voorkeur').selectOption({ label: 'Terug naar huis' });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByRole('status').getByText('Het gezamenlijke besluit is vastgelegd.').waitFor();

    const decision = page.getByRole('article', { name: 'Besluit van 2026-11-23' });
    await decision.getByText('1 deelnemer wilde iets anders.').waitFor();
    const dissenting = decision.getByRole('listitem').filter({ hasText: 'Kind geboren op 2014-05-12' });
    await dissenting.getByText('Wijkt af van het besluit').waitFor();
    await dissenting.getByText('Not yet, I want to finish the school year here').waitFor();
    await dissenting.getByText('Voorkeur: Nog niet').waitFor();
    expect(await decision.getByText('Wijkt af van het besluit').count()).toBe(1);
    await screenshot(page, 'return-home-decision');
    await checked(page);

    expect(await web.casus.revisionOf(caseId)).toBe(before + 1);
    const { body } = await web.casus.get(people.lotte, `/cases/${caseId}`);
    expect(body.case.placements[0].returnDecisions[0]).toMatchObject({
      outcome: { kind: 'return-home' },
      views: [
        { participant: 'child', childId: family.sanne, heard: true, prefers: 'not-yet' },
        { participant: 'parent', familyMemberId: family.mother, prefers: 'return-home' },
        { participant: 'gi', name: people.gijs.name, prefers: 'return-home' },
      ],
    });
  });

  it('shows a refused decision with the Dutch words and the rule, and writes nothing', async () => {
    const before = await web.casus.revisionOf(caseId);
    const page = await web.openAs(people.gijs, `/dossiers/${caseId}/thuisplaatsing`);
    await page.getByRole('heading', { level: 1, name: 'Terug naar huis' }).waitFor();
    await page.getByLabel('Besloten op').fill('2026-11-23');
    await page.getByRole('radio', { name: 'Terug naar huis', exact: true }).check();
    await page.getByLabel('Onderbouwing').fill('Without the GI');
    const child = page.getByRole('group', { name: 'Kind geboren op 2014-05-12' });
    await child.getByRole('radio', { name: 'Ja' }).check();
    await child.getByLabel('In eigen woorden').fill('Home');
    await child.getByLabel('Voorkeur').selectOption({ label: 'Terug naar huis' });
    const mother = page.getByRole('group', { name: 'Ouder: Fatima de Vries' });
    await mother.getByLabel('In eigen woorden').fill('Home');
    await mother.getByLabel('Voorkeur').selectOption({ label: 'Terug naar huis' });
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByText('Regel: RETURN_DECISION.GI_VIEW_MISSING').waitFor();
    await page.getByText('Dit is niet vastgelegd').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await web.casus.revisionOf(caseId)).toBe(before);
  });

  it('shows an auditor the decision and its dissent, and no form: the API says the step is not theirs', async () => {
    const page = await web.openAs(people.ilse, `/dossiers/${caseId}/thuisplaatsing`);
    await page.getByRole('heading', { level: 1, name: 'Terug naar huis' }).waitFor();
    await page.getByRole('article', { name: 'Besluit van 2026-11-23' }).getByText('Wijkt af van het besluit').waitFor();
    await page.getByText(/Regel: ACCESS\./).waitFor();
    expect(await page.getByRole('button', { name: 'Besluit vastleggen' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('lets Priya read the brief of the placement in her place, refuses a capacity below its use beside the field, and pauses and resumes a place', async () => {
    const placeOf = async (optionId: string) =>
      (
        (await web.casus.get(people.priya, '/placement-options')).body.items as { optionId: string; capacity: number; status: string }[]
      ).find((place) => place.optionId === optionId)!;
    const page = await web.openAs(people.priya, '/aanbieder');
    const living = page
      .getByRole('listitem')
      .filter({ hasText: furtherAway })
      .filter({ has: page.getByText('Kind woont hier') });
    await living.getByText('Plaatsingsbrief').click();
    await living.getByText('Kind geboren op 2014-05-12').waitFor();
    await living.getByText('Needs calm and routine').waitFor();

    const card = page
      .getByRole('listitem')
      .filter({ hasText: furtherAway })
      .filter({ has: page.getByText('Capaciteit wijzigen') });
    await card.getByText('Capaciteit wijzigen').click();
    await card.getByLabel('Aantal plekken').fill('0');
    await card.getByLabel('Waarom verandert het aantal?').fill('The foster parents need a rest');
    await card.getByRole('button', { name: 'Vastleggen' }).click();
    await card.getByText('Regel: PLACEMENT_OPTION.CAPACITY_BELOW_USE').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect((await placeOf(furtherAway)).capacity).toBe(2);

    const free = page
      .getByRole('listitem')
      .filter({ hasText: nearHome })
      .filter({ has: page.getByText('Capaciteit wijzigen') });
    await free.getByText('Pauzeren').click();
    await free.getByLabel('Waarom pauzeert u deze plek?').fill('Renovation of the children’s rooms');
    await free.getByRole('button', { name: 'Vastleggen' }).click();
    await page.getByRole('status').getByText('Gepauzeerd: deze plek neemt geen nieuwe reservering aan.').waitFor();
    // The page asked the places' read model for its own step (minPosition): the card says so at once.
    await free.getByText('Gepauzeerd', { exact: true }).waitFor();
    await eventually(async () => ((await placeOf(nearHome)).status === 'paused' ? true : undefined), 'the pause in the places read model');
    await free.getByRole('button', { name: 'Weer openen' }).click();
    await page.getByRole('status').getByText('Weer open voor reserveringen.').waitFor();
    await free.getByText('Open', { exact: true }).waitFor();
    await eventually(async () => ((await placeOf(nearHome)).status === 'active' ? true : undefined), 'the resume in the places read model');
  });
});
