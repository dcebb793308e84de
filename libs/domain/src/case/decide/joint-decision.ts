import { IsoDate } from '../../shared/iso-date';
import { DomainErrorCode, refuse } from '../errors';
import { activeCourtOrders, parentsWithAuthorityOver } from '../queries';
import { ExistingCase, PlacementRecord } from '../state';
import { ParticipantViewOf } from '../values';
import { requireText } from './guards';

/** The codes a joint decision refuses with when a voice is missing or unknown. */
export type VoiceCodes = Readonly<{
  unknownParticipant: DomainErrorCode;
  childNotHeard: DomainErrorCode;
  parentViewMissing: DomainErrorCode;
  giViewMissing: DomainErrorCode;
}>;

/**
 * A joint decision on a placed child (Richtlijn Uithuisplaatsing en terugplaatsing 2023): every child's view in
 * their own words (or not heard, with the reason), every parent with authority's, the GI's under a court order.
 */
export function requireEveryVoice(
  views: readonly ParticipantViewOf<string>[],
  decidedOn: IsoDate,
  placement: PlacementRecord,
  state: ExistingCase,
  codes: VoiceCodes,
): void {
  views.forEach((view) => requireKnownParticipant(view, placement, state, codes));
  for (const childId of placement.childIds) {
    if (!views.some((v) => v.participant === 'child' && v.childId === childId)) {
      refuse(codes.childNotHeard, `the view of child ${childId} is missing: record it in their own words, or not-heard with the reason`);
    }
  }
  const parents = placement.childIds.flatMap((childId) => parentsWithAuthorityOver(state, childId));
  const unheard = parents.filter((p) => !views.some((v) => v.participant === 'parent' && v.familyMemberId === p.familyMemberId));
  if (unheard.length > 0) {
    const names = [...new Set(unheard.map((p) => `${p.name} (${p.familyMemberId})`))].join(', ');
    refuse(codes.parentViewMissing, `the view of ${names}, who hold parental authority, is missing`);
  }
  const order = activeCourtOrders(state, decidedOn).find((o) => placement.childIds.includes(o.childId));
  if (order && !views.some((v) => v.participant === 'gi')) {
    refuse(
      codes.giViewMissing,
      `a ${order.kind} is active for child ${order.childId}: the view of the GI charged with it (court order ${order.courtOrderId}) is missing`,
    );
  }
}

function requireKnownParticipant(view: ParticipantViewOf<string>, placement: PlacementRecord, state: ExistingCase, codes: VoiceCodes) {
  if (view.participant === 'child' && !placement.childIds.includes(view.childId)) {
    refuse(codes.unknownParticipant, `child ${view.childId} is not in placement ${placement.placementId}`);
  }
  if (view.participant === 'parent' && !state.familyMembers.some((m) => m.familyMemberId === view.familyMemberId)) {
    refuse(codes.unknownParticipant, `no family member ${view.familyMemberId} is recorded on this case`);
  }
  if (view.participant === 'child' && !view.heard) {
    if (!view.notHeardReason?.trim()) refuse(codes.childNotHeard, `child ${view.childId} was not heard: the reason is required`);
    return;
  }
  requireText(view.statement, `the statement of a ${view.participant}, in their own words,`);
}
