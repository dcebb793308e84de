import { actors, command, event, ids, uuid } from '../testing/fixtures';
import { Actor } from '../actor';
import { given } from '../testing/given-when-then';
import { jeugdlinkJoined, jeugdlinkRequested, motherRecorded, otsForSanne, signalRegistered } from '../testing/story';
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

const account = (n: number): Actor => ({ id: uuid(n), role: 'family', team: 'family', organisation: 'family' });
const [sanne, daan, mother, father] = [account(311), account(312), account(313), account(314)];
const linked = (personId: string, who: Actor) => event('FamilyAccountLinked', { personId, accountId: who.id, linkedOn: '2026-11-20' });
const fatherWithoutAuthority = event('FamilyMemberRecorded', {
  familyMemberId: ids.father,
  name: 'Mark de Vries',
  relation: 'parent',
  parentalAuthorityOver: [],
  contact: {},
});
const family = [
  signalRegistered,
  motherRecorded,
  fatherWithoutAuthority,
  linked(ids.sanne, sanne),
  linked(ids.daan, daan),
  linked(ids.mother, mother),
  linked(ids.father, father),
];
const by = <C extends { actor: Actor }>(step: C, actor: Actor): C => ({ ...step, actor });
const askDestruction = command('RequestDestruction', { requestId: voiceIds.destruction });

describe('the family’s own steps, by a linked account, with the right its person has today', () => {
  it('records the statement as the words of the person the account is linked to', () => {
    given(family)
      .when(by(statement, sanne))
      .thenEmits([{ type: 'OwnStatementAdded', data: { personId: ids.sanne, text: 'Mijn woorden', addedOn: '2026-11-23' } }]);
    given(family)
      .when(by(statement, mother))
      .thenEmits([{ type: 'OwnStatementAdded', data: { personId: ids.mother } }]);
  });

  it('refuses what the person’s right does not give: a statement of a parent without authority, destruction asked by a child of 7', () => {
    given(family).when(by(statement, father)).thenThrows('FAMILY.NO_FILE_RIGHT');
    given(family).when(by(statement, daan)).thenThrows('FAMILY.NO_FILE_RIGHT');
    given(family).when(by(askDestruction, daan)).thenThrows('FAMILY.DESTRUCTION_CHILD_UNDER_12');
    given(family).when(by(askDestruction, father)).thenThrows('FAMILY.NO_FILE_RIGHT');
    given(family)
      .when(by(askDestruction, sanne))
      .thenEmits([{ type: 'DestructionRequested', data: { personId: ids.sanne } }]);
  });

  it('takes a complaint from each linked person, and a correction from whoever sees the file or information from it', () => {
    const complaint = command('FileComplaint', { complaintId: voiceIds.complaint, about: 'a', text: 'b', complaintTermWeeks: 6 });
    for (const who of [sanne, daan, mother, father])
      given(family)
        .when(by(complaint, who))
        .thenEmits([{ type: 'ComplaintFiled' }]);
    const correction = command('RequestCorrection', { requestId: voiceIds.correction, aboutEventNumber: 1, what: 'a', proposed: 'b' });
    given(family)
      .when(by(correction, father))
      .thenEmits([{ type: 'CorrectionRequested', data: { personId: ids.father } }]);
    given(family).when(by(correction, daan)).thenThrows('FAMILY.NO_INSPECTION_RIGHT');
  });

  it('names a step by its number without telling whether the case holds it (the count would show a parent hidden parts)', () => {
    given(family)
      .when(by(command('AddOwnStatement', { statementId: voiceIds.statement, text: 'Over later', aboutEventNumber: 999 }), mother))
      .thenEmits([{ type: 'OwnStatementAdded', data: { aboutEventNumber: 999 } }]);
  });

  it('meets no case for an account whose link ended, an account linked on another case, and a family account on the answers', () => {
    const ended = event('FamilyAccountLinkEnded', { personId: ids.mother, accountId: mother.id, endedOn: '2026-11-22', reason: 'moved' });
    given([...family, ended])
      .when(by(statement, mother))
      .thenThrows('CASE.NOT_FOUND');
    given(family)
      .when(by(statement, account(399)))
      .thenThrows('CASE.NOT_FOUND');
    given([...family, correctionRequested])
      .when(by(decideCorrection, mother))
      .thenThrows('CASE.NOT_FOUND');
  });
});
