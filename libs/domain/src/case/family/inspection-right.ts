import { ageOn, IsoDate, isIsoDate } from '../../shared/iso-date';
import { AGE_OF_MAJORITY } from '../court-order-limits';
import { ExistingCase } from '../state';
import { FamilyPerson, InspectionRight } from './family-values';

/** A child sees their own file from 12 (Jeugdwet art. 7.3.10 ff., AVG art. 15). */
export const CHILD_INSPECTS_FROM = 12;
/** Parents with authority see the file while the child is under 16; from then on it is the young person's own. */
export const PARENTS_INSPECT_UNDER = 16;

const ageOfChild = (state: ExistingCase, childId: string, today: IsoDate): number | null => {
  const birthDate = state.children.find((child) => child.childId === childId)?.birthDate;
  return isIsoDate(birthDate) ? ageOn(birthDate, today) : null;
};

/**
 * What this person may see of the file today (DOMAIN.md, inspection of the file): a child from 12 their own file; a
 * family member with authority (a parent, or a guardian) the file as it concerns the children under 16 they have authority
 * over; a parent without authority the information BW 1:377c gives about their minor children, not the file; anyone else
 * nothing. A child whose birth date is not known is not taken to be 12.
 */
export function inspectionRight(state: ExistingCase, person: FamilyPerson, today: IsoDate): InspectionRight {
  if (person.as === 'child') {
    const age = ageOfChild(state, person.personId, today);
    return age !== null && age >= CHILD_INSPECTS_FROM
      ? { right: 'file', childIds: [person.personId] }
      : { right: 'none', reason: 'child-under-12' };
  }
  const authorityOver = state.familyMembers.find((m) => m.familyMemberId === person.personId)?.parentalAuthorityOver ?? [];
  const under = (limit: number) => (childId: string) => {
    const age = ageOfChild(state, childId, today);
    return age !== null && age < limit;
  };
  if (authorityOver.length > 0) {
    const childIds = authorityOver.filter(under(PARENTS_INSPECT_UNDER));
    return childIds.length > 0 ? { right: 'file', childIds } : { right: 'none', reason: 'children-16-or-over' };
  }
  if (person.as !== 'parent') return { right: 'none', reason: 'no-parent' };
  const minors = state.children.map((child) => child.childId).filter(under(AGE_OF_MAJORITY));
  return minors.length > 0 ? { right: 'information', childIds: minors } : { right: 'none', reason: 'children-of-age' };
}
