import { RecordReturnDecision } from '../commands';
import { refuse } from '../errors';
import { ReturnDecisionRecorded } from '../events';
import { ExistingCase, PlacementRecord } from '../state';
import { Moment, requireActivePlacement, requireAfterStart, requireNotAfterToday, requireText } from './guards';
import { requireEveryVoice, VoiceCodes } from './joint-decision';

const RETURN_DECISION_VOICES: VoiceCodes = {
  unknownParticipant: 'RETURN_DECISION.UNKNOWN_PARTICIPANT',
  childNotHeard: 'RETURN_DECISION.CHILD_NOT_HEARD',
  parentViewMissing: 'RETURN_DECISION.PARENT_VIEW_MISSING',
  giViewMissing: 'RETURN_DECISION.GI_VIEW_MISSING',
};

/**
 * The joint return decision (DOMAIN.md step 7; Richtlijn Uithuisplaatsing en terugplaatsing 2023):
 * every participant's view on record in their own words, dissent preserved, never averaged away.
 */
export function recordReturnDecision({ data }: RecordReturnDecision, state: ExistingCase, moment: Moment): [ReturnDecisionRecorded] {
  const placement = requireActivePlacement(state, data.placementId);
  requireAfterStart(placement, requireNotAfterToday(data.decidedOn, 'the decision date', moment), 'the decision');
  requireEveryVoice(data.views, data.decidedOn, placement, state, RETURN_DECISION_VOICES);
  requireOutcomeGrounds(data, placement);
  requireText(data.rationale, 'the rationale of the decision');
  const { placementId, decisionId, decidedOn, outcome, views, rationale } = data;
  const conditionsOverrideReason = data.conditionsOverrideReason?.trim() || null;
  return [
    {
      type: 'ReturnDecisionRecorded',
      data: { placementId, decisionId, decidedOn, outcome, views, rationale, conditionsOverrideReason },
    },
  ];
}

function requireOutcomeGrounds(
  { outcome, decidedOn, conditionsOverrideReason }: RecordReturnDecision['data'],
  placement: PlacementRecord,
): void {
  switch (outcome.kind) {
    case 'not-yet':
      if (!(outcome.reviewOn > decidedOn)) {
        refuse('RETURN_DECISION.REVIEW_DATE_NOT_AHEAD', `"not yet" needs a new review date after ${decidedOn}, got ${outcome.reviewOn}`);
      }
      return;
    case 'no-return':
      return void requireText(outcome.perspective, 'the long-term perspective elsewhere (perspectiefbesluit)');
    case 'return-home': {
      const conditions = placement.returnHomePlan?.conditions ?? [];
      const unmet = conditions.filter((c) => c.assessments.at(-1)?.met !== true).map((c) => c.description);
      if ((placement.returnHomePlan === null || unmet.length > 0) && !conditionsOverrideReason?.trim()) {
        refuse(
          'RETURN_DECISION.CONDITIONS_NOT_MET',
          placement.returnHomePlan === null
            ? 'no return-home plan is drafted; record one and assess its conditions, or give the reason to override'
            : `conditions not assessed as met: ${unmet.join('; ')}; assess them, or give the reason to override`,
        );
      }
    }
  }
}
