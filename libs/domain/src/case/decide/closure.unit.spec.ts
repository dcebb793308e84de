import { actors, command, event, ids, uuid } from '../testing/fixtures';
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

  it('cancels every open task and appointment, so nothing stays due on a closed case', () => {
    const task = (taskId: string) =>
      event('TaskGiven', {
        taskId,
        kind: 'task',
        description: 'Call the school',
        assignee: { kind: 'team', name: actors.caseTeam.team },
        dueOn: '2026-11-30',
        at: null,
        givenOn: '2026-11-20',
        givenBy: { professionalId: actors.caseTeam.id, role: 'wijkteam', team: actors.caseTeam.team, organisation: 'Gemeente Ede' },
      });
    const done = event('TaskCompleted', { taskId: uuid(901), doneOn: '2026-11-21' });
    given([signalRegistered, task(uuid(900)), task(uuid(901)), done])
      .when(close)
      .then([
        {
          type: 'TaskCancelled',
          data: { taskId: uuid(900), reason: 'case closed: Safe at home; aftercare finished', cancelledOn: '2026-11-23' },
        },
        closed,
      ]);
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
