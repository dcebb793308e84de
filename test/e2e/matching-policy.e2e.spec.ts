import { placementRequest } from './support/case-story';
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
});
