import type { FamilyFormOrder, MatchingConfig } from './config';
import { scored, type CriterionForRequest, type SoftCriterion } from './criterion';
import { distanceToParents, distanceToSchool } from './distance-criteria';
import type { MatchContext } from './match-context';
import { memoised, membersOf } from './memoised';
import type { CriterionName, CriterionScore } from './match-result';
import { CARE_INTENSITIES, PLACEMENT_OPTION_KINDS, type PlacementOption, type PlacementOptionKind } from './placement-option';

function yesNo(
  name: CriterionName,
  config: MatchingConfig,
  optionIds: ReadonlySet<string>,
  yes: string,
  no: string,
): SoftCriterion | undefined {
  if (optionIds.size === 0) return undefined;
  const weight = config.weights[name];
  const fits = scored(name, weight, true, 1, yes);
  const fitsNot = scored(name, weight, false, 0, no);
  return { name, weight, measure: ({ optionId }) => (optionIds.has(optionId) ? fits : fitsNot) };
}

const familyForm: CriterionForRequest = ({ config }) => {
  const name = 'family-form';
  const weight = config.weights[name];
  const ladder = config.familyFormLadder;
  const words: Record<FamilyFormOrder, (kind: PlacementOptionKind) => string> = {
    strict: (kind) => {
      const rung = PLACEMENT_OPTION_KINDS.filter((other) => ladder[other] > ladder[kind]).length + 1;
      return `${kind}, family form ${rung} of ${PLACEMENT_OPTION_KINDS.length} in "zo thuis mogelijk": ranked before every later form`;
    },
    weighted: (kind) => `${kind}, ${Math.round(ladder[kind] * 100)}% on the ladder "zo thuis mogelijk"`,
  };
  const byKind = Object.fromEntries(
    PLACEMENT_OPTION_KINDS.map((kind) => [kind, scored(name, weight, kind, ladder[kind], words[config.familyFormOrder](kind))]),
  ) as Record<PlacementOptionKind, CriterionScore>;
  return { name, weight, measure: ({ kind }) => byKind[kind] };
};

const siblingsTogether: CriterionForRequest = ({ config, siblingOptionIds }) =>
  yesNo('siblings-together', config, siblingOptionIds, 'a brother or sister already lives here', 'no brother or sister lives here');

const homeMunicipality: CriterionForRequest = ({ config, request }) => {
  const name = 'home-municipality';
  const weight = config.weights[name];
  const own = scored(name, weight, 'municipality', 1, `in the child's own municipality, ${request.municipality}`);
  const region = scored(name, weight, 'region', config.sameRegionValue, `in the child's region, ${request.region}`);
  const elsewhere = scored(name, weight, 'elsewhere', 0, `outside the child's region, ${request.region}`);
  return {
    name,
    weight,
    // By code: names differ in spelling ("Ede", "Gemeente Ede") and are not unique (Bergen NH, Bergen L).
    measure: ({ municipalityCode, region: optionRegion }) =>
      municipalityCode !== null && municipalityCode === request.municipalityCode
        ? own
        : optionRegion === request.region
          ? region
          : elsewhere,
  };
};

const specialisations: CriterionForRequest = ({ config, request }) => {
  const wanted = [...new Set(request.needs.specialisations)];
  if (wanted.length === 0) return undefined;
  const name = 'specialisations';
  const weight = config.weights[name];
  const bySubsetOffered = memoised((subset) => {
    const offered = membersOf(wanted, subset);
    const explanation =
      offered.length === 0
        ? `offers none of the wanted specialisations (${wanted.join(', ')})`
        : `offers ${offered.length} of ${wanted.length} wanted specialisations: ${offered.join(', ')}`;
    return scored(name, weight, offered.length, offered.length / wanted.length, explanation);
  });
  return {
    name,
    weight,
    measure: (option) => {
      let subset = 0;
      for (let index = 0; index < wanted.length; index++) {
        if (option.specialisations.includes(wanted[index])) subset += 2 ** index;
      }
      return bySubsetOffered(subset);
    },
  };
};

// A place that also offers lighter and heavier care lets help grow or shrink without another move,
// and every move is a breakdown risk of its own.
const roomToScaleCare: CriterionForRequest = ({ config, request }) => {
  const name = 'room-to-scale-care';
  const weight = config.weights[name];
  const level = CARE_INTENSITIES.indexOf(request.needs.careIntensity);
  const above = CARE_INTENSITIES.slice(level + 1);
  const below = CARE_INTENSITIES.slice(0, level);
  const directions = (above.length > 0 ? 1 : 0) + (below.length > 0 ? 1 : 0);
  const both = scored(name, weight, 'up and down', 1, 'care can be scaled up and down here without a move');
  const up = scored(name, weight, 'up', 1 / directions, 'care can be scaled up here without a move');
  const down = scored(name, weight, 'down', 1 / directions, 'care can be scaled down here without a move');
  const neither = scored(name, weight, 'neither', 0, 'care cannot be scaled here without a move');
  return {
    name,
    weight,
    measure: ({ careIntensities }) => {
      const canScaleUp = above.some((intensity) => careIntensities.includes(intensity));
      const canScaleDown = below.some((intensity) => careIntensities.includes(intensity));
      return canScaleUp ? (canScaleDown ? both : up) : canScaleDown ? down : neither;
    },
  };
};

const continuity: CriterionForRequest = ({ config, earlierOptionIds }) =>
  yesNo('continuity', config, earlierOptionIds, 'the child lived here before', 'a place new to the child');

/** The criteria of one request: the sum of their weights is what an option scores at most. */
export interface SoftCriteria {
  readonly weightTotal: number;
  /** The option's score on every criterion that applies, in a fixed order so sums and explanations are reproducible. */
  readonly scoresOf: (option: PlacementOption) => CriterionScore[];
}

const defined = <T>(value: T | undefined): value is T => value !== undefined;

export function softCriteria(context: MatchContext): SoftCriteria {
  const form = familyForm(context);
  const siblings = siblingsTogether(context);
  const parents = distanceToParents(context);
  const school = distanceToSchool(context);
  const municipality = homeMunicipality(context);
  const offered = specialisations(context);
  const scaling = roomToScaleCare(context);
  const earlier = continuity(context);
  const applying = [form, siblings, parents, school, municipality, offered, scaling, earlier].filter(defined);
  return {
    weightTotal: applying.reduce((sum, criterion) => sum + criterion.weight, 0),
    // A call site of its own per criterion, in the order of applying: eight functions called from one site cost V8
    // a megamorphic call each, a third of the time scoring ten thousand options took.
    scoresOf: (option) => {
      const scores = new Array<CriterionScore>(applying.length);
      let at = 0;
      if (form) scores[at++] = form.measure(option);
      if (siblings) scores[at++] = siblings.measure(option);
      if (parents) scores[at++] = parents.measure(option);
      if (school) scores[at++] = school.measure(option);
      if (municipality) scores[at++] = municipality.measure(option);
      if (offered) scores[at++] = offered.measure(option);
      if (scaling) scores[at++] = scaling.measure(option);
      if (earlier) scores[at++] = earlier.measure(option);
      return scores;
    },
  };
}
