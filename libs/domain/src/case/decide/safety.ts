import { Uuid } from '../../shared/ids';
import { dutchDateOf, IsoTimestamp } from '../../shared/iso-date';
import { AgreeSafetyPlan, RecordSafetyAssessment } from '../commands';
import { refuse } from '../errors';
import { SafetyAssessed, SafetyPlanAgreed } from '../events';
import { ExistingCase } from '../state';
import { Moment, requireDate, requireFamilyMember, requireNonEmpty, requireNotAfterToday, requireText } from './guards';

export function recordSafetyAssessment({ data }: RecordSafetyAssessment, state: ExistingCase, moment: Moment): [SafetyAssessed] {
  if (state.safetyAssessments.some((a) => a.assessmentId === data.assessmentId)) {
    refuse('SAFETY_ASSESSMENT.ALREADY_RECORDED', `safety assessment ${data.assessmentId} is already on record`);
  }
  requireText(data.findings, 'the findings of the safety assessment');
  requireNotAfterToday(data.assessedOn, 'the assessment date', moment);
  const receivedOn = dutchDateOf(signalAnswered(state, data.signalId).receivedAt);
  if (data.assessedOn < receivedOn) {
    refuse('SAFETY_ASSESSMENT.BEFORE_SIGNAL', `assessed on ${data.assessedOn}, before the signal came in on ${receivedOn}`);
  }
  const { assessmentId, outcome, findings, assessedOn, signalId } = data;
  return [{ type: 'SafetyAssessed', data: { assessmentId, outcome, findings, assessedOn, ...(signalId ? { signalId } : {}) } }];
}

/** The signal an assessment answers: a later one by its id, else the one that opened the case. */
function signalAnswered(state: ExistingCase, signalId: Uuid | undefined): { receivedAt: IsoTimestamp } {
  if (signalId === undefined) return state.signal;
  const signal = state.newSignals.find((s) => s.signalId === signalId);
  if (!signal) refuse('SIGNAL.NOT_FOUND', `no signal ${signalId} is recorded on this case`);
  return signal;
}

// An unsafe outcome leads to a safety plan agreed with the family (DOMAIN.md step 2).
export function requireUnsafeAssessment(state: ExistingCase): void {
  if (!state.safetyAssessments.some((a) => a.outcome !== 'safe')) {
    refuse(
      'SAFETY_PLAN.NO_UNSAFE_ASSESSMENT',
      'a safety plan follows a safety assessment that found the situation unsafe; none is on record',
    );
  }
}

export function agreeSafetyPlan({ data }: AgreeSafetyPlan, state: ExistingCase, moment: Moment): [SafetyPlanAgreed] {
  requireUnsafeAssessment(state);
  if (state.safetyPlans.some((p) => p.safetyPlanId === data.safetyPlanId)) {
    refuse('SAFETY_PLAN.ALREADY_AGREED', `safety plan ${data.safetyPlanId} is already on record`);
  }
  requireNonEmpty(data.conditions, 'safety plan conditions');
  data.conditions.forEach((condition, i) => requireText(condition, `safety plan condition ${i + 1}`));
  if (data.agreedBy.length === 0) {
    refuse('SAFETY_PLAN.NOT_AGREED_WITH_FAMILY', 'a safety plan is agreed with the family: name who agreed');
  }
  data.agreedBy.forEach((id) => requireFamilyMember(state, id));
  if (requireDate(data.reviewOn, 'the review date') <= moment.today) {
    refuse('SAFETY_PLAN.REVIEW_DATE_NOT_AHEAD', `the review date ${data.reviewOn} must lie after today (${moment.today})`);
  }
  const { safetyPlanId, conditions, reviewOn, agreedBy } = data;
  return [{ type: 'SafetyPlanAgreed', data: { safetyPlanId, conditions, reviewOn, agreedBy } }];
}
