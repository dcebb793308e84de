import { IsoDate } from '../../shared/iso-date';
import { Actor } from '../actor';
import { refuseUnknownCase } from '../access';
import { familyPersonOf } from '../family/family-person';
import { inspectionRight } from '../family/inspection-right';
import { CaseCommandType } from '../commands';
import { ExistingCase } from '../state';
import { Requester } from './voice-values';

/** The linked family member who takes a family step, with their inspection right today (access let only them through). */
export function requesterOf(type: CaseCommandType, state: ExistingCase, actor: Actor, today: IsoDate): Requester {
  const person = familyPersonOf(state, actor);
  if (person === null) refuseUnknownCase({ type, caseId: state.caseId });
  return { person, right: inspectionRight(state, person, today) };
}
