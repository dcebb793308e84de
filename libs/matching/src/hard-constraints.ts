import { isWithinKm } from './haversine';
import type { MatchContext } from './match-context';
import type { ExclusionReason } from './match-result';
import { freePlaces, type PlacementOption } from './placement-option';

export interface HardConstraint {
  /** Worded for this request, so every option it rules out shares one reason. */
  readonly reason: ExclusionReason;
  readonly excludes: (option: PlacementOption) => boolean;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The constraints of one request, built once so checking ten thousand options allocates nothing new. */
export function hardConstraints({
  request,
  childAges,
  groupSize,
  keptApartOptionIds,
  declinedOptionIds,
}: MatchContext): readonly HardConstraint[] {
  const ages = childAges.map(({ age }) => age);
  const youngest = Math.min(...ages);
  const oldest = Math.max(...ages);
  const careIntensity = request.needs.careIntensity;
  return [
    {
      reason: { code: 'OPTION_PAUSED', message: 'the provider has paused this place' },
      excludes: (option) => option.status === 'paused',
    },
    {
      reason: { code: 'OPTION_WITHDRAWN', message: 'the provider has withdrawn this place' },
      excludes: (option) => option.status === 'withdrawn',
    },
    {
      reason: {
        code: 'NO_FREE_CAPACITY',
        message: `has fewer than ${plural(groupSize, 'free place', 'free places')}, needed for ${groupSize === 1 ? 'the child' : `the ${groupSize} siblings together`}`,
      },
      excludes: (option) => freePlaces(option) < groupSize,
    },
    {
      reason: {
        code: 'SIBLING_GROUP_TOO_LARGE',
        message: `does not take a group of ${plural(groupSize, 'child', 'siblings')}`,
      },
      excludes: (option) => option.maxSiblingGroup < groupSize,
    },
    {
      reason: {
        code: 'AGE_OUT_OF_RANGE',
        message: `does not take ${childAges.map(({ childId, age }) => `${childId} (${age})`).join(' and ')}: outside its age range`,
      },
      excludes: ({ ageRange }) => youngest < ageRange.min || oldest > ageRange.max,
    },
    {
      reason: { code: 'CARE_INTENSITY_NOT_OFFERED', message: `does not offer ${careIntensity} care` },
      excludes: (option) => !option.careIntensities.includes(careIntensity),
    },
    {
      reason: { code: 'OTHER_FAMILY_NETWORK', message: "a netwerkpleeggezin in another family's network" },
      excludes: (option) => option.kind === 'netwerkpleeggezin' && option.networkFamilyId !== request.familyNetworkId,
    },
    {
      reason: { code: 'SIBLING_KEPT_APART', message: 'a brother or sister the child must be kept apart from lives here' },
      excludes: (option) => keptApartOptionIds.has(option.optionId),
    },
    {
      reason: { code: 'DECLINED_BEFORE', message: 'declined this child in an earlier proposal' },
      excludes: (option) => declinedOptionIds.has(option.optionId),
    },
    ...request.excludedAreas.map((area): HardConstraint => ({
      reason: { code: 'IN_EXCLUDED_AREA', message: `within ${area.radiusKm} km of an excluded place: ${area.reason}` },
      excludes: (option) => isWithinKm(option.location, area.center, area.radiusKm),
    })),
  ];
}
