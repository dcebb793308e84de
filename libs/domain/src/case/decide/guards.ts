import { Uuid } from '../../shared/ids';
import { IsoDate, isIsoDate } from '../../shared/iso-date';
import { refuse } from '../errors';
import { findPlacement } from '../queries';
import { ExistingCase, FamilyMemberRecord, PlacementRecord } from '../state';

/** The moment a command is decided: `now` as given, `today` as the Dutch calendar date. */
export type Moment = Readonly<{ now: Date; today: IsoDate }>;

export function requireText(value: string | undefined | null, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') refuse('INPUT.MISSING', `${what} is required`);
  return value;
}

export function requireNonEmpty<T>(values: readonly T[], what: string): readonly T[] {
  if (values.length === 0) refuse('INPUT.MISSING', `${what}: at least one is required`);
  return values;
}

export function requireDate(value: IsoDate, what: string): IsoDate {
  if (!isIsoDate(value)) refuse('INPUT.INVALID_DATE', `${what} must be a date as YYYY-MM-DD, got "${value}"`);
  return value;
}

export function requireNotAfterToday(value: IsoDate, what: string, { today }: Moment): IsoDate {
  if (requireDate(value, what) > today) refuse('INPUT.DATE_IN_FUTURE', `${what} (${value}) lies after today (${today})`);
  return value;
}

export function requireChildrenOfCase(state: ExistingCase, childIds: readonly Uuid[]): void {
  const unknown = childIds.filter((id) => !state.children.some((child) => child.childId === id));
  if (unknown.length > 0) refuse('CASE.UNKNOWN_CHILD', `not a child of this case: ${unknown.join(', ')}`);
}

export function requireFamilyMember(state: ExistingCase, familyMemberId: Uuid): FamilyMemberRecord {
  const member = state.familyMembers.find((m) => m.familyMemberId === familyMemberId);
  if (!member) refuse('CASE.UNKNOWN_FAMILY_MEMBER', `no family member ${familyMemberId} is recorded on this case`);
  return member;
}

export function requirePlacement(state: ExistingCase, placementId: Uuid): PlacementRecord {
  const placement = findPlacement(state, placementId);
  if (!placement) refuse('PLACEMENT.NOT_FOUND', `no placement ${placementId} on this case`);
  return placement;
}

/** A placement not decided yet; `before` says why the step must come before the decision. */
export function requireUndecidedPlacement(state: ExistingCase, placementId: Uuid, before?: string): PlacementRecord {
  const placement = requirePlacement(state, placementId);
  if (placement.status !== 'requested') {
    refuse('PLACEMENT.ALREADY_DECIDED', `placement ${placementId} is already ${placement.status}${before ? `; ${before}` : ''}`);
  }
  return placement;
}

export function requireActivePlacement(state: ExistingCase, placementId: Uuid): PlacementRecord {
  const placement = requirePlacement(state, placementId);
  if (placement.status !== 'active') {
    refuse('PLACEMENT.NOT_ACTIVE', `placement ${placementId} is ${placement.status}, not active`);
  }
  return placement;
}

export function requireAfterStart(placement: PlacementRecord, date: IsoDate, what: string): void {
  if (placement.startedOn !== null && date < placement.startedOn) {
    refuse('PLACEMENT.DATE_BEFORE_START', `${what} (${date}) lies before the placement started (${placement.startedOn})`);
  }
}
