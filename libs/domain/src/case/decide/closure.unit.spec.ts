import { actors, command, ids } from '../testing/fixtures';
import { given } from '../testing/given-when-then';
import { assessedUnsafe, childrenPlacedVoluntarily, signalRegistered } from '../testing/story';

const close = command('CloseCase', { reason: 'Safe at home; aftercare finished' });
const reopen = command('ReopenCase', { reason: 'New police report' });
const closed = { type: 'CaseClosed', data: { reason: 'Safe at home; aftercare finished', closedOn: '2026-11-23' } } as const;

describe('closing and reopening a case', () => {
  it('closes with a reason', () => {
    given([signalRegistered, assessedUnsafe]).when(close).then([closed]);
  });

  it('is not closed while a child is placed', () => {
    given(childrenPlacedVoluntarily).when(close).thenThrows('CASE.ACTIVE_PLACEMENT');
  });

  it('needs a reason', () => {
    given([signalRegistered])
      .when(command('CloseCase', { reason: '' }))
      .thenThrows('INPUT.MISSING');
  });

  it('refuses every step on a closed case', () => {
    given([signalRegistered, closed])
      .when(command('RecordSafetyAssessment', { assessmentId: ids.decision, outcome: 'safe', findings: 'fine', assessedOn: '2026-11-20' }))
      .thenThrows('CASE.CLOSED');
    given([signalRegistered, closed]).when(close).thenThrows('CASE.CLOSED');
  });

  it('reopens a closed case with a reason, by the case team', () => {
    given([signalRegistered, closed])
      .when(reopen)
      .then([{ type: 'CaseReopened', data: { reason: 'New police report', reopenedOn: '2026-11-23' } }]);
    given([signalRegistered, closed])
      .when({ ...reopen, actor: actors.auditor })
      .thenThrows('ACCESS.READ_ONLY_ROLE');
  });

  it('does not reopen an open case', () => {
    given([signalRegistered]).when(reopen).thenThrows('CASE.NOT_CLOSED');
  });
});
