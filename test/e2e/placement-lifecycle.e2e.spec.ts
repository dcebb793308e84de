import { courtOrder, jeugdlinkJoin, jeugdlinkRequest, lead, mother, safetyPlan, unsafeAssessment } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { eventually } from './support/eventually';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { family, id, people, type Actor } from './support/people';
import { everyoneHeardOnThePlace } from './support/heard-on-the-place';
import { providerAccepts } from './support/provider-accepts';

const linde: Actor = { id: id(110), role: 'provider', team: 'plaatsing', organisation: 'Gezinshuis De Linde', name: 'Karin Hoekstra' };
const pluryn: Actor = { id: id(111), role: 'provider', team: 'aanmelding', organisation: 'Pluryn', name: 'Bas Willems' };

const ede = { lat: 52.0402, lon: 5.6649 };
const school = { lat: 52.0451, lon: 5.6702 };
const unclesAddress = { lat: 51.9851, lon: 5.8987 }; // Arnhem
const familyNetwork = id(990);

const place = (
  optionId: string,
  kind: string,
  municipality: string,
  region: string,
  location: { lat: number; lon: number },
  extra: object = {},
) => ({
  optionId,
  kind,
  municipality,
  region,
  location,
  capacity: 2,
  ageRange: { min: 4, max: 17 },
  careIntensities: ['light', 'medium'],
  specialisations: ['trauma'],
  maxSiblingGroup: 2,
  ...extra,
});

/**
 * Issue 5's "done when": providers register places, a GI asks for a place for two siblings under a
 * machtiging, the placement process proposes and reserves the most family-like place, the GI decides,
 * the placement starts, the children go home after a joint decision, and the place is free again —
 * all over HTTP, with the case's timeline telling the story.
 */
