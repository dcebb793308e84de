export {
  defaultMatchingConfig,
  FAMILY_FORM_ORDERS,
  MATCHING_CONFIGS,
  matchingConfigOf,
  type FamilyFormOrder,
  type MatchingConfig,
} from './config';
export { haversineKm, type GeoPoint } from './haversine';
export { match } from './match';
export { ageInYearsOn, type ChildToPlace, type ExcludedArea, type MatchRequest } from './match-request';
export {
  MATCHING_VERSION,
  type CriterionName,
  type CriterionScore,
  type ExcludedOption,
  type ExclusionCode,
  type ExclusionReason,
  type MatchResult,
  type RankedOption,
} from './match-result';
export {
  CARE_INTENSITIES,
  PLACEMENT_OPTION_KINDS,
  freePlaces,
  type CareIntensity,
  type PlacementOption,
  type PlacementOptionKind,
  type PlacementOptionStatus,
} from './placement-option';
