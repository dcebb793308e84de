import { given } from '../testing/given-when-then';
import { actors, command, event, ids, uuid } from '../testing/fixtures';
import { jeugdlinkJoined, jeugdlinkRequested, otsForSanne, signalRegistered } from '../testing/story';

const [schoolSignal, policeSignal] = [uuid(301), uuid(302)];

const recordNewSignal = (overrides: Partial<Parameters<typeof command<'RecordNewSignal'>>[1]> = {}, by = actors.caseTeam) =>
  command(
    'RecordNewSignal',
    {
      signalId: schoolSignal,
      receivedAt: '2026-11-19T07:30:00.000Z',
      source: 'school',
      concerns: ['absence from school'],
      childIds: [ids.daan],
      description: 'Daan has missed most of this week at school and looked frightened when he came back.',
      urgency: 'regular',
      ...overrides,
    },
    by,
  );

const newSignalRecorded = event('NewSignalRecorded', {
  signalId: schoolSignal,
  receivedAt: '2026-11-19T07:30:00.000Z',
  source: 'school',
  concerns: ['absence from school'],
  childIds: [ids.daan],
  description: 'Daan has missed most of this week at school and looked frightened when he came back.',
  urgency: 'regular',
  // Thursday 19 November 2026: five working days end on Thursday the 26th.
  safetyAssessmentDueOn: '2026-11-26',
});

const assess = (signalId?: string, assessedOn = '2026-11-20') =>
  command('RecordSafetyAssessment', {
    assessmentId: uuid(311),
    outcome: 'unsafe',
    findings: 'Daan is afraid of his father',
    assessedOn,
    ...(signalId ? { signalId } : {}),
  });

describe('a new signal on an open case', () => {
  it('is recorded on the case, with its own safety assessment due in 5 working days', () => {
    given([signalRegistered]).when(recordNewSignal()).then([newSignalRecorded]);
  });

  it('is assessed the same day when acute', () => {
    given([signalRegistered])
      .when(recordNewSignal({ signalId: policeSignal, urgency: 'acute', source: 'police' }))
      .thenEmits([{ type: 'NewSignalRecorded', data: { signalId: policeSignal, safetyAssessmentDueOn: '2026-11-19' } }]);
  });

  it('counts the extra non-working days the deployment hands in with the command', () => {
    given([signalRegistered])
      .when(recordNewSignal({ calendar: { extraNonWorkingDays: ['2026-11-24'] } }))
      .thenEmits([{ type: 'NewSignalRecorded', data: { safetyAssessmentDueOn: '2026-11-27' } }]);
  });

  it('concerns children of the case, at least one, each once', () => {
    given([signalRegistered])
      .when(recordNewSignal({ childIds: [uuid(399)] }))
      .thenThrows('CASE.UNKNOWN_CHILD');
    given([signalRegistered])
      .when(recordNewSignal({ childIds: [] }))
      .thenThrows('SIGNAL.NO_CHILDREN');
    given([signalRegistered])
      .when(recordNewSignal({ childIds: [ids.daan, ids.daan] }))
      .thenThrows('SIGNAL.DUPLICATE_CHILD');
  });

  it('needs a description and concerns, and is not received in the future or before the case opened', () => {
    given([signalRegistered])
      .when(recordNewSignal({ description: ' ' }))
      .thenThrows('INPUT.MISSING');
    given([signalRegistered])
      .when(recordNewSignal({ concerns: [] }))
      .thenThrows('INPUT.MISSING');
    given([signalRegistered])
      .when(recordNewSignal({ receivedAt: '2026-11-24T08:00:00Z' }))
      .thenThrows('INPUT.DATE_IN_FUTURE');
    given([signalRegistered])
      .when(recordNewSignal({ receivedAt: '2026-10-30T08:00:00Z' }))
      .thenThrows('SIGNAL.BEFORE_CASE');
  });

  it('is recorded once under its id', () => {
    given([signalRegistered, newSignalRecorded]).when(recordNewSignal()).thenThrows('SIGNAL.ALREADY_RECORDED');
  });

  it('is recorded by the case team or a joined Jeugdlink team, not by the charged GI: signals are the family’s part', () => {
    given([signalRegistered, jeugdlinkRequested, jeugdlinkJoined])
      .when(recordNewSignal({}, actors.jeugdlink))
      .thenEmits([{ type: 'NewSignalRecorded' }]);
    given([signalRegistered, otsForSanne]).when(recordNewSignal({}, actors.gi)).thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
    given([signalRegistered]).when(recordNewSignal({}, actors.otherWijkteam)).thenThrows('CASE.NOT_FOUND');
    given([signalRegistered]).when(recordNewSignal({}, actors.auditor)).thenThrows('ACCESS.READ_ONLY_ROLE');
  });

  it('on a closed case is refused, telling to reopen it first: reopening the old file is a decision of its own', () => {
    const closed = event('CaseClosed', { reason: 'Help at home is working', closedOn: '2026-11-16' });
    const refusal = given([signalRegistered, closed]).when(recordNewSignal()).thenThrows('CASE.CLOSED');
    expect(refusal.message).toMatch(/reopen/);
  });
});

describe('the safety assessment of a new signal', () => {
  it('answers the signal it names', () => {
    given([signalRegistered, newSignalRecorded])
      .when(assess(schoolSignal))
      .thenEmits([{ type: 'SafetyAssessed', data: { assessmentId: uuid(311), signalId: schoolSignal } }]);
  });

  it('answers the opening signal when it names none, and says so by leaving the id out', () => {
    const [assessed] = given([signalRegistered, newSignalRecorded])
      .when(assess())
      .thenEmits([{ type: 'SafetyAssessed' }]);
    expect(assessed.data).not.toHaveProperty('signalId');
  });

  it('names a signal recorded on this case, and is not dated before that signal came in', () => {
    given([signalRegistered, newSignalRecorded]).when(assess(policeSignal)).thenThrows('SIGNAL.NOT_FOUND');
    given([signalRegistered, newSignalRecorded]).when(assess(schoolSignal, '2026-11-18')).thenThrows('SAFETY_ASSESSMENT.BEFORE_SIGNAL');
  });
});
