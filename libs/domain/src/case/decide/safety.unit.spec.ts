import { command, ids } from '../testing/fixtures';
import { given } from '../testing/given-when-then';
import { assessedUnsafe, parentsRecorded, signalRegistered } from '../testing/story';

const assess = (overrides: Partial<Parameters<typeof command<'RecordSafetyAssessment'>>[1]> = {}) =>
  command('RecordSafetyAssessment', {
    assessmentId: assessedUnsafe.data.assessmentId,
    outcome: 'unsafe',
    findings: assessedUnsafe.data.findings,
    assessedOn: '2026-11-06',
    ...overrides,
  });

const agreePlan = (overrides: Partial<Parameters<typeof command<'AgreeSafetyPlan'>>[1]> = {}) =>
  command('AgreeSafetyPlan', {
    safetyPlanId: ids.decision,
    conditions: ['Father stays with his brother for now', 'Mother calls the wijkteam after any threat'],
    reviewOn: '2026-12-07',
    agreedBy: [ids.mother, ids.father],
    ...overrides,
  });

describe('safety assessment', () => {
  it('records the outcome and findings', () => {
    given([signalRegistered]).when(assess()).then([assessedUnsafe]);
  });

  it('refuses an assessment dated before the signal came in', () => {
    given([signalRegistered])
      .when(assess({ assessedOn: '2026-11-01' }))
      .thenThrows('SAFETY_ASSESSMENT.BEFORE_SIGNAL');
  });

  it('refuses the same assessment twice', () => {
    given([signalRegistered, assessedUnsafe]).when(assess()).thenThrows('SAFETY_ASSESSMENT.ALREADY_RECORDED');
  });

  it('refuses an assessment without findings', () => {
    given([signalRegistered])
      .when(assess({ findings: '' }))
      .thenThrows('INPUT.MISSING');
  });
});

describe('safety plan', () => {
  const unsafe = [signalRegistered, ...parentsRecorded, assessedUnsafe];

  it('is agreed with the parents after an unsafe assessment, with a review date', () => {
    const { caseId: _, ...data } = agreePlan().data;
    given(unsafe)
      .when(agreePlan())
      .then([{ type: 'SafetyPlanAgreed', data }]);
  });

  it('is refused when no assessment found the situation unsafe', () => {
    const safe = { ...assessedUnsafe, data: { ...assessedUnsafe.data, outcome: 'safe' as const } };
    given([signalRegistered, ...parentsRecorded, safe])
      .when(agreePlan())
      .thenThrows('SAFETY_PLAN.NO_UNSAFE_ASSESSMENT');
  });

  it('is refused when no family member agreed to it', () => {
    given(unsafe)
      .when(agreePlan({ agreedBy: [] }))
      .thenThrows('SAFETY_PLAN.NOT_AGREED_WITH_FAMILY');
  });

  it('is refused with a review date that is not ahead', () => {
    given(unsafe)
      .when(agreePlan({ reviewOn: '2026-11-23' }))
      .thenThrows('SAFETY_PLAN.REVIEW_DATE_NOT_AHEAD');
  });

  it('is refused without conditions', () => {
    given(unsafe)
      .when(agreePlan({ conditions: [] }))
      .thenThrows('INPUT.MISSING');
  });

  it('is refused twice under the same id', () => {
    const { caseId: _, ...data } = agreePlan().data;
    given([...unsafe, { type: 'SafetyPlanAgreed', data }])
      .when(agreePlan())
      .thenThrows('SAFETY_PLAN.ALREADY_AGREED');
  });
});