describe('placement of two siblings, from the providers’ places to the return home', () => {
  let casus: CasusApi;
  const caseId = id(1900);
  const placementId = id(1941);
  const options = {
    aunt: id(1951), // netwerkpleeggezin: Sanne and Daan's aunt
    fosterFamily: id(1952),
    gezinshuis: id(1953),
    residential: id(1954),
    smallFosterFamily: id(1955),
    gezinshuisArnhem: id(1956),
  };
  const conditions = [id(1971), id(1972)];

  const { open, step, read: get } = caseSteps(() => casus, caseId);
  const register = async (actor: Actor, body: object): Promise<string> => {
    const response = await casus
      .http()
      .post('/placement-options')
      .set(await casus.as(actor))
      .send(body);
    expect(response.status).toBe(201);
    return response.body.position;
  };
  const available = async (minPosition?: string, reader: Actor = people.gijs) =>
    (await get(reader, `/placement-options?available=true${minPosition ? `&minPosition=${minPosition}` : ''}`)).items as {
      optionId: string;
      free: number;
    }[];
  const placementView = () => get(people.gijs, `/placements/${placementId}`);
  const caseView = async () => (await get(people.lotte, `/cases/${caseId}`)).case;

  beforeAll(async () => (casus = await startCasusApi()));
  afterAll(() => casus.close());

  it('places Sanne and Daan with their aunt and brings them home, over HTTP', async () => {
    // Providers register their places.
    await register(
      people.priya,
      place(
        options.aunt,
        'netwerkpleeggezin',
        'Ede',
        'FoodValley',
        { lat: 52.0521, lon: 5.6401 },
        { networkFamilyId: familyNetwork, specialisations: [] },
      ),
    );
    await register(people.priya, place(options.fosterFamily, 'bestandspleeggezin', 'Ede', 'FoodValley', { lat: 52.03, lon: 5.66 }));
    await register(
      people.priya,
      place(options.smallFosterFamily, 'bestandspleeggezin', 'Ede', 'FoodValley', { lat: 52.03, lon: 5.67 }, { capacity: 1 }),
    );
    await register(
      linde,
      place(
        options.gezinshuis,
        'gezinshuis',
        'Veenendaal',
        'FoodValley',
        { lat: 52.0286, lon: 5.5589 },
        { capacity: 4, maxSiblingGroup: 3 },
      ),
    );
    await register(
      linde,
      place(
        options.gezinshuisArnhem,
        'gezinshuis',
        'Arnhem',
        'Centraal Gelderland',
        { lat: 51.99, lon: 5.9 },
        { capacity: 4, maxSiblingGroup: 3 },
      ),
    );
    const registered = await register(
      pluryn,
      place(
        options.residential,
        'residentieel',
        'Barneveld',
        'FoodValley',
        { lat: 52.14, lon: 5.58 },
        { capacity: 12, maxSiblingGroup: 4, careIntensities: ['medium', 'intensive'] },
      ),
    );
    const beforeRequest = await available(registered);
    expect(beforeRequest.map((o) => o.optionId).sort()).toEqual(Object.values(options).sort());

    // The case up to the machtiging uithuisplaatsing for both children.
    await open();
    await step(people.lotte, 'assign-case-lead', lead);
    await step(people.lotte, 'record-family-member', mother);
    await step(people.lotte, 'record-family-member', {
      familyMemberId: family.father,
      name: 'Mark de Vries',
      relation: 'parent',
      parentalAuthorityOver: [family.sanne, family.daan],
      contact: { email: 'mark@example.org' },
    });
    await step(people.lotte, 'record-safety-assessment', unsafeAssessment);
    await step(people.lotte, 'agree-safety-plan', safetyPlan);
    await step(people.lotte, 'request-jeugdlink', jeugdlinkRequest);
    await step(people.anouk, 'join-jeugdlink', jeugdlinkJoin);
    let order = 1960;
    for (const childId of [family.sanne, family.daan]) {
      for (const [kind, validUntil] of [
        ['ots', '2027-11-19'],
        ['machtiging-uithuisplaatsing', '2027-05-19'],
      ]) {
        await step(people.lotte, 'record-court-order', courtOrder(id(++order), kind, validUntil, childId));
      }
    }

    // The GI asks for one place for both children, with what matters for "zo thuis mogelijk".
    await step(people.gijs, 'request-placement', {
      placementId,
      childIds: [family.sanne, family.daan],
      legalBasis: 'court-order',
      needs: { careIntensity: 'medium', specialisations: [], description: 'Two siblings who need calm, routine and each other' },
      urgency: 'regular',
      intendedStartOn: '2026-11-25',
      parentsHome: ede,
      school,
      region: 'FoodValley',
      familyNetworkId: familyNetwork,
      excludedAreas: [{ center: unclesAddress, radiusKm: 10, reason: 'near the uncle the children must not meet' }],
    });

    // The process proposes a ranked list with reasons and reserves the best family-form place.
    const proposed = await eventually(async () => {
      const response = await casus.get(people.gijs, `/placements/${placementId}`);
      return response.status === 200 && response.body.reservation ? response.body : undefined;
    }, 'the process to reserve a place');
    expect(proposed.proposal.ranked.map((r: { optionId: string }) => r.optionId)).toEqual([
      options.aunt,
      options.fosterFamily,
      options.gezinshuis,
      options.residential,
    ]);
    expect(proposed.proposal.ranked[0].criteria).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ criterion: 'family-form', raw: 'netwerkpleeggezin' }),
        expect.objectContaining({ criterion: 'distance-to-parents', explanation: "2 km from the parents' home" }),
        expect.objectContaining({ criterion: 'distance-to-school', explanation: '2 km from school' }),
        expect.objectContaining({ criterion: 'home-municipality' }),
      ]),
    );
    const excluded = Object.fromEntries(
      proposed.proposal.excluded.map((e: { optionId: string; reasons: { code: string }[] }) => [e.optionId, e.reasons.map((r) => r.code)]),
    );
    expect(excluded).toEqual({ [options.smallFosterFamily]: ['NO_FREE_CAPACITY'], [options.gezinshuisArnhem]: ['IN_EXCLUDED_AREA'] });
    expect(
      proposed.proposal.excluded.find((e: { optionId: string }) => e.optionId === options.gezinshuisArnhem).reasons[0].message,
    ).toContain('the uncle');
    expect(proposed.reservation).toMatchObject({ optionId: options.aunt, places: 2 });

    // The reservation's expiry is on the case team's deadline list, and the aunt's places are taken.
    const reservationDeadline = await eventually(async () => {
      const { items } = await get(people.lotte, `/deadlines?caseId=${caseId}`);
      return items.find((d: { kind: string }) => d.kind === 'reservation-expiry');
    }, 'the reservation deadline');
    expect(reservationDeadline).toMatchObject({
      team: 'wijkteam-ede-noord',
      placementId,
      status: 'open',
      dueAt: proposed.reservation.expiresAt,
    });
    const whileReserved = await eventually(async () => {
      const items = await available();
      return items.some((o) => o.optionId === options.aunt) ? undefined : items;
    }, 'the reserved place to leave the available list');
    expect(whileReserved.map((o) => o.optionId)).toContain(options.fosterFamily);

    // The GI decides, with the behavioural scientist's consent; the process starts the placement.
    await providerAccepts(casus, placementId);
    await everyoneHeardOnThePlace(casus, caseId, placementId, people.gijs);
    const decided = await step(people.gijs, 'decide-placement', {
      placementId,
      reasons: 'Their aunt: their own network, ten minutes from school and from home, room for both',
      viewsHeard: [
        { participant: 'Sanne', view: 'I want to stay with Daan and keep my school' },
        { participant: 'mother', view: 'Better with my sister than with strangers' },
      ],
      behaviouralScientistConsent: { name: 'Dr. Y. Peters', consentedOn: '2026-11-23' },
    });
    const { items: afterDecision } = await get(people.lotte, `/deadlines?caseId=${caseId}&minPosition=${decided.position}`);
    expect(afterDecision.find((d: { kind: string }) => d.kind === 'reservation-expiry')).toMatchObject({
      status: 'met',
      closedBy: { type: 'PlacementDecided' },
    });
    await eventually(async () => ((await caseView()).placements[0].status === 'active' ? true : undefined), 'the placement to start');
    const started = await eventually(async () => {
      const view = await placementView();
      return view.startSent ? view : undefined;
    }, 'the process to record the start');
    expect(started).toMatchObject({ placeTaken: true, parked: null });

    // The plan of action, the return-home plan and its conditions.
    await step(people.lotte, 'record-placement-plan', {
      placementId,
      perspectiveDecisionOn: '2027-05-01',
      justification: 'Sanne is 12 and Daan 7; return home is realistic once the violence has stopped',
    });
    await step(people.lotte, 'draft-return-home-plan', {
      placementId,
      conditions: [
        { conditionId: conditions[0], description: 'No violence at home for three months', responsible: 'the parents' },
        { conditionId: conditions[1], description: 'Father follows the anger-management course', responsible: 'father, with the wijkteam' },
      ],
      support: 'Weekly home visits by the wijkteam; parenting support for both parents',
      targetOn: '2027-03-01',
    });
    for (const conditionId of conditions) {
      await step(people.lotte, 'assess-return-condition', {
        placementId,
        conditionId,
        met: true,
        evidence: 'Police, school and course report confirm it',
        assessedOn: '2026-11-23',
      });
    }

    // The joint return decision, every participant in their own words.
    await step(people.gijs, 'record-return-decision', {
      placementId,
      decisionId: id(1981),
      decidedOn: '2026-11-23',
      outcome: { kind: 'return-home' },
      views: [
        {
          participant: 'child',
          childId: family.sanne,
          heard: true,
          statement: 'I want to go home, but visit my aunt on Sundays',
          prefers: 'return-home',
        },
        { participant: 'child', childId: family.daan, heard: true, statement: 'Home, with my own bed', prefers: 'return-home' },
        { participant: 'parent', familyMemberId: family.mother, statement: 'We are ready and we know who to call', prefers: 'return-home' },
        {
          participant: 'parent',
          familyMemberId: family.father,
          statement: 'The course helped; I want my children home',
          prefers: 'return-home',
        },
        {
          participant: 'caregiver',
          name: 'Annemiek de Vries (aunt, foster parent)',
          organisation: 'Pleegzorg Gelderland',
          statement: 'They are ready; we stay close',
          prefers: 'return-home',
        },
        {
          participant: 'gemeente',
          name: people.lotte.name,
          organisation: people.lotte.organisation,
          statement: 'Aftercare is arranged',
          prefers: 'return-home',
        },
        {
          participant: 'provider',
          name: people.priya.name,
          organisation: people.priya.organisation,
          statement: 'The foster care went well',
          prefers: 'return-home',
        },
        {
          participant: 'gi',
          name: people.gijs.name,
          organisation: people.gijs.organisation,
          statement: 'Both conditions are met',
          prefers: 'return-home',
        },
      ],
      rationale: 'Both conditions met; everyone heard agrees the children can go home',
    });
    const home = await step(people.lotte, 'record-return-home', {
      placementId,
      returnedOn: '2026-11-23',
      aftercare: 'Six months of weekly home visits',
    });

    // The process vacates the aunt's places: free again, as their provider sees (the GI places no child now).
    const freeAgain = await eventually(
      async () => (await available(undefined, people.priya)).find((o) => o.optionId === options.aunt),
      "the aunt's places to be free again",
    );
    expect(freeAgain).toMatchObject({ free: 2 });
    const done = await placementView();
    expect(done).toMatchObject({ placeFreed: true, concluded: { cause: 'ChildReturnedHome' } });
    expect(done.history.map((e: { type: string }) => e.type)).toEqual([
      'PlacementProcessStarted',
      'PlacementCandidatesProposed',
      'CandidateReserved',
      'ReservationAccepted',
      'PlacementDecisionNoted',
      'PlaceTaken',
      'PlacementStartSent',
      'PlacementConcluded',
      'PlaceFreed',
    ]);

    // The case's timeline tells the story.
    const { steps } = (await casus.get(people.lotte, `/cases/${caseId}/timeline?minPosition=${home.position}`, { 'Accept-Language': 'en' }))
      .body;
    const lines = steps.map((s: { summary: string }) => s.summary);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Signal from Veilig Thuis about 2 children in Ede: domestic violence, neglect',
        'Out-of-home placement authorisation (machtiging uithuisplaatsing) issued by Rechtbank Gelderland, valid 2026-11-20 to 2027-05-19',
        'Placement requested for 2 children under a court order; care medium',
        'Placement decided with Pleegzorg Gelderland: Their aunt: their own network, ten minutes from school and from home, room for both',
        'Placement started on 2026-11-23; plan of action due 2026-12-23',
        'Return-home plan drafted with 2 conditions, target 2027-03-01',
        'Return-home condition assessed as met: Police, school and course report confirm it',
        'Joint return decision: the child returns home (8 views on record)',
        '2 children returned home on 2026-11-23; aftercare: Six months of weekly home visits',
      ]),
    );
    const order_ = (text: string) => lines.findIndex((line: string) => line.startsWith(text));
    expect(order_('Placement requested')).toBeLessThan(order_('Placement decided'));
    expect(order_('Placement decided')).toBeLessThan(order_('Placement started'));
    expect(order_('Joint return decision')).toBeLessThan(order_('2 children returned home'));
    const decidedStep = steps.find((s: { type: string }) => s.type === 'PlacementDecided');
    expect(decidedStep.by).toMatchObject({ role: 'gi', organisation: 'William Schrikker Stichting' });
  });
});
