import type { MatchContext } from './match-context';
import type { CriterionName, CriterionScore } from './match-result';
import type { PlacementOption } from './placement-option';

export interface SoftCriterion {
  readonly name: CriterionName;
  readonly weight: number;
  readonly measure: (option: PlacementOption) => CriterionScore;
}

/**
 * Prepares a criterion for one request, scoring once what is the same for many options (so results
 * share those read-only objects); undefined when the criterion does not apply to this child, so that it
 * does not count towards the child's maximum.
 */
export type CriterionForRequest = (context: MatchContext) => SoftCriterion | undefined;

export function scored(
  name: CriterionName,
  weight: number,
  raw: CriterionScore['raw'],
  value: number,
  explanation: string,
): CriterionScore {
  return { criterion: name, weight, raw, value, contribution: weight * value, explanation };
}
