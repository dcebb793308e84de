import type { CommandData } from './case-writer';
import type { PlacementOptionKind } from '@casus/matching';
import type { RegisterPlacementOption } from '@casus/placement';
import { randomFor, seededId, type Random } from './random';
import { MUNICIPALITIES, PROVIDERS, REGION, type Municipality, type Region } from './region';

type Details = RegisterPlacementOption['data'];

const near = (random: Random, { lat, lon }: Municipality) => ({
  lat: Math.round((lat + (random.next() - 0.5) * 0.04) * 10_000) / 10_000,
  lon: Math.round((lon + (random.next() - 0.5) * 0.06) * 10_000) / 10_000,
});

const KIND_SHAPE: Readonly<
  Record<
    Exclude<PlacementOptionKind, 'netwerkpleeggezin'>,
    Omit<Details, 'optionId' | 'municipality' | 'region' | 'location' | 'networkFamilyId'>
  >
> = {
  bestandspleeggezin: {
    kind: 'bestandspleeggezin',
    provider: PROVIDERS.pleegzorg,
    capacity: 2,
    ageRange: { min: 0, max: 17 },
    careIntensities: ['light', 'medium'],
    specialisations: [],
    maxSiblingGroup: 2,
  },
  gezinshuis: {
    kind: 'gezinshuis',
    provider: PROVIDERS.gezinshuis,
    capacity: 4,
    ageRange: { min: 0, max: 17 },
    careIntensities: ['light', 'medium', 'intensive'],
    specialisations: ['trauma'],
    maxSiblingGroup: 3,
  },
  'kleinschalig-wonen': {
    kind: 'kleinschalig-wonen',
    provider: PROVIDERS.kleinschalig,
    capacity: 6,
    ageRange: { min: 12, max: 17 },
    careIntensities: ['medium', 'intensive'],
    specialisations: ['trauma', 'lvb'],
    maxSiblingGroup: 2,
  },
  residentieel: {
    kind: 'residentieel',
    provider: PROVIDERS.residentieel,
    capacity: 8,
    ageRange: { min: 12, max: 17 },
    careIntensities: ['intensive'],
    specialisations: ['trauma', 'gedragsproblematiek'],
    maxSiblingGroup: 1,
  },
};

/** Places of every non-network kind across the region, with room for about half the cases' children. */
export function regionPlaces(seed: number, cases: number, region: Region): RegisterPlacementOption[] {
  const counts: [keyof typeof KIND_SHAPE, number][] = [
    ['bestandspleeggezin', Math.ceil(cases / 8)],
    ['gezinshuis', Math.ceil(cases / 30)],
    ['kleinschalig-wonen', Math.ceil(cases / 60)],
    ['residentieel', Math.ceil(cases / 100)],
  ];
  return counts.flatMap(([kind, count]) =>
    Array.from({ length: count }, (_, n) => {
      const random = randomFor(seed, 'place', kind, n);
      const municipality = MUNICIPALITIES[n % MUNICIPALITIES.length];
      const shape = KIND_SHAPE[kind];
      const capacity = kind === 'bestandspleeggezin' ? random.int(1, 3) : shape.capacity;
      return {
        type: 'RegisterPlacementOption' as const,
        actor: region.providers.get(shape.provider)!,
        data: {
          ...shape,
          optionId: seededId(seed, 'place', kind, n),
          capacity,
          maxSiblingGroup: Math.min(shape.maxSiblingGroup, capacity),
          municipality: municipality.name,
          region: REGION,
          location: near(random, municipality),
          networkFamilyId: null,
        },
      };
    }),
  );
}

/**
 * The grandparent who would take this family's children in, proposed from the child's own network before any
 * provider knows them: the case's step, screened by the foster-care provider of the region.
 */
export function networkFamily(
  seed: number,
  caseIndex: number,
  grandparentId: string,
  municipality: Municipality,
  children: number,
): CommandData<'ProposeNetworkFamily'> {
  const random = randomFor(seed, 'network-place', caseIndex);
  return {
    optionId: seededId(seed, 'network-place', caseIndex),
    familyMemberId: grandparentId,
    provider: PROVIDERS.pleegzorg,
    capacity: children,
    careIntensities: ['light', 'medium', 'intensive'],
    area: { municipality: municipality.name, region: REGION, location: near(random, municipality) },
  };
}
