import { RecordReturnDecision } from '../commands';
import { refuse } from '../errors';
import { ReturnDecisionRecorded } from '../events';
import { activeCourtOrders, parentsWithAuthorityOver } from '../queries';
import { ExistingCase, PlacementRecord } from '../state';
import { ParticipantView } from '../values';
import { Moment, requireActivePlacement, requireAfterStart, requireNotAfterToday, requireText } from './guards';

/**
 * The joint return decision (DOMAIN.md step 7; Richtlijn Uithuisplaatsing en terugplaatsing 2023):
 * every participant's view on record in their own words, dissent preserved, never averaged away.
 */
export function recordReturnDecision({ data }: RecordReturnDecision, state: ExistingCase, moment: Moment): [ReturnDecisionRecorded] {
  const placement = requireActivePlacement(state, data.placementId);
  requireAfterStart(placement, requireNotAfterToday(data.decidedOn, 'the decision date', moment), 'the decision');
  data.views.forEach((view) => requireKnownParticipant(view, placement, state));
  requireEveryVoice(data, placement, state);
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

function requireKnownParticipant(view: ParticipantView, placement: PlacementRecord, state: ExistingCase): void {
  if (view.participant === 'child' && !placement.childIds.includes(view.childId)) {
    refuse('RETURN_DECISION.UNKNOWN_PARTICIPANT', `child ${view.childId} is not in placement ${placement.placementId}`);
  }
  if (view.participant === 'parent' && !state.familyMembers.some((m) => m.familyMemberId === view.familyMemberId)) {
    refuse('RETURN_DECISION.UNKNOWN_PARTICIPANT', `no family member ${view.familyMemberId} is recorded on this case`);
  }
  if (view.participant === 'child' && !view.heard) {
    if (!view.notHeardReason?.trim()) {
      refuse('RETURN_DECISION.CHILD_NOT_HEARD', `child ${view.childId} was not heard: the reason is required`);
    }
    return;
  }
  requireText(view.statement, `the statement of a ${view.participant}, in their own words,`);
}

function requireEveryVoice({ views, decidedOn }: RecordReturnDecision['data'], placement: PlacementRecord, state: ExistingCase): void {
  for (const childId of placement.childIds) {
    if (!views.some((v) => v.participant === 'child' && v.childId === childId)) {
      refuse(
        'RETURN_DECISION.CHILD_NOT_HEARD',
        `the view of child ${childId} is missing: record it in their own words, or not-heard with the reason`,
      );
    }
  }
  const parents = placement.childIds.flatMap((childId) => parentsWithAuthorityOver(state, childId));
  const unheard = parents.filter((p) => !views.some((v) => v.participant === 'parent' && v.familyMemberId === p.familyMemberId));
  if (unheard.length > 0) {
    const names = [...new Set(unheard.map((p) => `${p.name} (${p.familyMemberId})`))].join(', ');
    refuse('RETURN_DECISION.PARENT_VIEW_MISSING', `the view of ${names}, who hold parental authority, is missing`);
  }
  const order = activeCourtOrders(state, decidedOn).find((o) => placement.childIds.includes(o.childId));
  if (order && !views.some((v) => v.participant === 'gi')) {
    refuse(
      'RETURN_DECISION.GI_VIEW_MISSING',
      `a ${order.kind} is active for child ${order.childId}: the view of the GI charged with it (court order ${order.courtOrderId}) is missing`,
    );
  }
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
