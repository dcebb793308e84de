import { RematchPlacement, WithdrawPlacementRequest } from '../commands';
import { refuse } from '../errors';
import { PlacementRematchRequested, PlacementRequestWithdrawn } from '../events';
import { isOpenRequest } from '../queries';
import { ExistingCase, PlacementRecord } from '../state';
import { requireUndecidedPlacement, Moment, requirePlacement, requireText } from './guards';

// A request nobody can fill must not hold the child: withdrawn, the child can get a new request (issue 15).
export function withdrawPlacementRequest(
  { data }: WithdrawPlacementRequest,
  state: ExistingCase,
  { today }: Moment,
): [PlacementRequestWithdrawn] {
  const placement = requireOpenRequest(state, data.placementId);
  requireText(data.reason, 'the reason the request is withdrawn');
  const { placementId, reason } = data;
  return [{ type: 'PlacementRequestWithdrawn', data: { placementId, childIds: placement.childIds, reason, withdrawnOn: today } }];
}

export function rematchPlacement({ data }: RematchPlacement, state: ExistingCase, { today }: Moment): [PlacementRematchRequested] {
  const placement = requireRematchable(state, data.placementId);
  requireText(data.reason, 'the reason matching runs again');
  if (data.needs) requireText(data.needs.description, "a description of the child's needs");
  const { placementId, reason } = data;
  return [{ type: 'PlacementRematchRequested', data: { placementId, needs: data.needs ?? placement.needs, reason, requestedOn: today } }];
}

export function requireRematchable(state: ExistingCase, placementId: string): PlacementRecord {
  requireOpenRequest(state, placementId);
  return requireUndecidedPlacement(state, placementId, 'matching does not run again');
}

export function requireOpenRequest(state: ExistingCase, placementId: string): PlacementRecord {
  const placement = requirePlacement(state, placementId);
  if (!isOpenRequest(placement)) refuse('PLACEMENT.NOT_OPEN', `placement ${placementId} is ${placement.status}, not an open request`);
  return placement;
}
