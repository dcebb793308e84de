import { Uuid } from '../../shared/ids';
import { Actor } from '../actor';
import { CaseState, ExistingCase, FamilyAccountRecord } from '../state';
import { FamilyPerson } from './family-values';

/** The live link of a person on the case, or of an account: one of each at a time. */
export const liveLinkOfPerson = (state: ExistingCase, personId: Uuid): FamilyAccountRecord | undefined =>
  state.familyAccounts.find((link) => link.personId === personId && link.ended === null);

export const liveLinkOfAccount = (state: ExistingCase, accountId: Uuid): FamilyAccountRecord | undefined =>
  state.familyAccounts.find((link) => link.accountId === accountId && link.ended === null);

/** A child of the case or a recorded family member, as the family's side of the file names them; null: no such person. */
export function personOnCase(state: ExistingCase, personId: Uuid): FamilyPerson | null {
  if (state.children.some((child) => child.childId === personId)) return { personId, as: 'child' };
  const member = state.familyMembers.find((m) => m.familyMemberId === personId);
  return member ? { personId, as: member.relation } : null;
}

/** Who this family account is on this case: its live link's person; null for any other actor, or an account not (or no longer) linked. */
export function familyPersonOf(state: CaseState, actor: Pick<Actor, 'id' | 'role'>): FamilyPerson | null {
  if (state.status === 'none' || actor.role !== 'family') return null;
  const link = liveLinkOfAccount(state, actor.id);
  return link ? personOnCase(state, link.personId) : null;
}
