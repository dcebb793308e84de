import { lead, mother } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { eventually } from './support/eventually';
import { family, id, people } from './support/people';
import { everyoneHeardOnThePlace } from './support/heard-on-the-place';
import { providerAccepts } from './support/provider-accepts';

type Process = { reservation: { optionId: string } | null; concluded: { cause: string } | null; startSent: boolean };

/** Issue 15 item 2 and the placement course, as the GI and the wijkteam meet them over HTTP. */
describe('a request that no longer fits is withdrawn, and one sibling leaves a shared place', () => {
  let casus: CasusApi;
  const caseId = id(2600);
  const [firstRequest, secondRequest] = [id(2641), id(2642)];
  const [fosterFamily, gezinshuis] = [id(2651), id(2652)];
  const { open, step, refused, underCourtOrder, read: get } = caseSteps(() => casus, caseId);

  const until = (placementId: string, what: string, ok: (p: Process) => boolean) =>
    eventually(async () => {
      // 404 until the process has recorded its start.
      const response = await casus
        .http()
        .get(`/placements/${placementId}`)
        .set(await casus.as(people.gijs));
      return response.status === 200 && ok(response.body) ? (response.body as Process) : undefined;
    }, what);
  const freePlaces = async () =>
    (await get(people.priya, '/placement-options')).items.find((o: { optionId: string }) => o.optionId === fosterFamily)?.free;
  const chosen = async (optionId: string) =>
    casus
      .http()
      .post(`/placements/${secondRequest}/choose`)
      .set(await casus.as(people.gijs))
      .send({ optionId, reason: 'The children know this home from respite care' });
  const request = (placementId: string) => ({
    placementId,
    childIds: [family.sanne, family.daan],
    legalBasis: 'court-order',
    needs: { careIntensity: 'medium', specialisations: [], description: 'Two siblings who need calm and each other' },
    urgency: 'regular',
    intendedStartOn: '2026-11-25',
  });

  beforeAll(async () => {
    casus = await startCasusApi();
    for (const [optionId, kind, municipality, location] of [
      [fosterFamily, 'bestandspleeggezin', 'Ede', { lat: 52.03, lon: 5.66 }],
      [gezinshuis, 'gezinshuis', 'Veenendaal', { lat: 52.03, lon: 5.56 }],
    ] as const) {
      const placed = await casus
        .http()
        .post('/placement-options')
        .set(await casus.as(people.priya))
        .send({
          optionId,
          kind,
          municipality,
          region: 'FoodValley',
          location,
          capacity: 2,
          ageRange: { min: 4, max: 17 },
          careIntensities: ['medium'],
          specialisations: [],
          maxSiblingGroup: 2,
        });
      expect(placed.status).toBe(201);
    }
    await open();
    await step(people.lotte, 'assign-case-lead', lead);
    await step(people.lotte, 'record-family-member', mother);
    await underCourtOrder(2660);
  });
  afterAll(() => casus.close());

  it('withdraws a request with its reason: the place is free again and the children can get a new request', async () => {
    await step(people.gijs, 'request-placement', request(firstRequest));
    await until(firstRequest, 'the reservation', (p) => p.reservation !== null);
    await refused(people.gijs, 'request-placement', request(secondRequest), 422, 'PLACEMENT.CHILD_HAS_OPEN_REQUEST');

    await refused(people.gijs, 'withdraw-placement-request', { placementId: firstRequest, reason: ' ' }, 422, 'INPUT.MISSING');
    await step(people.gijs, 'withdraw-placement-request', { placementId: firstRequest, reason: 'The aunt can take them after all' });
    const ended = await until(firstRequest, 'the process to end', (p) => p.reservation === null && p.concluded !== null);
    expect(ended.concluded).toMatchObject({ cause: 'PlacementRequestWithdrawn' });
    await eventually(async () => ((await freePlaces()) === 2 ? true : undefined), 'the place to be free again');
    await refused(people.gijs, 'withdraw-placement-request', { placementId: firstRequest, reason: 'again' }, 422, 'PLACEMENT.NOT_OPEN');

    await step(people.gijs, 'request-placement', request(secondRequest));
  });

  it('lets the GI choose another ranked candidate than the one the process holds', async () => {
    await until(secondRequest, 'the reservation', (p) => p.reservation?.optionId === fosterFamily);
    const notRanked = await chosen(id(2699));
    expect({ status: notRanked.status, code: notRanked.body.code }).toEqual({ status: 422, code: 'PLACEMENT_PROCESS.NOT_A_CANDIDATE' });
    expect((await chosen(gezinshuis)).status).toBe(200);
    await until(secondRequest, 'the chosen place', (p) => p.reservation?.optionId === gezinshuis);
    expect((await chosen(fosterFamily)).status).toBe(200);
    await until(secondRequest, 'the place chosen back', (p) => p.reservation?.optionId === fosterFamily);
  });

  it('lets Daan leave the shared place (a transfer) while Sanne stays, and frees only his place', async () => {
    await providerAccepts(casus, secondRequest);
    await everyoneHeardOnThePlace(casus, caseId, secondRequest, people.gijs);
    await step(people.gijs, 'decide-placement', {
      placementId: secondRequest,
      reasons: 'A foster family with room for both',
      viewsHeard: [{ participant: 'mother', view: 'Glad they stay together' }],
      behaviouralScientistConsent: { name: 'Dr. Y. Peters', consentedOn: '2026-11-23' },
    });
    await until(secondRequest, 'the start', (p) => p.startSent);
    const leave = { placementId: secondRequest, endedOn: '2026-11-23', reason: 'transfer', explanation: 'Daan needs a gezinshuis' };
    await refused(people.lotte, 'end-placement', { ...leave, childIds: [family.mother] }, 422, 'PLACEMENT.CHILD_NOT_IN_PLACEMENT');
    await step(people.lotte, 'end-placement', { ...leave, childIds: [family.daan] });

    const { case: state } = await get(people.lotte, `/cases/${caseId}`);
    expect(state.placements.find((p: { placementId: string }) => p.placementId === secondRequest)).toMatchObject({
      status: 'active',
      childIds: [family.sanne],
      departures: [{ childIds: [family.daan], on: '2026-11-23', reason: 'transfer', explanation: 'Daan needs a gezinshuis' }],
    });
    await eventually(async () => ((await freePlaces()) === 1 ? true : undefined), "Daan's place to be free");
  });
});
