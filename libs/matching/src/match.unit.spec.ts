import { defaultMatchingConfig } from './config';
import { match } from './match';
import type { MatchRequest } from './match-request';
import type { PlacementOption } from './placement-option';
import { livingInEde } from '../test/requests';

const ede = { lat: 52.0402, lon: 5.6649 };
const edeSchool = { lat: 52.0445, lon: 5.6572 };
const barneveld = { lat: 52.1405, lon: 5.5847 };
const utrecht = { lat: 52.0907, lon: 5.1214 };
const zwolle = { lat: 52.5168, lon: 6.083 };

// Noah (10) and Lotte (8) are to be placed together; their aunt in Ede is their netwerkpleeggezin.
const request: MatchRequest = {
  placementId: 'placement-1',
  children: [
    { childId: 'noah', birthDate: '2016-05-01' },
    { childId: 'lotte', birthDate: '2018-07-15' },
  ],
  referenceDate: '2026-11-23',
  needs: { careIntensity: 'medium', specialisations: ['trauma'] },
  familyNetworkId: 'family-de-vries',
  parentsHome: ede,
  school: edeSchool,
  ...livingInEde,
};

const place = (optionId: string, overrides: Partial<PlacementOption> = {}): PlacementOption => ({
  optionId,
  kind: 'bestandspleeggezin',
  provider: 'Pleegzorg Gelderland',
  municipality: 'Ede',
  municipalityCode: 'GM0228',
  region: 'FoodValley',
  location: ede,
  capacity: 2,
  reserved: 0,
  occupied: 0,
  ageRange: { min: 0, max: 18 },
  careIntensities: ['light', 'medium', 'intensive'],
  specialisations: ['trauma'],
  maxSiblingGroup: 3,
  status: 'active',
  ...overrides,
});

const aunt = place('aunt', { kind: 'netwerkpleeggezin', networkFamilyId: 'family-de-vries' });

