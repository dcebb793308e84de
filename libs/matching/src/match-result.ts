export const MATCHING_VERSION = 'casus-matching/1';

export type ExclusionCode =
  | 'OPTION_PAUSED'
  | 'OPTION_WITHDRAWN'
  | 'NO_FREE_CAPACITY'
  | 'SIBLING_GROUP_TOO_LARGE'
  | 'AGE_OUT_OF_RANGE'
  | 'CARE_INTENSITY_NOT_OFFERED'
  | 'OTHER_FAMILY_NETWORK'
  | 'SIBLING_KEPT_APART'
  | 'DECLINED_BEFORE'
  | 'IN_EXCLUDED_AREA';

export interface ExclusionReason {
  readonly code: ExclusionCode;
  readonly message: string;
}

export interface ExcludedOption {
  readonly optionId: string;
  readonly reasons: readonly ExclusionReason[];
}

export type CriterionName =
  | 'family-form'
  | 'siblings-together'
  | 'distance-to-parents'
  | 'distance-to-school'
  | 'home-municipality'
  | 'specialisations'
  | 'room-to-scale-care'
  | 'continuity';

export interface CriterionScore {
  readonly criterion: CriterionName;
  readonly weight: number;
  /** What was measured: km, a count, a yes/no, a family form. */
  readonly raw: number | string | boolean;
  /** The raw value on a 0..1 scale. */
  readonly value: number;
  /** weight × value; the score is the sum of contributions over the sum of weights. */
  readonly contribution: number;
  readonly explanation: string;
}

export interface RankedOption {
  readonly optionId: string;
  /** 0..1 of what this child could score: criteria that do not apply to the child do not count. */
  readonly score: number;
  readonly criteria: readonly CriterionScore[];
}

export interface MatchResult {
  readonly matchingVersion: typeof MATCHING_VERSION;
  readonly configVersion: string;
  readonly placementId: string;
  /** Best first (under the strict family-form order: the earlier family form first, then the score); ties in option-id order. */
  readonly ranked: readonly RankedOption[];
  /** In option-id order. */
  readonly excluded: readonly ExcludedOption[];
}
