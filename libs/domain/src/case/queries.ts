import { Uuid } from '../shared/ids';
import { addDays, IsoDate } from '../shared/iso-date';
import { CasePhase, CourtOrderRecord, ExistingCase, FamilyMemberRecord, JeugdlinkInvolvement, PlacementRecord } from './state';
import { CourtOrderKind } from './values';

export const currentJeugdlink = (state: ExistingCase): JeugdlinkInvolvement | null => state.jeugdlink.at(-1) ?? null;

export const findPlacement = (state: ExistingCase, placementId: Uuid): PlacementRecord | undefined =>
  state.placements.find((placement) => placement.placementId === placementId);

export const isCurrent = (placement: PlacementRecord): boolean => placement.status !== 'ended' && placement.status !== 'withdrawn';

/** Requested or decided, not yet started: what a withdrawal or a case's closure ends. */
export const isOpenRequest = (placement: PlacementRecord): boolean => placement.status === 'requested' || placement.status === 'decided';

/** The last day an order holds: its "tot" date, or the day before the court ended it. */
export const lastDayOf = (order: CourtOrderRecord): IsoDate => (order.ended ? addDays(order.ended.endedOn, -1) : order.validUntil);

export const isValidOn = (order: CourtOrderRecord, date: IsoDate): boolean => order.validFrom <= date && date <= lastDayOf(order);

export const courtOrdersFor = (state: ExistingCase, childId: Uuid, kinds: readonly CourtOrderKind[]): readonly CourtOrderRecord[] =>
  state.courtOrders.filter((order) => order.childId === childId && kinds.includes(order.kind));

export const activeCourtOrders = (state: ExistingCase, on: IsoDate): readonly CourtOrderRecord[] =>
  state.courtOrders.filter((order) => isValidOn(order, on));

/** The GI as guardian: the voogdij orders of the child that hold on the date. */
export const guardianshipsOf = (state: ExistingCase, childId: Uuid, on: IsoDate): readonly CourtOrderRecord[] =>
  courtOrdersFor(state, childId, ['voogdij']).filter((order) => isValidOn(order, on));

export const parentsWithAuthorityOver = (state: ExistingCase, childId: Uuid): readonly FamilyMemberRecord[] =>
  state.familyMembers.filter((member) => member.parentalAuthorityOver.includes(childId));

export function phaseOf(state: ExistingCase): CasePhase {
  if (state.status === 'closed') return 'closed';
  const current = state.placements.filter(isCurrent);
  if (current.some((placement) => placement.returnHomePlan !== null)) return 'return-home';
  if (current.length > 0) return 'placement';
  if (state.aftercare.some((aftercare) => aftercare.ended === null)) return 'aftercare';
  if (state.placements.some((placement) => placement.returnedHome !== null)) return 'aftercare';
  if (state.safetyPlans.length > 0) return 'safety-plan';
  if (state.safetyAssessments.length > 0) return 'support';
  return 'safety-assessment';
}