describe('match', () => {
  it("ranks the aunt's home first, and names the matching and config versions", () => {
    const result = match(
      request,
      [
        place('residential-utrecht', {
          kind: 'residentieel',
          location: utrecht,
          municipality: 'Utrecht',
          municipalityCode: 'GM0344',
          region: 'Utrecht',
        }),
        place('foster-ede'),
        aunt,
      ],
      defaultMatchingConfig,
    );

    expect(result.matchingVersion).toBe('casus-matching/1');
    expect(result.configVersion).toBe('casus-matching-config/2');
    expect(result.placementId).toBe('placement-1');
    expect(result.ranked.map((option) => option.optionId)).toEqual(['aunt', 'foster-ede', 'residential-utrecht']);
    expect(result.ranked[0].score).toBe(1);
    expect(result.excluded).toEqual([]);
  });

  it('excludes a place for every hard rule it breaks, with a stable code and plain words', () => {
    const result = match(
      { ...request, excludedAreas: [{ center: barneveld, radiusKm: 5, reason: "the father's address (contact ban)" }] },
      [
        place('paused', { status: 'paused' }),
        place('withdrawn', { status: 'withdrawn' }),
        place('one-place-left', { capacity: 3, reserved: 1, occupied: 1 }),
        place('no-siblings', { maxSiblingGroup: 1 }),
        place('young-children', { ageRange: { min: 0, max: 9 } }),
        place('light-care-only', { careIntensities: ['light'] }),
        place('other-network', { kind: 'netwerkpleeggezin', networkFamilyId: 'family-jansen' }),
        place('near-father', { location: barneveld, municipality: 'Barneveld', municipalityCode: 'GM0203' }),
      ],
      defaultMatchingConfig,
    );

    expect(result.ranked).toEqual([]);
    expect(Object.fromEntries(result.excluded.map(({ optionId, reasons }) => [optionId, reasons]))).toEqual({
      paused: [{ code: 'OPTION_PAUSED', message: 'the provider has paused this place' }],
      withdrawn: [{ code: 'OPTION_WITHDRAWN', message: 'the provider has withdrawn this place' }],
      'one-place-left': [{ code: 'NO_FREE_CAPACITY', message: 'has fewer than 2 free places, needed for the 2 siblings together' }],
      'no-siblings': [{ code: 'SIBLING_GROUP_TOO_LARGE', message: 'does not take a group of 2 siblings' }],
      'young-children': [{ code: 'AGE_OUT_OF_RANGE', message: 'does not take noah (10) and lotte (8): outside its age range' }],
      'light-care-only': [{ code: 'CARE_INTENSITY_NOT_OFFERED', message: 'does not offer medium care' }],
      'other-network': [{ code: 'OTHER_FAMILY_NETWORK', message: "a netwerkpleeggezin in another family's network" }],
      'near-father': [{ code: 'IN_EXCLUDED_AREA', message: "within 5 km of an excluded place: the father's address (contact ban)" }],
    });
  });

  it('lists all reasons together, so one fix does not hide the next', () => {
    const result = match(request, [place('full-and-paused', { status: 'paused', occupied: 2 })], defaultMatchingConfig);

    expect(result.excluded[0].reasons.map((reason) => reason.code)).toEqual(['OPTION_PAUSED', 'NO_FREE_CAPACITY']);
  });

  it('names every excluded area a place lies in, also when the request names more areas than a number has bits', () => {
    // The API takes up to 100 areas; a bit per area in one number kept only 53 of them exact.
    const areas = Array.from({ length: 60 }, (_, area) => ({ center: barneveld, radiusKm: 1 + area, reason: `address ${area + 1}` }));
    const result = match(
      { ...request, excludedAreas: areas },
      [place('paused-near-father', { status: 'paused', location: barneveld })],
      defaultMatchingConfig,
    );

    expect(result.excluded[0].reasons).toEqual([
      { code: 'OPTION_PAUSED', message: 'the provider has paused this place' },
      ...areas.map((area) => ({ code: 'IN_EXCLUDED_AREA', message: `within ${area.radiusKm} km of an excluded place: ${area.reason}` })),
    ]);
  });

  it('does not offer a netwerkpleeggezin to a child whose family has no network on record', () => {
    const result = match({ ...request, familyNetworkId: undefined }, [aunt], defaultMatchingConfig);

    expect(result.excluded[0].reasons.map((reason) => reason.code)).toEqual(['OTHER_FAMILY_NETWORK']);
  });

  it('needs room in one place for all the children of the request: they live together', () => {
    const onePlace = place('one-place', { capacity: 1, maxSiblingGroup: 1 });

    expect(match(request, [onePlace], defaultMatchingConfig).excluded[0].reasons.map((reason) => reason.code)).toEqual([
      'NO_FREE_CAPACITY',
      'SIBLING_GROUP_TOO_LARGE',
    ]);
  });

  it('does not propose again a place that declined this child', () => {
    const declined = place('declined-before');
    const result = match({ ...request, declinedOptionIds: [declined.optionId] }, [declined], defaultMatchingConfig);

    expect(result.excluded[0].reasons.map((reason) => reason.code)).toEqual(['DECLINED_BEFORE']);
  });

  it('never ranks the place of a brother or sister the child is kept apart from, whatever the sibling bonus', () => {
    const brothersPlace = place('brother-lives-here');
    const result = match(
      { ...request, siblingOptionIds: [brothersPlace.optionId], keptApartOptionIds: [brothersPlace.optionId] },
      [brothersPlace],
      defaultMatchingConfig,
    );

    expect(result.ranked).toEqual([]);
    expect(result.excluded[0].reasons.map((reason) => reason.code)).toEqual(['SIBLING_KEPT_APART']);
  });

  it('explains every criterion with its weight, raw value and contribution', () => {
    const barneveldHome = place('gezinshuis-barneveld', {
      kind: 'gezinshuis',
      municipality: 'Barneveld',
      municipalityCode: 'GM0203',
      location: barneveld,
      careIntensities: ['medium', 'intensive'],
      specialisations: [],
    });
    const [ranked] = match(
      { ...request, needs: { careIntensity: 'medium', specialisations: ['trauma', 'autism'] }, earlierOptionIds: ['elsewhere'] },
      [barneveldHome],
      defaultMatchingConfig,
    ).ranked;

    expect(ranked.criteria).toEqual([
      {
        criterion: 'family-form',
        weight: 40,
        raw: 'gezinshuis',
        value: 0.5,
        contribution: 20,
        explanation: 'gezinshuis, family form 3 of 5 in "zo thuis mogelijk": ranked before every later form',
      },
      {
        criterion: 'distance-to-parents',
        weight: 6,
        raw: 12,
        value: 25 / 32,
        contribution: (6 * 25) / 32,
        explanation: "12 km from the parents' home",
      },
      {
        criterion: 'distance-to-school',
        weight: 5,
        raw: 12,
        value: 25 / 32,
        contribution: (5 * 25) / 32,
        explanation: '12 km from school',
      },
      {
        criterion: 'home-municipality',
        weight: 4,
        raw: 'region',
        value: 0.5,
        contribution: 2,
        explanation: "in the child's region, FoodValley",
      },
      {
        criterion: 'specialisations',
        weight: 7,
        raw: 0,
        value: 0,
        contribution: 0,
        explanation: 'offers none of the wanted specialisations (trauma, autism)',
      },
      {
        criterion: 'room-to-scale-care',
        weight: 3,
        raw: 'up',
        value: 0.5,
        contribution: 1.5,
        explanation: 'care can be scaled up here without a move',
      },
      { criterion: 'continuity', weight: 5, raw: false, value: 0, contribution: 0, explanation: 'a place new to the child' },
    ]);
    const weights = 40 + 6 + 5 + 4 + 7 + 3 + 5;
    expect(ranked.score).toBeCloseTo((20 + (11 * 25) / 32 + 2 + 1.5) / weights, 12);
  });

  it('names the wanted specialisations a place offers', () => {
    const needs = { careIntensity: 'medium' as const, specialisations: ['trauma', 'autism', 'attachment'] };
    const [ranked] = match(
      { ...request, needs },
      [place('foster-ede', { specialisations: ['attachment', 'trauma'] })],
      defaultMatchingConfig,
    ).ranked;

    expect(ranked.criteria.find((c) => c.criterion === 'specialisations')).toMatchObject({
      raw: 2,
      value: 2 / 3,
      explanation: 'offers 2 of 3 wanted specialisations: trauma, attachment',
    });
  });

  it('lets a child without special needs, far from nothing in particular, still score 100%', () => {
    const plain: MatchRequest = {
      ...request,
      needs: { careIntensity: 'medium', specialisations: [] },
      parentsHome: undefined,
      school: undefined,
    };
    const [ranked] = match(
      plain,
      [place('aunt', { kind: 'netwerkpleeggezin', networkFamilyId: 'family-de-vries', location: zwolle, specialisations: [] })],
      defaultMatchingConfig,
    ).ranked;

    expect(ranked.criteria.map((criterion) => criterion.criterion)).toEqual(['family-form', 'home-municipality', 'room-to-scale-care']);
    expect(ranked.score).toBe(1);
  });

  it('prefers the home where a brother already lives and the place the child knew before', () => {
    const result = match(
      { ...request, siblingOptionIds: ['brother-lives-here'], earlierOptionIds: ['knew-before'] },
      [place('brother-lives-here'), place('knew-before'), place('new')],
      defaultMatchingConfig,
    );

    const criterion = (optionId: string, name: string) =>
      result.ranked.find((option) => option.optionId === optionId)?.criteria.find((c) => c.criterion === name);
    expect(criterion('brother-lives-here', 'siblings-together')).toMatchObject({ raw: true, contribution: 8 });
    expect(criterion('knew-before', 'continuity')).toMatchObject({ raw: true, contribution: 5 });
    expect(result.ranked.map((option) => option.optionId)).toEqual(['brother-lives-here', 'knew-before', 'new']);
  });

  it('refuses a request that names no child', () => {
    expect(() => match({ ...request, children: [] }, [aunt], defaultMatchingConfig)).toThrow(RangeError);
  });

  it('breaks ties by option id', () => {
    const result = match(request, [place('b'), place('c'), place('a')], defaultMatchingConfig);

    expect(result.ranked.map((option) => option.optionId)).toEqual(['a', 'b', 'c']);
  });

  it('ranks the netwerkpleeggezin far away above a residential place that has everything else', () => {
    const result = match(
      { ...request, siblingOptionIds: ['residential'], earlierOptionIds: ['residential'] },
      [
        place('residential', { kind: 'residentieel', specialisations: ['trauma'] }),
        place('aunt-in-zwolle', {
          kind: 'netwerkpleeggezin',
          networkFamilyId: 'family-de-vries',
          location: zwolle,
          municipality: 'Zwolle',
          municipalityCode: 'GM0193',
          region: 'IJsselland',
          careIntensities: ['medium'],
          specialisations: [],
        }),
      ],
      defaultMatchingConfig,
    );

    expect(result.ranked.map((option) => option.optionId)).toEqual(['aunt-in-zwolle', 'residential']);
  });
});
