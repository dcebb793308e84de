import { command, event } from '../testing/fixtures';
import { given } from '../testing/given-when-then';
import { signalRegistered } from '../testing/story';
import { caseAfter, codeOf, correctionRequested, moment, requesters, voiceIds } from '../testing/voice';
import { requestCorrection } from './correction';

const request = (data: Partial<{ what: string; proposed: string; aboutEventNumber: number; requestId: string }> = {}) =>
  command('RequestCorrection', {
    requestId: voiceIds.correction,
    aboutEventNumber: 2,
    what: 'I was not at home that night',
    proposed: 'Mother was at work',
    ...data,
  });

const decide = (data: Partial<{ decision: 'corrected' | 'refused'; reason: string; correction: string }> = {}) =>
  command('DecideCorrection', {
    requestId: voiceIds.correction,
    decision: 'corrected',
    reason: 'The police report names another night',
    correction: 'Mother was at work that night',
    ...data,
  });

describe('a request to correct a factual error (AVG art. 16)', () => {
  it('is asked by whoever sees the file or information from it, naming the step, what is wrong and what it should say', () => {
    const state = caseAfter([signalRegistered]);
    expect(requestCorrection(request(), state, moment, requesters.mother)).toEqual([
      { type: 'CorrectionRequested', data: { ...correctionRequested.data, requestedOn: '2026-11-23' } },
    ]);
    expect(codeOf(() => requestCorrection(request(), state, moment, requesters.fatherWithoutAuthority))).toBeUndefined();
    expect(codeOf(() => requestCorrection(request(), state, moment, requesters.sanne))).toBeUndefined();
  });

  it('is refused to whoever has no right to the file nor to information from it', () => {
    const state = caseAfter([signalRegistered]);
    for (const requester of [requesters.daan, requesters.grandmother]) {
      expect(codeOf(() => requestCorrection(request(), state, moment, requester))).toBe('FAMILY.NO_INSPECTION_RIGHT');
    }
  });

  it('needs what is wrong, what it should say, and a step number', () => {
    const state = caseAfter([signalRegistered]);
    expect(codeOf(() => requestCorrection(request({ what: '' }), state, moment, requesters.mother))).toBe('INPUT.MISSING');
    expect(codeOf(() => requestCorrection(request({ proposed: ' ' }), state, moment, requesters.mother))).toBe('INPUT.MISSING');
    expect(codeOf(() => requestCorrection(request({ aboutEventNumber: -3 }), state, moment, requesters.mother))).toBe(
      'INPUT.INVALID_EVENT_NUMBER',
    );
  });

  it('is asked once under its id', () => {
    const state = caseAfter([signalRegistered, correctionRequested]);
    expect(codeOf(() => requestCorrection(request(), state, moment, requesters.mother))).toBe('FAMILY.CORRECTION_ALREADY_REQUESTED');
  });
});

describe('the decision on a correction', () => {
  it('corrects with a new event that names the step; the step itself stays as it was', () => {
    given([signalRegistered, correctionRequested])
      .when(decide())
      .then([
        {
          type: 'CorrectionDecided',
          data: {
            requestId: voiceIds.correction,
            aboutEventNumber: 2,
            decision: 'corrected',
            reason: 'The police report names another night',
            correction: 'Mother was at work that night',
            decidedOn: '2026-11-23',
          },
        },
      ]);
  });

  it('refuses with a reason and no corrected text', () => {
    given([signalRegistered, correctionRequested])
      .when(decide({ decision: 'refused', reason: 'The report is right', correction: undefined }))
      .thenEmits([{ type: 'CorrectionDecided', data: { decision: 'refused', correction: null } }]);
    given([signalRegistered, correctionRequested])
      .when(decide({ decision: 'refused' }))
      .thenThrows('FAMILY.CORRECTION_REFUSED_WITH_TEXT');
  });

  it('always gives a reason, and a corrected text when it corrects', () => {
    given([signalRegistered, correctionRequested])
      .when(decide({ reason: '' }))
      .thenThrows('INPUT.MISSING');
    given([signalRegistered, correctionRequested])
      .when(decide({ correction: ' ' }))
      .thenThrows('INPUT.MISSING');
  });

  it('answers a request on the case, once', () => {
    given([signalRegistered]).when(decide()).thenThrows('FAMILY.CORRECTION_NOT_FOUND');
    const decided = event('CorrectionDecided', {
      requestId: voiceIds.correction,
      aboutEventNumber: 2,
      decision: 'refused',
      reason: 'The report is right',
      correction: null,
      decidedOn: '2026-11-22',
    });
    given([signalRegistered, correctionRequested, decided]).when(decide()).thenThrows('FAMILY.CORRECTION_ALREADY_DECIDED');
    expect(caseAfter([signalRegistered, correctionRequested, decided]).familyVoice.corrections).toEqual([
      {
        ...correctionRequested.data,
        decision: { decision: 'refused', reason: 'The report is right', correction: null, decidedOn: '2026-11-22' },
      },
    ]);
  });
});
