import { AssessReturnCondition, DraftReturnHomePlan, RecordReturnHome } from '../commands';
import { refuse } from '../errors';
import { ChildReturnedHome, PlacementEnded, ReturnConditionAssessed, ReturnHomePlanDrafted } from '../events';
import { ExistingCase, PlacementRecord, ReturnHomePlanRecord } from '../state';
import { Moment, requireActivePlacement, requireAfterStart, requireDate, requireNotAfterToday, requireText } from './guards';

// Richtlijn Uithuisplaatsing en terugplaatsing 2023: the conditions for going home, who is responsible
// for each, and the support the parents get are clear to parents and child. A redrafted plan is assessed anew.
export function draftReturnHomePlan({ data }: DraftReturnHomePlan, state: ExistingCase, moment: Moment): [ReturnHomePlanDrafted] {
  requireActivePlacement(state, data.placementId);
  if (data.conditions.length === 0) refuse('RETURN_PLAN.NO_CONDITIONS', 'a return-home plan names the conditions for going home');
  data.conditions.forEach((c, i) => {
    requireText(c.description, `condition ${i + 1}`);
    requireText(c.responsible, `who is responsible for condition ${i + 1}`);
  });
  const ids = data.conditions.map((c) => c.conditionId);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) refuse('RETURN_PLAN.DUPLICATE_CONDITION', `condition ${duplicate} appears twice in the plan`);
  requireText(data.support, 'the support the parents get');
  if (requireDate(data.targetOn, 'the target date') < moment.today) {
    refuse('INPUT.INVALID_DATE', `the target date ${data.targetOn} lies in the past`);
  }
  const { placementId, conditions, support, targetOn } = data;
  return [{ type: 'ReturnHomePlanDrafted', data: { placementId, conditions, support, targetOn } }];
}

export function requireDraftedPlan(state: ExistingCase, placementId: string): ReturnHomePlanRecord {
  const { returnHomePlan } = requireActivePlacement(state, placementId);
  if (!returnHomePlan) refuse('RETURN_PLAN.NOT_DRAFTED', `no return-home plan is drafted for placement ${placementId}`);
  return returnHomePlan;
}

export function assessReturnCondition({ data }: AssessReturnCondition, state: ExistingCase, moment: Moment): [ReturnConditionAssessed] {
  const returnHomePlan = requireDraftedPlan(state, data.placementId);
  if (!returnHomePlan.conditions.some((c) => c.conditionId === data.conditionId)) {
    refuse('RETURN_PLAN.UNKNOWN_CONDITION', `condition ${data.conditionId} is not in the return-home plan`);
  }
  requireText(data.evidence, 'the evidence for the assessment');
  requireNotAfterToday(data.assessedOn, 'the assessment date', moment);
  const { placementId, conditionId, met, evidence, assessedOn } = data;
  return [{ type: 'ReturnConditionAssessed', data: { placementId, conditionId, met, evidence, assessedOn } }];
}

type ReturnHomeDecided = Readonly<{ placement: PlacementRecord; decision: PlacementRecord['returnDecisions'][number] }>;

export function requireReturnHomeDecided(state: ExistingCase, placementId: string): ReturnHomeDecided {
  const placement = requireActivePlacement(state, placementId);
  const decision = placement.returnDecisions.at(-1);
  if (decision?.outcome.kind !== 'return-home') {
    refuse('PLACEMENT.RETURN_HOME_NEEDS_DECISION', `no joint decision to return home is on record for placement ${placementId}`);
  }
  return { placement, decision };
}

export function recordReturnHome({ data }: RecordReturnHome, state: ExistingCase, moment: Moment): [ChildReturnedHome, PlacementEnded] {
  const { placement, decision } = requireReturnHomeDecided(state, data.placementId);
  requireText(data.aftercare, 'the aftercare');
  requireAfterStart(placement, requireNotAfterToday(data.returnedOn, 'the return date', moment), 'the return home');
  const { placementId, returnedOn, aftercare } = data;
  const { childIds } = placement;
  return [
    { type: 'ChildReturnedHome', data: { placementId, childIds, returnedOn, aftercare } },
    {
      type: 'PlacementEnded',
      data: {
        placementId,
        childIds,
        endedOn: returnedOn,
        reason: 'return-home',
        explanation: `joint return decision ${decision.decisionId}`,
      },
    },
  ];
}
