import { IsoDate } from '../../shared/iso-date';
import { Actor } from '../actor';
import type { ReadGround } from '../readers';
import { CaseState } from '../state';
import { familyPersonOf } from './family-person';
import { inspectionRight } from './inspection-right';

export type FamilyReadGround = Extract<ReadGround, { reader: 'family' }>;

/**
 * The ground on which a linked family member reads their own file through the family's endpoints (never `/cases/...`:
 * READER_LIST keeps the family off every professional read); null when the account is not linked or has no right today.
 */
export function familyReadGround(state: CaseState, actor: Pick<Actor, 'id' | 'role'>, today: IsoDate): FamilyReadGround | null {
  const person = familyPersonOf(state, actor);
  if (person === null || state.status === 'none') return null;
  const right = inspectionRight(state, person, today);
  return right.right === 'none' ? null : { reader: 'family', personId: person.personId, right: right.right };
}
