import type { MatchingConfig } from './config';
import { ageInYearsOn, type MatchRequest } from './match-request';

/** What match works out once per request, so the per-option checks stay cheap. */
export interface MatchContext {
  readonly request: MatchRequest;
  readonly config: MatchingConfig;
  readonly childAges: readonly { readonly childId: string; readonly age: number }[];
  /** Places needed in one option. */
  readonly groupSize: number;
  readonly earlierOptionIds: ReadonlySet<string>;
  readonly siblingOptionIds: ReadonlySet<string>;
  readonly keptApartOptionIds: ReadonlySet<string>;
  readonly declinedOptionIds: ReadonlySet<string>;
}

export function matchContext(request: MatchRequest, config: MatchingConfig): MatchContext {
  if (request.children.length === 0) throw new RangeError(`placement ${request.placementId} names no child to match`);
  return {
    request,
    config,
    childAges: request.children.map((child) => ({
      childId: child.childId,
      age: ageInYearsOn(child.birthDate, request.referenceDate),
    })),
    groupSize: request.children.length,
    earlierOptionIds: new Set(request.earlierOptionIds),
    siblingOptionIds: new Set(request.siblingOptionIds),
    keptApartOptionIds: new Set(request.keptApartOptionIds),
    declinedOptionIds: new Set(request.declinedOptionIds),
  };
}
