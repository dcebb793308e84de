import type { MatchingConfig } from './config';
import { hardConstraints } from './hard-constraints';
import { matchContext } from './match-context';
import type { MatchRequest } from './match-request';
import { MATCHING_VERSION, type CriterionScore, type ExcludedOption, type MatchResult, type RankedOption } from './match-result';
import { optionIdOrder } from './option-id-order';
import type { PlacementOption } from './placement-option';
import { softCriteria } from './soft-criteria';

/** Ranks the options that can take the child (or sibling group) and says why the others cannot. Pure. */
export function match(request: MatchRequest, options: readonly PlacementOption[], config: MatchingConfig): MatchResult {
  const context = matchContext(request, config);
  const constraints = hardConstraints(context);
  const { weightTotal, scoresOf } = softCriteria(context);
  const ladder = config.familyFormLadder;
  const strict = config.familyFormOrder === 'strict';

  // By the option's index: the rules it breaks (0 for none), else its score.
  // Results are made once the order is known, so ranking ten thousand options allocates only what it returns.
  const broken = new Uint32Array(options.length);
  const familyForm = new Float64Array(options.length);
  const score = new Float64Array(options.length);
  const scores = new Array<CriterionScore[]>(options.length);
  for (let at = 0; at < options.length; at++) {
    const option = options[at];
    broken[at] = constraints.brokenBy(option);
    if (broken[at] > 0) continue;
    const measured = scoresOf(option);
    let total = 0;
    for (const { contribution } of measured) total += contribution;
    scores[at] = measured;
    score[at] = weightTotal > 0 ? total / weightTotal : 0;
    familyForm[at] = strict ? ladder[option.kind] : 0;
  }

  const ranked: number[] = [];
  const excluded: ExcludedOption[] = [];
  for (const at of optionIdOrder(options)) {
    if (broken[at] > 0) excluded.push({ optionId: options[at].optionId, reasons: constraints.reasonsFor(options[at], broken[at]) });
    else ranked.push(at);
  }
  // A stable sort of options already in option-id order: equal family forms and scores stay in that order.
  // It answers -1 or 1, not a difference: a fraction returned to sort is a number allocated per comparison.
  ranked.sort((a, b) =>
    familyForm[a] !== familyForm[b] ? (familyForm[a] > familyForm[b] ? -1 : 1) : score[a] !== score[b] ? (score[a] > score[b] ? -1 : 1) : 0,
  );

  return {
    matchingVersion: MATCHING_VERSION,
    configVersion: config.version,
    placementId: request.placementId,
    ranked: ranked.map((at): RankedOption => ({ optionId: options[at].optionId, score: score[at], criteria: scores[at] })),
    excluded,
  };
}
