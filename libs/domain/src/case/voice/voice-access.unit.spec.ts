import { actors, command } from '../testing/fixtures';
import { given } from '../testing/given-when-then';
import { jeugdlinkJoined, jeugdlinkRequested, otsForSanne, signalRegistered } from '../testing/story';
import { caseAfter, caseClosed, complaintFiled, correctionRequested, destructionRequested, voiceIds } from '../testing/voice';
import { openSteps } from '../open-steps';
import { NOW } from '../testing/fixtures';

const statement = command('AddOwnStatement', { statementId: voiceIds.statement, text: 'Mijn woorden' });
const decideCorrection = command('DecideCorrection', {
  requestId: voiceIds.correction,
  decision: 'refused',
  reason: 'The report is right',
});
const handleComplaint = command('HandleComplaint', { complaintId: voiceIds.complaint, outcome: 'not-upheld', reason: 'Heard twice' });
const keepFile = command('DecideDestruction', {
  requestId: voiceIds.destruction,
  decision: 'refuse',
  exception: 'considerable-interest-of-another',
  reason: 'Daan’s part is still needed',
});
const withRequests = [signalRegistered, correctionRequested, destructionRequested, complaintFiled];

describe('who takes the family’s steps and who answers them', () => {
  it('leaves the family’s own steps to the family: a professional of the case does not take them', () => {
    given([signalRegistered]).when(statement).thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
    given([signalRegistered])
      .when(command('FileComplaint', { complaintId: voiceIds.complaint, about: 'a', text: 'b', complaintTermWeeks: 6 }))
      .thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
  });

  it('has the answers given by who writes to the case; an outsider meets no case, an auditor or provider only reads', () => {
    for (const answer of [decideCorrection, handleComplaint, keepFile]) {
      given(withRequests)
        .when({ ...answer, actor: actors.otherWijkteam })
        .thenThrows('CASE.NOT_FOUND');
      given(withRequests)
        .when({ ...answer, actor: actors.auditor })
        .thenThrows('ACCESS.READ_ONLY_ROLE');
      given(withRequests)
        .when({ ...answer, actor: actors.provider })
        .thenThrows('CASE.NOT_FOUND');
      given([...withRequests, jeugdlinkRequested, jeugdlinkJoined])
        .when({ ...answer, actor: actors.jeugdlink })
        .thenEmits([
          {
            type:
              answer.type === 'DecideDestruction'
                ? 'DestructionRequestDecided'
                : answer.type === 'HandleComplaint'
                  ? 'ComplaintHandled'
                  : 'CorrectionDecided',
          },
        ]);
    }
  });

  it('lets the charged GI answer a correction and a complaint about its work, never the keeping of the file', () => {
    const underOts = [...withRequests, otsForSanne];
    given(underOts)
      .when({ ...decideCorrection, actor: actors.gi })
      .thenEmits([{ type: 'CorrectionDecided' }]);
    given(underOts)
      .when({ ...handleComplaint, actor: actors.gi })
      .thenEmits([{ type: 'ComplaintHandled' }]);
    given(underOts)
      .when({ ...keepFile, actor: actors.gi })
      .thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
  });

  it('answers the family on a closed case too, and takes no other step there', () => {
    const closed = [...withRequests, caseClosed];
    given(closed)
      .when(decideCorrection)
      .thenEmits([{ type: 'CorrectionDecided' }]);
    given(closed)
      .when(handleComplaint)
      .thenEmits([{ type: 'ComplaintHandled' }]);
    given(closed)
      .when(keepFile)
      .thenEmits([{ type: 'DestructionRequestDecided' }]);
    given(closed)
      .when(command('CloseCase', { reason: 'again' }))
      .thenThrows('CASE.CLOSED');
  });

  it('offers an answer on GET /steps while a request waits for it, and says why not when none does', () => {
    const of = (events: Parameters<typeof caseAfter>[0]) => {
      const steps = openSteps(actors.caseTeam, caseAfter(events), NOW);
      return (type: string) => steps.find((step) => step.type === type);
    };
    const waiting = of([...withRequests, caseClosed]);
    expect(waiting('DecideCorrection')).toMatchObject({ open: true });
    expect(waiting('DecideDestruction')).toMatchObject({ open: true });
    expect(waiting('HandleComplaint')).toMatchObject({ open: true });
    expect(waiting('AddOwnStatement')).toMatchObject({ open: false, code: 'ACCESS.STEP_NOT_FOR_ROLE' });
    const none = of([signalRegistered]);
    expect(none('DecideCorrection')).toMatchObject({ open: false, code: 'FAMILY.CORRECTION_NOT_FOUND' });
    expect(none('DecideDestruction')).toMatchObject({ open: false, code: 'FAMILY.DESTRUCTION_REQUEST_NOT_FOUND' });
    expect(none('HandleComplaint')).toMatchObject({ open: false, code: 'FAMILY.COMPLAINT_NOT_FOUND' });
  });
});
