import { Uuid } from '../../shared/ids';
import { IsoDate } from '../../shared/iso-date';
import { EndAftercare, StartAftercare } from '../commands';
import { majorityOn } from '../court-order-limits';
import { refuse } from '../errors';
import { AftercareEnded, AftercareStarted } from '../events';
import { AftercareGround } from '../help-values';
import { ExistingCase } from '../state';
import { Moment, requireChildrenOfCase, requireDate, requireNonEmpty, requireNotAfterToday, requireText } from './guards';

/**
 * Aftercare (nazorg, DOMAIN.md step 8) follows a child's return home or their coming of age in care, with what it
 * is and when it is planned to end; the planned end is on the deadlines list until the aftercare is ended.
 */
export function startAftercare({ data }: StartAftercare, state: ExistingCase, moment: Moment): [AftercareStarted] {
  if (state.aftercare.some((a) => a.aftercareId === data.aftercareId)) {
    refuse('AFTERCARE.ALREADY_STARTED', `aftercare ${data.aftercareId} is already on record`);
  }
  requireChildrenOfCase(state, requireNonEmpty(data.childIds, 'the children the aftercare is for'));
  const inAftercare = data.childIds.filter((id) => state.aftercare.some((a) => a.ended === null && a.childIds.includes(id)));
  if (inAftercare.length > 0) refuse('AFTERCARE.CHILD_IN_AFTERCARE', `aftercare for ${inAftercare.join(', ')} is running: end it first`);
  requireNotAfterToday(data.startedOn, 'the start of the aftercare', moment);
  data.childIds.forEach((childId) => REQUIRE_GROUND[data.after](state, childId, data.startedOn));
  requireText(data.content, 'what the aftercare is');
  if (!(requireDate(data.plannedEndOn, 'the planned end') > data.startedOn)) {
    refuse('AFTERCARE.END_NOT_AHEAD', `the planned end (${data.plannedEndOn}) must lie after the start (${data.startedOn})`);
  }
  const { aftercareId, childIds, after, startedOn, content, plannedEndOn } = data;
  return [{ type: 'AftercareStarted', data: { aftercareId, childIds, after, startedOn, content, plannedEndOn } }];
}

export function endAftercare({ data }: EndAftercare, state: ExistingCase, moment: Moment): [AftercareEnded] {
  const aftercare = state.aftercare.find((a) => a.aftercareId === data.aftercareId);
  if (!aftercare) refuse('AFTERCARE.NOT_FOUND', `no aftercare ${data.aftercareId} on this case`);
  if (aftercare.ended) refuse('AFTERCARE.ALREADY_ENDED', `aftercare ${data.aftercareId} ended on ${aftercare.ended.endedOn}`);
  if (requireNotAfterToday(data.endedOn, 'the end of the aftercare', moment) < aftercare.startedOn) {
    refuse('INPUT.INVALID_DATE', `the end (${data.endedOn}) lies before the aftercare started (${aftercare.startedOn})`);
  }
  requireText(data.howItWent, 'how the aftercare went');
  const { aftercareId, endedOn, howItWent } = data;
  return [{ type: 'AftercareEnded', data: { aftercareId, endedOn, howItWent } }];
}

const REQUIRE_GROUND: Readonly<Record<AftercareGround, (state: ExistingCase, childId: Uuid, on: IsoDate) => void>> = {
  'return-home': (state, childId, on) => {
    const home = state.placements.some((p) => p.returnedHome !== null && p.returnedHome.on <= on && p.childIds.includes(childId));
    if (!home) refuse('AFTERCARE.NOT_RETURNED_HOME', `child ${childId} has not returned home from a placement by ${on}`);
  },
  // BW 1:233: of age at 18; the one majorityOn the court orders use.
  'age-of-majority': (state, childId, on) => {
    const birthDate = state.children.find((child) => child.childId === childId)?.birthDate;
    if (!birthDate || majorityOn(birthDate) > on) refuse('AFTERCARE.NOT_OF_AGE', `child ${childId} is not yet 18 on ${on}`);
  },
};
