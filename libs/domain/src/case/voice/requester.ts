import { IsoDate } from '../../shared/iso-date';
import { Actor } from '../actor';
import { refuse } from '../errors';
import { ExistingCase } from '../state';
import { Requester } from './voice-values';

/**
 * The family member who takes a family step, with their inspection right today. Until family accounts are linked to
 * persons on the case (issue 18, family-core), no account is, and access refused the step before it got here.
 */
export function requesterOf(_state: ExistingCase, actor: Actor, _today: IsoDate): Requester {
  refuse('ACCESS.STEP_NOT_FOR_ROLE', `a ${actor.role} account is not linked to a person of this case`);
}
