import { command } from '../testing/fixtures';
import { given } from '../testing/given-when-then';
import { signalRegistered } from '../testing/story';
import { caseAfter, codeOf, complaintFiled, moment, requesters, voiceIds } from '../testing/voice';
import { fileComplaint } from './complaint';
import { DEFAULT_COMPLAINT_TERM_WEEKS } from './voice-values';

const complain = (data: Partial<{ about: string; text: string; complaintTermWeeks: number }> = {}) =>
  command('FileComplaint', {
    complaintId: voiceIds.complaint,
    about: 'The talk of 18 November',
    text: 'I was not heard',
    complaintTermWeeks: DEFAULT_COMPLAINT_TERM_WEEKS,
    ...data,
  });

const handle = (data: Partial<{ outcome: 'upheld' | 'partly-upheld' | 'not-upheld'; reason: string }> = {}) =>
  command('HandleComplaint', { complaintId: voiceIds.complaint, outcome: 'partly-upheld', reason: 'A new talk is planned', ...data });

describe('a complaint (Jeugdwet art. 4.2.1 ff.)', () => {
  it('is filed by every linked family member, whatever they may see of the file', () => {
    const state = caseAfter([signalRegistered]);
    for (const requester of Object.values(requesters)) {
      expect(codeOf(() => fileComplaint(complain(), state, moment, requester))).toBeUndefined();
    }
  });

  it('is to be handled within the scheme’s term: 6 weeks unless the deployment sets another', () => {
    const state = caseAfter([signalRegistered]);
    expect(fileComplaint(complain(), state, moment, requesters.daan)).toEqual([
      {
        type: 'ComplaintFiled',
        data: { ...complaintFiled.data, personId: requesters.daan.person.personId, filedOn: '2026-11-23', handleBy: '2027-01-04' },
      },
    ]);
    const [filed] = fileComplaint(complain({ complaintTermWeeks: 4 }), state, moment, requesters.mother);
    expect(filed.data.handleBy).toBe('2026-12-21');
  });

  it('says what it is about, and what is wrong', () => {
    const state = caseAfter([signalRegistered]);
    expect(codeOf(() => fileComplaint(complain({ about: '' }), state, moment, requesters.mother))).toBe('INPUT.MISSING');
    expect(codeOf(() => fileComplaint(complain({ text: ' ' }), state, moment, requesters.mother))).toBe('INPUT.MISSING');
  });

  it('is filed once under its id', () => {
    expect(codeOf(() => fileComplaint(complain(), caseAfter([signalRegistered, complaintFiled]), moment, requesters.mother))).toBe(
      'FAMILY.COMPLAINT_ALREADY_FILED',
    );
  });
});

describe('handling a complaint', () => {
  it('records the outcome with a reason', () => {
    given([signalRegistered, complaintFiled])
      .when(handle())
      .then([
        {
          type: 'ComplaintHandled',
          data: { complaintId: voiceIds.complaint, outcome: 'partly-upheld', reason: 'A new talk is planned', handledOn: '2026-11-23' },
        },
      ]);
    given([signalRegistered, complaintFiled])
      .when(handle({ reason: '' }))
      .thenThrows('INPUT.MISSING');
  });

  it('handles a complaint on the case, once', () => {
    given([signalRegistered]).when(handle()).thenThrows('FAMILY.COMPLAINT_NOT_FOUND');
    const handled = { type: 'ComplaintHandled', data: { ...handle().data, handledOn: '2026-11-22' } } as const;
    given([signalRegistered, complaintFiled, handled]).when(handle()).thenThrows('FAMILY.COMPLAINT_ALREADY_HANDLED');
    expect(caseAfter([signalRegistered, complaintFiled, handled]).familyVoice.complaints[0].handled).toMatchObject({
      outcome: 'partly-upheld',
    });
  });
});
