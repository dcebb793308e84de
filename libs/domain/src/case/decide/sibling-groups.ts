import { Uuid } from '../../shared/ids';
import { RequestPlacement } from '../commands';
import { refuse } from '../errors';
import { findPlacement, isCurrent } from '../queries';
import { ExistingCase } from '../state';
import { requireChildrenOfCase, requireNonEmpty } from './guards';

export type PlacedGroup = Readonly<{ placementId: Uuid; childIds: readonly Uuid[]; keptApartFrom: readonly Uuid[] }>;

/**
 * "Samen, tenzij" (Jeugdwet art. 2.3 lid 6; DOMAIN.md step 5): the children of one placement live together.
 * A request that separates siblings says which children stay together (each group its own placement, so its
 * own place) and whom a child must never live with; both need the recorded reason.
 */
export function siblingGroupsOf(data: RequestPlacement['data'], state: ExistingCase): readonly PlacedGroup[] {
  const reason = data.siblingSeparationReason?.trim();
  const groups = [{ placementId: data.placementId, childIds: data.childIds }, ...(data.separateGroups ?? [])];
  const protectedFrom = data.keptApartFrom ?? [];
  for (const group of groups) {
    if (findPlacement(state, group.placementId))
      refuse('PLACEMENT.ALREADY_REQUESTED', `placement ${group.placementId} is already on record`);
    requireNonEmpty(group.childIds, 'the children to place');
    requireChildrenOfCase(state, group.childIds);
  }
  const children = groups.flatMap((group) => group.childIds);
  requireOnce(
    groups.map((group) => group.placementId),
    'placement',
  );
  requireOnce(children, 'child');
  requireChildrenOfCase(state, protectedFrom);
  const inRequest = protectedFrom.filter((id) => children.includes(id));
  if (inRequest.length > 0) {
    refuse('PLACEMENT.INVALID_SEPARATION', `child ${inRequest.join(', ')} is in this request: put them in a separate group instead`);
  }
  if ((groups.length > 1 || protectedFrom.length > 0) && !reason) {
    refuse('PLACEMENT.SIBLINGS_SEPARATED_WITHOUT_REASON', 'state why placing these siblings together would harm one of them');
  }
  if (reason && groups.length === 1 && protectedFrom.length === 0 && children.length > 1) {
    const others = state.children.filter((child) => !children.includes(child.childId));
    if (others.length === 0) {
      refuse(
        'PLACEMENT.SEPARATION_WITHOUT_GROUPS',
        `the request says why siblings are separated but places ${children.join(', ')} in one place: name the children placed apart in separateGroups`,
      );
    }
  }
  requireSiblingsTogether(state, children, reason);
  return groups.map((group) => ({
    ...group,
    keptApartFrom: [...protectedFrom, ...children.filter((id) => !group.childIds.includes(id))],
  }));
}

function requireOnce(values: readonly Uuid[], what: string): void {
  const twice = values.filter((value, index) => values.indexOf(value) !== index);
  if (twice.length > 0) refuse('PLACEMENT.INVALID_SEPARATION', `${what} ${[...new Set(twice)].join(', ')} is named twice in this request`);
}

function requireSiblingsTogether(state: ExistingCase, children: readonly Uuid[], reason: string | undefined): void {
  const open = state.placements.filter((p) => p.status === 'requested' || p.status === 'decided');
  const alreadyRequested = children.filter((id) => open.some((p) => p.childIds.includes(id)));
  if (alreadyRequested.length > 0) {
    refuse('PLACEMENT.CHILD_HAS_OPEN_REQUEST', `a placement is already requested for child ${alreadyRequested.join(', ')}`);
  }
  const placedElsewhere = state.placements
    .filter(isCurrent)
    .flatMap((p) => p.childIds)
    .filter((id) => !children.includes(id));
  if (placedElsewhere.length > 0 && !reason) {
    refuse(
      'PLACEMENT.SIBLINGS_SEPARATED_WITHOUT_REASON',
      `siblings ${[...new Set(placedElsewhere)].join(', ')} are placed elsewhere; state why placing together would harm one of them`,
    );
  }
}
