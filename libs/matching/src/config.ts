import type { CriterionName } from './match-result';
import type { PlacementOptionKind } from './placement-option';

/**
 * strict: the family form is the first key, so no place of a later form ranks above a fitting place of an
 * earlier one; the weighted score orders places within a form. weighted: the family form is one weighted
 * criterion among the others. docs/matching.md says why Casus is strict by default.
 */
export const FAMILY_FORM_ORDERS = ['strict', 'weighted'] as const;
export type FamilyFormOrder = (typeof FAMILY_FORM_ORDERS)[number];

export interface MatchingConfig {
  /** Goes into every result so a proposal can be explained later with the config it was made with. */
  readonly version: string;
  readonly familyFormOrder: FamilyFormOrder;
  /** Value of each family form on a 0..1 scale, 1 for the first choice; under strict also the order of the forms. */
  readonly familyFormLadder: Readonly<Record<PlacementOptionKind, number>>;
  readonly weights: Readonly<Record<CriterionName, number>>;
  readonly distance: {
    /** Closer than this counts as fully close: a few km more or less is no reason to prefer a place. */
    readonly fullScoreWithinKm: number;
    readonly halfScoreAtKm: number;
  };
  /** Value of a place in the child's region but outside its own municipality. */
  readonly sameRegionValue: number;
}

const weightedConfig: MatchingConfig = {
  version: 'casus-matching-config/1',
  familyFormOrder: 'weighted',
  // "Zo thuis mogelijk", Jeugdwet art. 2.3 lid 6: network before foster family before family home
  // before small-scale and residential care.
  familyFormLadder: {
    netwerkpleeggezin: 1,
    bestandspleeggezin: 0.75,
    gezinshuis: 0.5,
    'kleinschalig-wonen': 0.25,
    residentieel: 0,
  },
  // The family form outweighs all other criteria together (40 > 38), so a netwerkpleeggezin that fits
  // always ranks above a residential place that fits, however well the latter does on the rest.
  weights: {
    'family-form': 40,
    'siblings-together': 8,
    'distance-to-parents': 6,
    'distance-to-school': 5,
    'home-municipality': 4,
    specialisations: 7,
    'room-to-scale-care': 3,
    continuity: 5,
  },
  distance: { fullScoreWithinKm: 5, halfScoreAtKm: 30 },
  sameRegionValue: 0.5,
};

// The same ladder and weights; the ladder now orders strictly.
const strictConfig: MatchingConfig = { ...weightedConfig, version: 'casus-matching-config/2', familyFormOrder: 'strict' };

/**
 * Every config Casus has matched with, by the version a proposal records. A published version never
 * changes: a new policy or weight is a new version, so every recorded proposal can be explained again.
 */
export const MATCHING_CONFIGS: Readonly<Record<string, MatchingConfig>> = Object.fromEntries(
  [weightedConfig, strictConfig].map((config) => [config.version, config]),
);

export const defaultMatchingConfig: MatchingConfig = strictConfig;

export const matchingConfigOf = (version: string): MatchingConfig | undefined =>
  Object.hasOwn(MATCHING_CONFIGS, version) ? MATCHING_CONFIGS[version] : undefined;
