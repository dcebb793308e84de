import { Uuid } from '../../shared/ids';
import { EndWithholding, MarkNotForParents, WithholdFromFamily } from '../commands';
import { refuse } from '../errors';
import { PartMarkedNotForParents, PartWithheldFromFamily, WithholdingEnded } from '../events';
import { personOnCase } from '../family/family-person';
import { ExistingCase } from '../state';
import { Moment, requireNonEmpty, requireText } from './guards';

/** The part is an event already on the case, named by its stream revision. */
function requireEventOnCase(state: ExistingCase, eventNumber: number): number {
  if (!Number.isInteger(eventNumber) || eventNumber < 0 || eventNumber >= state.eventCount) {
    refuse('FAMILY.EVENT_UNKNOWN', `the case has no event ${eventNumber}; its events are numbered 0 to ${state.eventCount - 1}`);
  }
  return eventNumber;
}

/**
 * A professional withholds a part of the file from the family where another person's privacy or the child's interest
 * weighs heavier (Jeugdwet art. 7.3.11, to confirm): a recorded step with its ground and reason, which an auditor reviews in the
 * case history and the family sees (that, when and why; not what).
 */
export function withholdFromFamily({ data }: WithholdFromFamily, state: ExistingCase, moment: Moment): [PartWithheldFromFamily] {
  if (state.withholdings.some((w) => w.withholdingId === data.withholdingId)) {
    refuse('FAMILY.WITHHOLDING_ALREADY_RECORDED', `withholding ${data.withholdingId} is already on record`);
  }
  const eventNumber = requireEventOnCase(state, data.eventNumber);
  if (typeof data.from !== 'string') requirePersons(state, requireNonEmpty(data.from, 'from whom the part is withheld'));
  const reason = requireText(data.reason, 'the reason the part is withheld');
  const { withholdingId, from, ground } = data;
  return [{ type: 'PartWithheldFromFamily', data: { withholdingId, eventNumber, from, ground, reason, withheldOn: moment.today } }];
}

function requirePersons(state: ExistingCase, personIds: readonly Uuid[]): void {
  const unknown = personIds.filter((personId) => personOnCase(state, personId) === null);
  if (unknown.length > 0) refuse('FAMILY.PERSON_UNKNOWN', `not a child or recorded family member of this case: ${unknown.join(', ')}`);
}

/** The family sees the part again from now on; the withholding stays in the history. */
export function endWithholding({ data }: EndWithholding, state: ExistingCase, moment: Moment): [WithholdingEnded] {
  const withholding = state.withholdings.find((w) => w.withholdingId === data.withholdingId);
  if (!withholding) refuse('FAMILY.WITHHOLDING_NOT_FOUND', `no withholding ${data.withholdingId} on this case`);
  if (withholding.ended) refuse('FAMILY.WITHHOLDING_ALREADY_ENDED', `withholding ${data.withholdingId} ended on ${withholding.ended.on}`);
  const reason = requireText(data.reason, 'the reason the withholding ends');
  return [{ type: 'WithholdingEnded', data: { withholdingId: data.withholdingId, endedOn: moment.today, reason } }];
}

/**
 * What a parent must never learn (a child's words said in confidence, a foster family's address under a contact ban):
 * unlike a withholding, a parent's view carries no trace of it. A mark does not end: the case team withholds no less later.
 */
export function markNotForParents({ data }: MarkNotForParents, state: ExistingCase, moment: Moment): [PartMarkedNotForParents] {
  if (state.notForParents.some((mark) => mark.markId === data.markId)) {
    refuse('FAMILY.MARK_ALREADY_RECORDED', `mark ${data.markId} is already on record`);
  }
  const eventNumber = requireEventOnCase(state, data.eventNumber);
  const reason = requireText(data.reason, 'the reason the part is not for the parents');
  return [{ type: 'PartMarkedNotForParents', data: { markId: data.markId, eventNumber, reason, markedOn: moment.today } }];
}
