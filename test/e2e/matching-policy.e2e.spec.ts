import { placementRequest, signal } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { eventually } from './support/eventually';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { id, people } from './support/people';
import { stepsToPlacementRequest } from './support/walk-to-placement-request';

const edeHome = { lat: 52.0402, lon: 5.6649 };

/** A place that fits Sanne (8, medium care, trauma) in every hard rule. */
const place = (optionId: string, kind: string, municipality: string, region: string, location: object, extra: object = {}) => ({
  optionId,
  kind,
  municipality,
  region,
  location,
  capacity: 1,
  ageRange: { min: 0, max: 17 },
  careIntensities: ['light', 'medium', 'intensive'],
  specialisations: ['trauma'],
  maxSiblingGroup: 1,
  ...extra,
});

/**
 * docs/matching.md: Casus ranks by family form first ("zo thuis mogelijk"), and the proposal records the
 * config it was made with. Sanne's grandmother lives in Utrecht, 40 km from home; a gezinshuis is next
 * door and offers trauma care, which the grandmother does not.
 */
describe('the matching policy, as the GI meets it in the proposal', () => {
  let casus: CasusApi;
  const caseId = id(2300);
  const placementId = id(2341);
  const grandmother = id(2351);
  const gezinshuis = id(2352);

  const { open, step } = caseSteps(() => casus, caseId);

  beforeAll(async () => (casus = await startCasusApi()));
  afterAll(() => casus.close());

  it("ranks the grandmother's home 40 km away above the gezinshuis next door, and records config 2 (strict)", async () => {
    const register = async (body: object) => {
      const response = await casus
        .http()
        .post('/placement-options')
        .set(await casus.as(people.priya))
        .send(body);
      expect(response.status).toBe(201);
    };
    await register(
      place(
        grandmother,
        'netwerkpleeggezin',
        'Utrecht',
        'Utrecht',
        { lat: 52.09, lon: 5.08 },
        { networkFamilyId: caseId, specialisations: [], careIntensities: ['medium'] },
      ),
    );
    await register(place(gezinshuis, 'gezinshuis', 'Ede', 'FoodValley', { lat: 52.0405, lon: 5.6652 }));

    await open();
    const walk = stepsToPlacementRequest({ placementId, otsId: id(2361), machtigingId: id(2362) });
    for (const [actor, path, body] of walk.slice(0, -1)) await step(actor, path, body);
    await step(people.gijs, 'request-placement', { ...placementRequest(placementId), parentsHome: edeHome, school: edeHome });

    const proposal = await eventually(async () => {
      const response = await casus.get(people.gijs, `/placements/${placementId}`);
      return response.status === 200 && response.body.proposal ? response.body.proposal : undefined;
    }, 'the process to propose');
    expect(proposal.configVersion).toBe('casus-matching-config/2');
    const ranked = proposal.ranked as { optionId: string; score: number; criteria: { criterion: string; explanation: string }[] }[];
    expect(ranked.map((r) => r.optionId)).toEqual([grandmother, gezinshuis]);
    // The weights alone would have put the gezinshuis first: the GI sees both figures and may choose it, with reasons.
    expect(ranked[1].score).toBeGreaterThan(ranked[0].score);
    expect(ranked[0].criteria.find((c) => c.criterion === 'family-form')?.explanation).toBe(
      'netwerkpleeggezin, family form 1 of 5 in "zo thuis mogelijk": ranked before every later form',
    );
  });

  // A second case, opened as "Gemeente Ede"; the place is registered as "ede". Both are GM0228.
  const edeCaseId = id(2400);
  const edePlacementId = id(2441);
  const edeFosterFamily = id(2451);
  const edeCase = caseSteps(() => casus, edeCaseId);
  const proposalOf = (placement: string) =>
    eventually(async () => {
      const response = await casus.get(people.gijs, `/placements/${placement}`);
      return response.status === 200 && response.body.proposal ? response.body.proposal : undefined;
    }, 'the process to propose');

  it('compares municipalities by CBS gemeentecode: "Gemeente Ede" and "ede" are one municipality', async () => {
    const response = await casus
      .http()
      .post('/placement-options')
      .set(await casus.as(people.priya))
      .send(place(edeFosterFamily, 'bestandspleeggezin', 'ede', 'FoodValley', edeHome, { municipalityCode: 'GM0228' }));
    expect(response.status).toBe(201);
    await edeCase.open(edeCaseId, { municipality: 'Gemeente Ede' });
    const walk = stepsToPlacementRequest({ placementId: edePlacementId, otsId: id(2461), machtigingId: id(2462) });
    for (const [actor, path, body] of walk) await edeCase.step(actor, path, body);

    const proposal = await proposalOf(edePlacementId);
    const ranked = proposal.ranked as { optionId: string; criteria: { criterion: string; raw: unknown; explanation: string }[] }[];
    expect(ranked.find((r) => r.optionId === edeFosterFamily)?.criteria.find((c) => c.criterion === 'home-municipality')).toMatchObject({
      raw: 'municipality',
      explanation: "in the child's own municipality, Gemeente Ede",
    });
  });

  it('refuses a signal or a place in a municipality it does not know by name without its code, and a malformed code, writing nothing', async () => {
    const bergenCase = id(2500);
    const opened = await casus
      .http()
      .post('/cases')
      .set(await casus.as(people.lotte))
      .send({ ...signal(bergenCase), municipality: 'Bergen' });
    expect({ status: opened.status, code: opened.body.code }).toEqual({ status: 422, code: 'MUNICIPALITY.UNKNOWN' });
    expect(opened.body.detail).toContain('GM0228');
    const malformed = await casus
      .http()
      .post('/cases')
      .set(await casus.as(people.lotte))
      .send({ ...signal(bergenCase), municipality: 'Bergen', municipalityCode: 'gm373' });
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).toContain('municipalityCode');
    expect(await casus.eventsOf(bergenCase)).toEqual([]);

    const bergenPlace = id(2551);
    const registered = await casus
      .http()
      .post('/placement-options')
      .set(await casus.as(people.priya))
      .send(place(bergenPlace, 'bestandspleeggezin', 'Bergen', 'Noord-Holland Noord', edeHome));
    expect({ status: registered.status, code: registered.body.code }).toEqual({ status: 422, code: 'MUNICIPALITY.UNKNOWN' });
    const listed = await casus.get(people.priya, '/placement-options');
    expect(listed.body.items.map((o: { optionId: string }) => o.optionId)).not.toContain(bergenPlace);
  });
});
