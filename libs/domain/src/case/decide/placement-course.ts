import { EndPlacement, RecordPlacementPlan } from '../commands';
import { refuse } from '../errors';
import { ChildLeftPlacement, PlacementEnded, PlacementPlanRecorded } from '../events';
import { ExistingCase } from '../state';
import { Moment, requireActivePlacement, requireAfterStart, requireDate, requireNotAfterToday, requireText } from './guards';

// Richtlijn Pleegzorg 2025: the plan of action sets the perspective-decision date with its justification
// for this child. The fixed "aanvaardbare termijn" (6 months / 1 year) was deleted in 2022: not enforced.
export function recordPlacementPlan({ data }: RecordPlacementPlan, state: ExistingCase): [PlacementPlanRecorded] {
  const placement = requireActivePlacement(state, data.placementId);
  requireText(data.justification, 'the justification of the perspective-decision date');
  requireAfterStart(placement, requireDate(data.perspectiveDecisionOn, 'the perspective-decision date'), 'the perspective decision');
  const { placementId, perspectiveDecisionOn, justification } = data;
  return [{ type: 'PlacementPlanRecorded', data: { placementId, perspectiveDecisionOn, justification } }];
}

export function endPlacement({ data }: EndPlacement, state: ExistingCase, moment: Moment): [PlacementEnded] | [ChildLeftPlacement] {
  const placement = requireActivePlacement(state, data.placementId);
  if (data.reason === 'return-home') {
    refuse('PLACEMENT.RETURN_HOME_NEEDS_DECISION', 'a return home is recorded with RecordReturnHome, after a joint return decision');
  }
  const leaving = data.childIds ?? placement.childIds;
  const notPlacedHere = leaving.filter((id) => !placement.childIds.includes(id));
  if (notPlacedHere.length > 0) {
    refuse('PLACEMENT.CHILD_NOT_IN_PLACEMENT', `child ${notPlacedHere.join(', ')} does not live in placement ${data.placementId}`);
  }
  requireText(data.explanation, 'an explanation of why the placement ends');
  requireAfterStart(placement, requireNotAfterToday(data.endedOn, 'the end date', moment), 'the end');
  const { placementId, endedOn, reason, explanation } = data;
  // The others stay where they are: the placement goes on without the children who leave.
  if (placement.childIds.some((id) => !leaving.includes(id))) {
    return [{ type: 'ChildLeftPlacement', data: { placementId, childIds: leaving, leftOn: endedOn, reason, explanation } }];
  }
  return [{ type: 'PlacementEnded', data: { placementId, childIds: placement.childIds, endedOn, reason, explanation } }];
}
