import type { MatchingConfig } from './config';
import { hardConstraints } from './hard-constraints';
import { matchContext } from './match-context';
import type { MatchRequest } from './match-request';
import { MATCHING_VERSION, type CriterionScore, type ExcludedOption, type MatchResult, type RankedOption } from './match-result';
import { memoised, membersOf } from './memoised';
import { byOptionId, inOptionIdOrder } from './option-id-order';
import type { PlacementOption } from './placement-option';
import { softCriteria } from './soft-criteria';

type Ranking = { readonly option: RankedOption; readonly familyForm: number };

function bestFirst(a: Ranking, b: Ranking): number {
  return b.familyForm - a.familyForm || b.option.score - a.option.score || byOptionId(a.option, b.option);
}

/** Ranks the options that can take the child (or sibling group) and says why the others cannot. Pure. */
export function match(request: MatchRequest, options: readonly PlacementOption[], config: MatchingConfig): MatchResult {
  const context = matchContext(request, config);
  const constraints = hardConstraints(context);
  const criteria = softCriteria(context);
  const weightTotal = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  const ladder = config.familyFormLadder;
  const familyFormOf: (option: PlacementOption) => number = config.familyFormOrder === 'strict' ? ({ kind }) => ladder[kind] : () => 0;

  const ranked: Ranking[] = [];
  const excluded: ExcludedOption[] = [];
  const reasonsFor = memoised((broken) => membersOf(constraints, broken).map((constraint) => constraint.reason));
  for (const option of options) {
    let broken = 0;
    for (let index = 0; index < constraints.length; index++) {
      if (constraints[index].excludes(option)) broken += 2 ** index;
    }
    if (broken > 0) {
      excluded.push({ optionId: option.optionId, reasons: reasonsFor(broken) });
      continue;
    }
    const scores = new Array<CriterionScore>(criteria.length);
    let total = 0;
    for (let index = 0; index < criteria.length; index++) {
      scores[index] = criteria[index].measure(option);
      total += scores[index].contribution;
    }
    const score = weightTotal > 0 ? total / weightTotal : 0;
    ranked.push({ option: { optionId: option.optionId, score, criteria: scores }, familyForm: familyFormOf(option) });
  }

  return {
    matchingVersion: MATCHING_VERSION,
    configVersion: config.version,
    placementId: request.placementId,
    ranked: ranked.sort(bestFirst).map(({ option }) => option),
    excluded: inOptionIdOrder(excluded),
  };
}
