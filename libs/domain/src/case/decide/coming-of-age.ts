import { addYears, ageOn, IsoDate, isIsoDate } from '../../shared/iso-date';
import { RecordFosterCareChoice } from '../commands';
import { AGE_OF_MAJORITY, majorityOn } from '../court-order-limits';
import { refuse } from '../errors';
import { CaseEvent } from '../events';
import { ExistingCase } from '../state';
import { CHILD_CONSENTS_ALONE_FROM, requireVoluntaryConsent } from './consenters';
import { Moment, requireActivePlacement, requireNotAfterToday } from './guards';
import { endPlacement } from './placement-course';

// Jeugdwet since 2018 (bill 35833): foster care continues to 21 unless the young person declines.
export const FOSTER_CARE_UNTIL_AGE = 21;

/** The 21st birthday, counted from the one 18th birthday (born on 29 February: as that one). */
export const fosterCareEndsOn = (birthDate: IsoDate): IsoDate => addYears(majorityOn(birthDate), FOSTER_CARE_UNTIL_AGE - AGE_OF_MAJORITY);

/**
 * The young person's own choice, from 16 (when they consent alone) until 21: to continue, on their own
 * consent to the placement, or to decline. Declined once they are of age, the placement ends for them that day.
 */
export function recordFosterCareChoice(command: RecordFosterCareChoice, state: ExistingCase, moment: Moment): CaseEvent[] {
  const { placementId, childId, choice } = command.data;
  const placement = requireActivePlacement(state, placementId);
  if (!placement.childIds.includes(childId)) {
    refuse('PLACEMENT.CHILD_NOT_IN_PLACEMENT', `child ${childId} does not live in placement ${placementId}`);
  }
  const chosenOn = requireNotAfterToday(command.data.chosenOn, 'the day of the choice', moment);
  const birthDate = state.children.find((c) => c.childId === childId)?.birthDate;
  if (!isIsoDate(birthDate))
    refuse('FOSTER_CARE.BIRTH_DATE_MISSING', `child ${childId} has no date of birth on record: when 18 and 21 fall cannot be told`);
  if (ageOn(birthDate, chosenOn) < CHILD_CONSENTS_ALONE_FROM) {
    refuse(
      'FOSTER_CARE.CHOICE_BEFORE_16',
      `child ${childId} is under ${CHILD_CONSENTS_ALONE_FROM} on ${chosenOn}: the young person chooses alone from ${CHILD_CONSENTS_ALONE_FROM}`,
    );
  }
  const until = fosterCareEndsOn(birthDate);
  if (chosenOn >= until)
    refuse('FOSTER_CARE.PAST_21', `child ${childId} is ${FOSTER_CARE_UNTIL_AGE} on ${until}: foster care does not continue beyond it`);
  const previous = placement.fosterCareChoices.filter((c) => c.childId === childId).at(-1);
  if (previous?.choice === 'decline') {
    refuse(
      'FOSTER_CARE.ALREADY_DECLINED',
      `the young person declined foster care after 18 on ${previous.chosenOn}: care after that is a new placement`,
    );
  }
  if (previous?.choice === choice) refuse('FOSTER_CARE.ALREADY_CHOSEN', `the young person chose to ${choice} on ${previous.chosenOn}`);
  const ofAge = majorityOn(birthDate);
  if (choice === 'continue') {
    requireVoluntaryConsent(state, childId, chosenOn);
    return [{ type: 'FosterCareChoiceRecorded', data: { placementId, childId, choice, chosenOn, placementEndsOn: until } }];
  }
  const endsOn = chosenOn > ofAge ? chosenOn : ofAge;
  const recorded: CaseEvent = {
    type: 'FosterCareChoiceRecorded',
    data: { placementId, childId, choice, chosenOn, placementEndsOn: endsOn },
  };
  if (chosenOn < ofAge) return [recorded];
  const end = {
    placementId,
    childIds: [childId],
    endedOn: chosenOn,
    reason: 'age-of-majority',
    explanation: 'The young person declined foster care after 18',
  } as const;
  return [recorded, ...endPlacement({ type: 'EndPlacement', data: { caseId: state.caseId, ...end }, actor: command.actor }, state, moment)];
}
