import { command, ids } from '../testing/fixtures';
import { signalRegistered } from '../testing/story';
import { caseAfter, codeOf, moment, requesters, voiceIds } from '../testing/voice';
import { addOwnStatement } from './own-statement';

const statement = (data: { text?: string; aboutEventNumber?: number; statementId?: string } = {}) =>
  command('AddOwnStatement', { statementId: voiceIds.statement, text: 'Ik wil dat ze weten dat het thuis beter gaat', ...data });

describe('an own statement (eigen verklaring, Jeugdwet art. 7.3.10)', () => {
  it('is added by a child from 12 and by a parent with authority, in their own words, on the day', () => {
    const state = caseAfter([signalRegistered]);
    expect(addOwnStatement(statement(), state, moment, requesters.sanne)).toEqual([
      {
        type: 'OwnStatementAdded',
        data: {
          statementId: voiceIds.statement,
          personId: ids.sanne,
          text: 'Ik wil dat ze weten dat het thuis beter gaat',
          aboutEventNumber: null,
          addedOn: '2026-11-23',
        },
      },
    ]);
    const [added] = addOwnStatement(statement({ aboutEventNumber: 0 }), state, moment, requesters.mother);
    expect(added.data).toMatchObject({ personId: ids.mother, aboutEventNumber: 0 });
  });

  it('is refused to whoever may not inspect the file: a parent without authority, a child under 12, another relation', () => {
    const state = caseAfter([signalRegistered]);
    for (const requester of [requesters.fatherWithoutAuthority, requesters.daan, requesters.grandmother]) {
      expect(codeOf(() => addOwnStatement(statement(), state, moment, requester))).toBe('FAMILY.NO_FILE_RIGHT');
    }
  });

  it('needs words, and a step number that can be one', () => {
    const state = caseAfter([signalRegistered]);
    expect(codeOf(() => addOwnStatement(statement({ text: '  ' }), state, moment, requesters.sanne))).toBe('INPUT.MISSING');
    for (const aboutEventNumber of [-1, 1.5]) {
      expect(codeOf(() => addOwnStatement(statement({ aboutEventNumber }), state, moment, requesters.sanne))).toBe(
        'INPUT.INVALID_EVENT_NUMBER',
      );
    }
  });

  it('is added once: the same statement id again is a conflict', () => {
    const [added] = addOwnStatement(statement(), caseAfter([signalRegistered]), moment, requesters.sanne);
    const state = caseAfter([signalRegistered, added]);
    expect(state.familyVoice.statements).toHaveLength(1);
    expect(codeOf(() => addOwnStatement(statement(), state, moment, requesters.mother))).toBe('FAMILY.STATEMENT_ALREADY_ADDED');
  });
});
