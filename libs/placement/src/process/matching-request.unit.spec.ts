import { evolve, initialState, type CaseEvent, type ExistingCase, type PlacementSurroundings } from '@casus/domain';
import { defaultMatchingConfig, match, type PlacementOption } from '@casus/matching';
import { event, ids, uuid } from '../../../domain/src/case/testing/fixtures';
import * as story from '../../../domain/src/case/testing/story';
import { keptApartFrom, matchRequestFor, placesFor } from './matching-request';

const grandmothersNetwork = uuid(700);
const parentsHome = { lat: 52.0402, lon: 5.6649 }; // Ede
const school = { lat: 52.0451, lon: 5.6702 };
const fathersAddress = { lat: 51.9851, lon: 5.8987 }; // Arnhem: a contact ban

const place = (n: number, overrides: Partial<PlacementOption>): PlacementOption => ({
  optionId: uuid(n),
  kind: 'bestandspleeggezin',
  provider: 'Pleegzorg Gelderland',
  municipality: 'Ede',
  municipalityCode: 'GM0228',
  region: 'FoodValley',
  location: { lat: 52.03, lon: 5.65 },
  capacity: 2,
  reserved: 0,
  occupied: 0,
  ageRange: { min: 0, max: 17 },
  careIntensities: ['light', 'medium', 'intensive'],
  specialisations: [],
  maxSiblingGroup: 2,
  status: 'active',
  ...overrides,
});

const options = {
  grandmother: place(801, {
    kind: 'netwerkpleeggezin',
    networkFamilyId: grandmothersNetwork,
    location: { lat: 52.06, lon: 5.62 },
    careIntensities: ['light', 'medium'],
  }),
  fosterFamily: place(802, { location: { lat: 52.04, lon: 5.66 }, specialisations: ['trauma'] }),
  residential: place(803, {
    kind: 'residentieel',
    capacity: 12,
    maxSiblingGroup: 4,
    municipality: 'Barneveld',
    municipalityCode: 'GM0203',
    location: { lat: 52.14, lon: 5.58 },
  }),
  otherNetwork: place(804, { kind: 'netwerkpleeggezin', networkFamilyId: uuid(701) }),
  nearFather: place(805, {
    kind: 'gezinshuis',
    municipality: 'Arnhem',
    municipalityCode: 'GM0202',
    region: 'Centraal Gelderland',
    location: { lat: 51.99, lon: 5.9 },
  }),
};

function caseRequesting(surroundings: PlacementSurroundings): ExistingCase {
  const requested = story.placementRequested(ids.placement, [ids.sanne, ids.daan], 'voluntary');
  const events: CaseEvent[] = [
    story.signalRegistered,
    ...story.parentsRecorded,
    ...story.parentsConsented,
    event('PlacementRequested', { ...requested.data, ...surroundings }),
  ];
  return events.reduce(evolve, initialState()) as ExistingCase;
}

