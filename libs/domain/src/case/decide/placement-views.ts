import { RecordPlacementView } from '../commands';
import { refuse } from '../errors';
import { PlacementViewRecorded } from '../events';
import { parentsWithAuthorityOver } from '../queries';
import { ExistingCase, PlacementRecord } from '../state';
import { PlacementView, Reservation } from '../values';
import { requireUndecidedPlacement, Moment, requireFamilyMember, requireNotAfterToday, requireText } from './guards';

/**
 * The provisional match is put to the parents and the child (Handboek Methodisch Matchen, phase B):
 * each one's view on the place reserved now, in their own words. A view is about one place: when
 * another place is reserved, they are heard again.
 */
export function recordPlacementView({ data }: RecordPlacementView, state: ExistingCase, moment: Moment): [PlacementViewRecorded] {
  const placement = requireUndecidedPlacement(state, data.placementId, 'views are heard before the decision');
  const { optionId } = requireReservedPlace(data.reservation, data.placementId);
  requireKnownPerson(data.view, placement, state);
  const heardOn = requireNotAfterToday(data.heardOn, 'the day the view was heard', moment);
  return [{ type: 'PlacementViewRecorded', data: { placementId: data.placementId, optionId, view: data.view, heardOn } }];
}

export function requireReservedPlace(reservation: Reservation | null, placementId: string): Reservation {
  if (!reservation) refuse('PLACEMENT.NOT_RESERVED', `no place is reserved for placement ${placementId}`);
  if (reservation.placementId !== placementId) {
    refuse(
      'PLACEMENT.NOT_RESERVED',
      `option ${reservation.optionId} is reserved for placement ${reservation.placementId}, not ${placementId}`,
    );
  }
  return reservation;
}

/** The views the decision rests on: the latest of each child and each parent with authority on this place; refused when one is missing. */
export function requireEveryoneHeard(placement: PlacementRecord, state: ExistingCase, optionId: string): readonly PlacementView[] {
  const onPlace = placement.views.filter((v) => v.optionId === optionId).map((v) => v.view);
  const latestOf = (person: string) => onPlace.findLast((view) => personOf(view) === person);
  const unheardChildren = placement.childIds.filter((childId) => !latestOf(childId));
  if (unheardChildren.length > 0) {
    refuse(
      'PLACEMENT.CHILD_NOT_HEARD',
      `the view of child ${unheardChildren.join(', ')} on option ${optionId} is missing: record it in their own words, or not-heard with the reason`,
    );
  }
  const parents = [
    ...new Map(placement.childIds.flatMap((id) => parentsWithAuthorityOver(state, id)).map((p) => [p.familyMemberId, p])).values(),
  ];
  const unheard = parents.filter((parent) => !latestOf(parent.familyMemberId));
  if (unheard.length > 0) {
    const names = unheard.map((p) => `${p.name} (${p.familyMemberId})`).join(', ');
    refuse('PLACEMENT.PARENT_VIEW_MISSING', `the view of ${names}, who hold parental authority, on option ${optionId} is missing`);
  }
  return [...placement.childIds, ...parents.map((p) => p.familyMemberId)].map((person) => latestOf(person)!);
}

const personOf = (view: PlacementView): string => (view.participant === 'child' ? view.childId : view.familyMemberId);

function requireKnownPerson(view: PlacementView, placement: PlacementRecord, state: ExistingCase): void {
  if (view.participant === 'parent') {
    requireFamilyMember(state, view.familyMemberId);
    return void requireText(view.statement, 'the view of the parent, in their own words,');
  }
  if (!placement.childIds.includes(view.childId)) {
    refuse('PLACEMENT.CHILD_NOT_IN_PLACEMENT', `child ${view.childId} is not in placement ${placement.placementId}`);
  }
  if (view.heard) return void requireText(view.statement, 'the view of the child, in their own words,');
  if (!view.notHeardReason?.trim()) refuse('PLACEMENT.CHILD_NOT_HEARD', `child ${view.childId} was not heard: the reason is required`);
}
