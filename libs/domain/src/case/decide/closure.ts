import { CloseCase, ReopenCase } from '../commands';
import { refuse } from '../errors';
import { CaseClosed, CaseReopened, PlacementRequestWithdrawn, TaskCancelled } from '../events';
import { isOpenRequest } from '../queries';
import { ExistingCase } from '../state';
import { Moment, requireText } from './guards';

export function closeCase(
  { data }: CloseCase,
  state: ExistingCase,
  { today }: Moment,
): (PlacementRequestWithdrawn | TaskCancelled | CaseClosed)[] {
  requireNoActivePlacement(state);
  requireText(data.reason, 'the reason for closing the case');
  // DOMAIN.md Rules: closing ends every open placement process; the withdrawal is what the process acts on.
  const withdrawals = state.placements.filter(isOpenRequest).map((p): PlacementRequestWithdrawn => ({
    type: 'PlacementRequestWithdrawn',
    data: { placementId: p.placementId, childIds: p.childIds, reason: `case closed: ${data.reason}`, withdrawnOn: today },
  }));
  // Nothing stays due on a closed case: its open tasks end with it, on the record.
  const cancellations = state.tasks
    .filter((task) => task.status === 'open')
    .map((task): TaskCancelled => ({
      type: 'TaskCancelled',
      data: { taskId: task.taskId, reason: `case closed: ${data.reason}`, cancelledOn: today },
    }));
  return [...withdrawals, ...cancellations, { type: 'CaseClosed', data: { reason: data.reason, closedOn: today } }];
}

/** What closing a case asks of the case itself, whatever the reason given. */
export function requireNoActivePlacement(state: ExistingCase): void {
  const active = state.placements.filter((p) => p.status === 'active');
  if (active.length > 0) {
    const children = active.flatMap((p) => p.childIds).join(', ');
    refuse('CASE.ACTIVE_PLACEMENT', `child ${children} is still placed; end the placement before closing the case`);
  }
}

export function requireClosedCase(state: ExistingCase): void {
  if (state.status !== 'closed') refuse('CASE.NOT_CLOSED', 'the case is open; only a closed case is reopened');
}

export function reopenCase({ data }: ReopenCase, state: ExistingCase, { today }: Moment): [CaseReopened] {
  requireClosedCase(state);
  requireText(data.reason, 'the reason for reopening the case');
  return [{ type: 'CaseReopened', data: { reason: data.reason, reopenedOn: today } }];
}