describe("the request carries the child's surroundings into matching", () => {
  const caseState = caseRequesting({
    parentsHome,
    school,
    region: 'FoodValley',
    familyNetworkId: grandmothersNetwork,
    excludedAreas: [{ center: fathersAddress, radiusKm: 10, reason: 'near the address of the father, who has a contact ban' }],
  });
  const all = Object.values(options);
  const request = matchRequestFor(caseState, ids.placement, all);
  const result = match(request, all, defaultMatchingConfig);

  test('parents, school, region, network and excluded areas come from the request', () => {
    expect(request).toMatchObject({
      parentsHome,
      school,
      region: 'FoodValley',
      familyNetworkId: grandmothersNetwork,
    });
    expect(request.excludedAreas).toHaveLength(1);
  });

  test("a netwerkpleeggezin of the children's own network outranks a bestandspleeggezin, which outranks residential care", () => {
    expect(result.ranked.map((r) => r.optionId)).toEqual([
      options.grandmother.optionId,
      options.fosterFamily.optionId,
      options.residential.optionId,
    ]);
    const grandmother = result.ranked[0];
    expect(grandmother.criteria.map((c) => c.criterion)).toEqual(
      expect.arrayContaining(['family-form', 'distance-to-parents', 'distance-to-school', 'home-municipality']),
    );
  });

  test("another family's network and a place near the father are excluded, each with its reason", () => {
    expect(result.excluded).toEqual([
      { optionId: options.otherNetwork.optionId, reasons: [expect.objectContaining({ code: 'OTHER_FAMILY_NETWORK' })] },
      {
        optionId: options.nearFather.optionId,
        reasons: [expect.objectContaining({ code: 'IN_EXCLUDED_AREA', message: expect.stringContaining('contact ban') })],
      },
    ]);
  });

  test('without a stated network the case is its own network, and distance criteria do not count', () => {
    const bare = matchRequestFor(caseRequesting({}), ids.placement, all);
    expect(bare).toMatchObject({ familyNetworkId: ids.case, excludedAreas: [] });
    expect(bare).not.toHaveProperty('parentsHome');
    const ranked = match(bare, all, defaultMatchingConfig).ranked;
    expect(ranked.map((r) => r.optionId)).not.toContain(options.grandmother.optionId);
    expect(ranked[0].criteria.map((c) => c.criterion)).not.toContain('distance-to-parents');
  });
});

describe('siblings placed apart', () => {
  const reason = 'Daan hurts Sanne; the behavioural scientist advises apart';
  const daanLivesAtFosterFamily: CaseEvent[] = [
    story.signalRegistered,
    ...story.parentsRecorded,
    ...story.parentsConsented,
    story.placementRequested(ids.secondPlacement, [ids.daan], 'voluntary'),
    {
      ...story.placementDecided(ids.secondPlacement),
      data: { ...story.placementDecided(ids.secondPlacement).data, optionId: options.fosterFamily.optionId },
    },
    story.placementStarted(ids.secondPlacement),
  ];
  const all = Object.values(options);

  test("a child protected from a sibling is never matched to the sibling's place, and the sibling bonus does not pull her there", () => {
    const requested = story.placementRequested(ids.placement, [ids.sanne], 'voluntary', reason);
    const caseState = [...daanLivesAtFosterFamily, event('PlacementRequested', { ...requested.data, keptApartFrom: [ids.daan] })].reduce(
      evolve,
      initialState(),
    ) as ExistingCase;
    const result = match(matchRequestFor(caseState, ids.placement, all), all, defaultMatchingConfig);
    expect(result.ranked.map((r) => r.optionId)).not.toContain(options.fosterFamily.optionId);
    expect(result.excluded).toContainEqual({
      optionId: options.fosterFamily.optionId,
      reasons: [expect.objectContaining({ code: 'SIBLING_KEPT_APART' })],
    });
  });

  test('a sibling who is kept apart from a child is kept apart from her too, and each group asks room for all its children', () => {
    const tim = uuid(13);
    const caseState = [
      {
        ...story.signalRegistered,
        data: {
          ...story.signalRegistered.data,
          children: [...story.signalRegistered.data.children, { childId: tim, birthDate: '2018-01-01' }],
        },
      },
      ...story.parentsRecorded,
      ...story.parentsConsented,
      event('PlacementRequested', {
        ...story.placementRequested(ids.placement, [ids.sanne, tim], 'voluntary', reason).data,
        keptApartFrom: [ids.daan],
      }),
      story.placementRequested(ids.secondPlacement, [ids.daan], 'voluntary', reason),
    ].reduce(evolve, initialState()) as ExistingCase;
    expect(matchRequestFor(caseState, ids.placement, all).children).toHaveLength(2);
    expect(placesFor(matchRequestFor(caseState, ids.placement, all))).toBe(2);
    expect(keptApartFrom(caseState, ids.secondPlacement)).toEqual([ids.sanne, tim]);
  });
});
