import fc from 'fast-check';
import { matchRequest, placementOption } from '../test/arbitraries';
import { MATCHING_CONFIGS, type MatchingConfig } from './config';
import { hardConstraints } from './hard-constraints';
import { match } from './match';
import { matchContext } from './match-context';
import type { MatchRequest } from './match-request';
import type { MatchResult } from './match-result';
import type { PlacementOption } from './placement-option';
import { softCriteria } from './soft-criteria';

/**
 * Matching as plainly as it can be written: every rule and criterion on every option, then one sort with the
 * whole order spelled out. The rules themselves are the same (match.property.unit.spec.ts reads them a second
 * time); what this checks is the fast path around them: which options are ranked, their scores, the order, ties.
 */
function referenceMatch(request: MatchRequest, options: readonly PlacementOption[], config: MatchingConfig): MatchResult {
  const context = matchContext(request, config);
  const constraints = hardConstraints(context);
  const { weightTotal, scoresOf } = softCriteria(context);
  const judged = options.map((option) => {
    const scores = scoresOf(option);
    const total = scores.reduce((sum, score) => sum + score.contribution, 0);
    return {
      optionId: option.optionId,
      reasons: constraints.reasonsFor(option, constraints.brokenBy(option)),
      familyForm: config.familyFormOrder === 'strict' ? config.familyFormLadder[option.kind] : 0,
      score: weightTotal > 0 ? total / weightTotal : 0,
      criteria: scores,
    };
  });
  const byId = (a: { optionId: string }, b: { optionId: string }) => (a.optionId < b.optionId ? -1 : a.optionId > b.optionId ? 1 : 0);
  return {
    matchingVersion: 'casus-matching/1',
    configVersion: config.version,
    placementId: request.placementId,
    ranked: judged
      .filter((option) => option.reasons.length === 0)
      .sort((a, b) => (a.familyForm !== b.familyForm ? b.familyForm - a.familyForm : a.score !== b.score ? b.score - a.score : byId(a, b)))
      .map(({ optionId, score, criteria: scores }) => ({ optionId, score, criteria: scores })),
    excluded: judged
      .filter((option) => option.reasons.length > 0)
      .sort(byId)
      .map(({ optionId, reasons }) => ({ optionId, reasons })),
  };
}

// Twins of some options under other ids tie with them exactly; the ids share prefixes, end early or hold
// any code unit, so that ties are broken on more than the first few characters of a uuid.
const ID_SUFFIXES = ['', '\u0000', '0', '-', 'a', '\uffff', 'zz'];
const withTwins = (minLength: number, maxLength: number) =>
  fc
    .uniqueArray(placementOption, { selector: (option) => option.optionId, minLength, maxLength })
    .chain((options) => fc.tuple(fc.constant(options), matchRequest(options.map((option) => option.optionId))))
    .chain(([options, request]) =>
      fc
        .tuple(
          fc.subarray(options),
          fc.constantFrom(...ID_SUFFIXES),
          fc.integer({ min: 0, max: 36 }),
          fc.array(fc.string({ unit: 'binary', maxLength: 3 }), { maxLength: 3 }),
        )
        .map(([twinned, suffix, cut, extraIds]) => {
          const twins = twinned.map((option, index) => ({ ...option, optionId: `${option.optionId.slice(0, cut)}${suffix}${index}` }));
          const odd = extraIds.map((optionId, index) => ({ ...options[index % Math.max(1, options.length)], optionId }));
          const all = [...options, ...twins, ...(options.length > 0 ? odd : [])];
          const unique = [...new Map(all.map((option) => [option.optionId, option])).values()];
          return { options: unique, request };
        }),
    );

describe.each(Object.values(MATCHING_CONFIGS).map((config) => [config.version, config] as const))(
  'match with %s ranks exactly as the plain reference does',
  (_, config: MatchingConfig) => {
    it('on a few options with twins that tie', () => {
      fc.assert(
        fc.property(withTwins(0, 30), ({ options, request }) => {
          expect(match(request, options, config)).toEqual(referenceMatch(request, options, config));
        }),
        { numRuns: 300 },
      );
    });

    it('on a thousand options and more', () => {
      fc.assert(
        fc.property(withTwins(1_000, 2_000), ({ options, request }) => {
          expect(match(request, options, config)).toEqual(referenceMatch(request, options, config));
        }),
        // Shrinking a thousand options would take longer than reading the failure as it is.
        { numRuns: 10, endOnFailure: true },
      );
    });
  },
);
