import { isWithinKm } from './haversine';
import type { MatchContext } from './match-context';
import type { ExclusionReason } from './match-result';
import { memoised, membersOf } from './memoised';
import { freePlaces, type PlacementOption } from './placement-option';

/** The hard rules of one request, worded once so every option a rule rules out shares its reason. */
export interface HardConstraints {
  /** A bit per rule the option breaks, one for all excluded areas together; 0 when it breaks none. */
  readonly brokenBy: (option: PlacementOption) => number;
  /** Why the option is left out: a reason per rule it breaks, one per excluded area it lies in. */
  readonly reasonsFor: (option: PlacementOption, broken: number) => readonly ExclusionReason[];
}

// The rules' bits, in the order of their reasons. The areas share one: a request may name more areas than a
// number has bits, and few options lie in any, so their reasons are worked out per option.
const PAUSED = 2 ** 0;
const WITHDRAWN = 2 ** 1;
const NO_FREE_CAPACITY = 2 ** 2;
const SIBLING_GROUP_TOO_LARGE = 2 ** 3;
const AGE_OUT_OF_RANGE = 2 ** 4;
const CARE_INTENSITY_NOT_OFFERED = 2 ** 5;
const OTHER_FAMILY_NETWORK = 2 ** 6;
const SIBLING_KEPT_APART = 2 ** 7;
const DECLINED_BEFORE = 2 ** 8;
const IN_EXCLUDED_AREA = 2 ** 9;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Every rule is checked in one function: ten rules as ten functions called from one place cost V8 a
 * megamorphic call each, which made checking ten thousand options several times slower.
 */
export function hardConstraints({ request, childAges, groupSize, keptApartOptionIds, declinedOptionIds }: MatchContext): HardConstraints {
  const ages = childAges.map(({ age }) => age);
  const youngest = Math.min(...ages);
  const oldest = Math.max(...ages);
  const { careIntensity } = request.needs;
  const { familyNetworkId, excludedAreas } = request;
  const ruleReasons: ExclusionReason[] = [
    { code: 'OPTION_PAUSED', message: 'the provider has paused this place' },
    { code: 'OPTION_WITHDRAWN', message: 'the provider has withdrawn this place' },
    {
      code: 'NO_FREE_CAPACITY',
      message: `has fewer than ${plural(groupSize, 'free place', 'free places')}, needed for ${groupSize === 1 ? 'the child' : `the ${groupSize} siblings together`}`,
    },
    { code: 'SIBLING_GROUP_TOO_LARGE', message: `does not take a group of ${plural(groupSize, 'child', 'siblings')}` },
    {
      code: 'AGE_OUT_OF_RANGE',
      message: `does not take ${childAges.map(({ childId, age }) => `${childId} (${age})`).join(' and ')}: outside its age range`,
    },
    { code: 'CARE_INTENSITY_NOT_OFFERED', message: `does not offer ${careIntensity} care` },
    { code: 'OTHER_FAMILY_NETWORK', message: "a netwerkpleeggezin in another family's network" },
    { code: 'SIBLING_KEPT_APART', message: 'a brother or sister the child must be kept apart from lives here' },
    { code: 'DECLINED_BEFORE', message: 'declined this child in an earlier proposal' },
  ];
  const areaReasons = excludedAreas.map((area): ExclusionReason => ({
    code: 'IN_EXCLUDED_AREA',
    message: `within ${area.radiusKm} km of an excluded place: ${area.reason}`,
  }));
  const inAreas = (option: PlacementOption) =>
    excludedAreas.flatMap(({ center, radiusKm }, area) => (isWithinKm(option.location, center, radiusKm) ? [areaReasons[area]] : []));
  const byRulesBroken = memoised((rules) => membersOf(ruleReasons, rules));
  return {
    reasonsFor: (option, broken) =>
      broken < IN_EXCLUDED_AREA ? byRulesBroken(broken) : [...byRulesBroken(broken - IN_EXCLUDED_AREA), ...inAreas(option)],
    brokenBy: (option) => {
      let broken = 0;
      if (option.status === 'paused') broken += PAUSED;
      if (option.status === 'withdrawn') broken += WITHDRAWN;
      if (freePlaces(option) < groupSize) broken += NO_FREE_CAPACITY;
      if (option.maxSiblingGroup < groupSize) broken += SIBLING_GROUP_TOO_LARGE;
      if (youngest < option.ageRange.min || oldest > option.ageRange.max) broken += AGE_OUT_OF_RANGE;
      if (!option.careIntensities.includes(careIntensity)) broken += CARE_INTENSITY_NOT_OFFERED;
      if (option.kind === 'netwerkpleeggezin' && option.networkFamilyId !== familyNetworkId) broken += OTHER_FAMILY_NETWORK;
      if (keptApartOptionIds.has(option.optionId)) broken += SIBLING_KEPT_APART;
      if (declinedOptionIds.has(option.optionId)) broken += DECLINED_BEFORE;
      for (const { center, radiusKm } of excludedAreas) {
        if (isWithinKm(option.location, center, radiusKm)) return broken + IN_EXCLUDED_AREA;
      }
      return broken;
    },
  };
}
