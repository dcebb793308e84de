import { PlanIntroduction, RecordIntroductionHeld } from '../commands';
import { refuse } from '../errors';
import { IntroductionHeld, IntroductionPlanned } from '../events';
import { ExistingCase } from '../state';
import {
  requireUndecidedPlacement,
  Moment,
  requireDate,
  requireFamilyMember,
  requireNotAfterToday,
  requirePlacement,
  requireText,
} from './guards';
import { requireReservedPlace } from './placement-views';

/**
 * The kennismaking: the child (with parents, as fits) meets the people of the place reserved now,
 * after the provider and the family were asked and before the match is made definitive
 * (Handboek Methodisch Matchen, phase B). Planned for a day, it is on the deadlines list until held.
 */
export function planIntroduction({ data }: PlanIntroduction, state: ExistingCase, moment: Moment): [IntroductionPlanned] {
  const placement = requireUndecidedPlacement(state, data.placementId, 'a kennismaking comes before the decision');
  const { optionId } = requireReservedPlace(data.reservation, data.placementId);
  if (placement.introductions.some((i) => i.introductionId === data.introductionId)) {
    refuse('PLACEMENT.INTRODUCTION_ALREADY_PLANNED', `kennismaking ${data.introductionId} is already planned`);
  }
  if (requireDate(data.plannedOn, 'the day of the kennismaking') < moment.today) {
    refuse(
      'PLACEMENT.INTRODUCTION_IN_PAST',
      `the kennismaking (${data.plannedOn}) lies before today (${moment.today}); record one held instead`,
    );
  }
  const { childIds, familyMemberIds, others } = data.participants;
  if (childIds.length === 0) refuse('PLACEMENT.INTRODUCTION_WITHOUT_CHILD', 'a kennismaking names the child (or children) who take part');
  const strangers = childIds.filter((id) => !placement.childIds.includes(id));
  if (strangers.length > 0)
    refuse('PLACEMENT.CHILD_NOT_IN_PLACEMENT', `child ${strangers.join(', ')} is not in placement ${data.placementId}`);
  familyMemberIds.forEach((id) => requireFamilyMember(state, id));
  others.forEach((role) => requireText(role, 'the role of each other participant'));
  const { placementId, introductionId, plannedOn, participants } = data;
  return [{ type: 'IntroductionPlanned', data: { placementId, introductionId, optionId, plannedOn, participants } }];
}

export function recordIntroductionHeld({ data }: RecordIntroductionHeld, state: ExistingCase, moment: Moment): [IntroductionHeld] {
  const placement = requirePlacement(state, data.placementId);
  const introduction = placement.introductions.find((i) => i.introductionId === data.introductionId);
  if (!introduction)
    refuse('PLACEMENT.UNKNOWN_INTRODUCTION', `no kennismaking ${data.introductionId} is planned for placement ${data.placementId}`);
  if (introduction.heldOn)
    refuse('PLACEMENT.INTRODUCTION_ALREADY_HELD', `kennismaking ${data.introductionId} was held on ${introduction.heldOn}`);
  const heldOn = requireNotAfterToday(data.heldOn, 'the day the kennismaking was held', moment);
  return [{ type: 'IntroductionHeld', data: { placementId: data.placementId, introductionId: data.introductionId, heldOn } }];
}
