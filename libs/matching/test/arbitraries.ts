import fc from 'fast-check';
import { CARE_INTENSITIES, PLACEMENT_OPTION_KINDS, type GeoPoint, type MatchRequest, type PlacementOption } from '@casus/matching';

const MUNICIPALITIES = ['Ede', 'Barneveld', 'Wageningen', 'Utrecht', 'Zwolle'] as const;
// Some places and requests have no code on record (registered before codes were): never the own municipality.
const CODES = { Ede: 'GM0228', Barneveld: 'GM0203', Wageningen: 'GM0289', Utrecht: 'GM0344', Zwolle: 'GM0193' } as const;
const codeOf = (municipality: (typeof MUNICIPALITIES)[number], known: boolean) => (known ? CODES[municipality] : null);
const SPECIALISATIONS = ['trauma', 'autism', 'attachment', 'addiction'] as const;
const NETWORKS = ['network-a', 'network-b'] as const;

export const REFERENCE_DATE = '2026-11-23';

// Somewhere in the middle of the Netherlands, so distances span a few km to a few hundred.
export const geoPoint: fc.Arbitrary<GeoPoint> = fc.record({
  lat: fc.double({ min: 51.5, max: 53, noNaN: true }),
  lon: fc.double({ min: 4, max: 6.5, noNaN: true }),
});

const subsetOf = <T>(items: readonly T[]) => fc.subarray([...items]);
/** A sibling kept apart or a declined place rules out one or two places, not most of them. */
const fewOf = <T>(items: readonly T[]) => fc.subarray([...items], { maxLength: Math.min(2, items.length) });

export const placementOption: fc.Arbitrary<PlacementOption> = fc
  .record({
    optionId: fc.uuid(),
    kind: fc.constantFrom(...PLACEMENT_OPTION_KINDS),
    provider: fc.constantFrom('Pleegzorg Gelderland', 'Gezinshuis Oost', 'Jeugdzorg Midden'),
    municipality: fc.constantFrom(...MUNICIPALITIES),
    codeKnown: fc.boolean(),
    location: geoPoint,
    capacity: fc.integer({ min: 0, max: 6 }),
    reserved: fc.integer({ min: 0, max: 2 }),
    occupied: fc.integer({ min: 0, max: 4 }),
    minAge: fc.integer({ min: 0, max: 12 }),
    ageSpan: fc.integer({ min: 0, max: 12 }),
    careIntensities: subsetOf(CARE_INTENSITIES),
    specialisations: subsetOf(SPECIALISATIONS),
    maxSiblingGroup: fc.integer({ min: 1, max: 4 }),
    networkFamilyId: fc.constantFrom(...NETWORKS),
    status: fc.constantFrom('active', 'active', 'active', 'paused', 'withdrawn' as const),
  })
  .map(({ minAge, ageSpan, networkFamilyId, codeKnown, ...option }) => ({
    ...option,
    municipalityCode: codeOf(option.municipality, codeKnown),
    region: option.municipality === 'Zwolle' ? 'IJsselland' : 'FoodValley',
    ageRange: { min: minAge, max: minAge + ageSpan },
    ...(option.kind === 'netwerkpleeggezin' ? { networkFamilyId } : {}),
  }));

export const placementOptions = (maxLength = 30): fc.Arbitrary<PlacementOption[]> =>
  fc.uniqueArray(placementOption, { selector: (option) => option.optionId, maxLength });

const birthDate = fc
  .date({ min: new Date('2008-12-01T00:00:00Z'), max: new Date('2026-11-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** A request whose continuity and sibling places are drawn from the given option ids. */
export const matchRequest = (optionIds: readonly string[] = []): fc.Arbitrary<MatchRequest> =>
  fc
    .record({
      placementId: fc.uuid(),
      children: fc.uniqueArray(fc.record({ childId: fc.constantFrom('anna', 'bram', 'chris', 'dewi'), birthDate }), {
        selector: (child) => child.childId,
        minLength: 1,
        maxLength: 3,
      }),
      referenceDate: fc.constant(REFERENCE_DATE),
      needs: fc.record({
        careIntensity: fc.constantFrom(...CARE_INTENSITIES),
        specialisations: subsetOf(SPECIALISATIONS),
      }),
      familyNetworkId: fc.option(fc.constantFrom(...NETWORKS), { nil: undefined }),
      parentsHome: fc.option(geoPoint, { nil: undefined }),
      school: fc.option(geoPoint, { nil: undefined }),
      municipality: fc.constantFrom(...MUNICIPALITIES),
      codeKnown: fc.boolean(),
      region: fc.constantFrom('FoodValley', 'IJsselland'),
      excludedAreas: fc.array(
        fc.record({ center: geoPoint, radiusKm: fc.double({ min: 0, max: 40, noNaN: true }), reason: fc.constant('unsafe address') }),
        { maxLength: 2 },
      ),
      earlierOptionIds: subsetOf(optionIds),
      siblingOptionIds: subsetOf(optionIds),
      keptApartOptionIds: fewOf(optionIds),
      declinedOptionIds: fewOf(optionIds),
    })
    .map(({ codeKnown, ...request }) => ({ ...request, municipalityCode: codeOf(request.municipality, codeKnown) }));

/** Options and a request that knows some of them. */
export const optionsWithRequest = (maxLength = 30) =>
  placementOptions(maxLength).chain((options) =>
    matchRequest(options.map((option) => option.optionId)).map((request) => ({ options, request })),
  );
