import { ExistingCase } from '../state';
import { actors, command, event, ids, uuid } from '../testing/fixtures';
import { given, stateAfter } from '../testing/given-when-then';
import {
  courtOrder,
  handedOverToWijkteam,
  jeugdlinkEnded,
  jeugdlinkJoined,
  jeugdlinkRequested,
  otsForSanne,
  parentsRecorded,
  signalRegistered,
  signalRegisteredByVeiligThuis,
} from '../testing/story';

const taskId = uuid(900);
const forCaseTeam = { kind: 'team', name: actors.caseTeam.team, professionalId: actors.caseTeam.id } as const;

const give = (extra: object = {}, by = actors.caseTeam) =>
  command(
    'GiveTask',
    { taskId, kind: 'task', description: 'Ask the school how Sanne is doing', assignee: forCaseTeam, dueOn: '2026-11-30', ...extra },
    by,
  );

const taskGiven = event('TaskGiven', {
  taskId,
  kind: 'task',
  description: 'Ask the school how Sanne is doing',
  assignee: forCaseTeam,
  dueOn: '2026-11-30',
  at: null,
  givenOn: '2026-11-20',
  givenBy: { professionalId: actors.caseTeam.id, role: 'wijkteam', team: actors.caseTeam.team, organisation: actors.caseTeam.organisation },
});

const onCase = [signalRegistered, ...parentsRecorded];

describe('a task or appointment on a case', () => {
  it('is given to a professional of a team that writes to the case, with the day it is due', () => {
    given(onCase)
      .when(give())
      .thenEmits([
        {
          type: 'TaskGiven',
          data: { taskId, kind: 'task', assignee: forCaseTeam, dueOn: '2026-11-30', at: null, givenOn: '2026-11-23' },
        },
      ]);
  });

  it('is an appointment at a time on its day (Dutch calendar)', () => {
    given(onCase)
      .when(give({ kind: 'appointment', dueOn: '2026-12-01', at: '2026-12-01T08:30:00.000Z' }))
      .thenEmits([{ type: 'TaskGiven', data: { kind: 'appointment', at: '2026-12-01T08:30:00.000Z' } }]);
    given(onCase)
      .when(give({ kind: 'appointment', dueOn: '2026-12-01' }))
      .thenThrows('TASK.APPOINTMENT_WITHOUT_TIME');
    // 23:30 UTC on 1 December is already 2 December in the Netherlands.
    given(onCase)
      .when(give({ kind: 'appointment', dueOn: '2026-12-01', at: '2026-12-01T23:30:00.000Z' }))
      .thenThrows('TASK.TIME_NOT_ON_DUE_DAY');
  });

  it('is for the case team, the joined Jeugdlink team or the charged GI; a team that cannot write to the case is refused', () => {
    const joined = [...onCase, jeugdlinkRequested, jeugdlinkJoined];
    given(joined)
      .when(give({ assignee: { kind: 'team', name: 'jeugdlink-foodvalley' } }))
      .thenEmits([{ type: 'TaskGiven', data: { assignee: { kind: 'team', name: 'jeugdlink-foodvalley' } } }]);
    given([...onCase, otsForSanne])
      .when(give({ assignee: { kind: 'gi', name: actors.gi.organisation } }))
      .thenEmits([{ type: 'TaskGiven', data: { assignee: { kind: 'gi', name: actors.gi.organisation } } }]);
    for (const assignee of [
      { kind: 'team', name: actors.otherWijkteam.team },
      { kind: 'team', name: actors.otherJeugdlink.team },
      { kind: 'gi', name: actors.gi.organisation },
    ]) {
      given(joined).when(give({ assignee })).thenThrows('TASK.ASSIGNEE_CANNOT_WRITE');
    }
    given([...joined, jeugdlinkEnded])
      .when(give({ assignee: { kind: 'team', name: 'jeugdlink-foodvalley' } }))
      .thenThrows('TASK.ASSIGNEE_CANNOT_WRITE');
    const expired = courtOrder('ots', ids.ots, ids.sanne, '2025-11-01', '2026-10-31');
    given([...onCase, expired])
      .when(give({ assignee: { kind: 'gi', name: actors.gi.organisation } }))
      .thenThrows('TASK.ASSIGNEE_CANNOT_WRITE');
  });

  it('is for Veilig Thuis while it leads a case it registered, and for the wijkteam after the handover', () => {
    const forVeiligThuis = { kind: 'team', name: actors.veiligThuis.team } as const;
    const ledByVeiligThuis = [signalRegisteredByVeiligThuis, ...parentsRecorded];
    given(ledByVeiligThuis)
      .when(give({ assignee: forVeiligThuis }, actors.veiligThuis))
      .thenEmits([{ type: 'TaskGiven', data: { assignee: forVeiligThuis, givenBy: expect.objectContaining({ role: 'veilig-thuis' }) } }]);
    given(ledByVeiligThuis).when(give({}, actors.veiligThuis)).thenThrows('TASK.ASSIGNEE_CANNOT_WRITE');
    given([...ledByVeiligThuis, handedOverToWijkteam])
      .when(give({ assignee: forVeiligThuis }))
      .thenThrows('TASK.ASSIGNEE_CANNOT_WRITE');
    given([...ledByVeiligThuis, handedOverToWijkteam])
      .when(give())
      .thenEmits([{ type: 'TaskGiven', data: { assignee: forCaseTeam } }]);
  });

  it('is given by who writes to the case, never by a reader or an outsider', () => {
    given(onCase).when(give({}, actors.auditor)).thenThrows('ACCESS.READ_ONLY_ROLE');
    for (const outsider of [actors.otherWijkteam, actors.jeugdlink, actors.gi, actors.provider, actors.family]) {
      given(onCase).when(give({}, outsider)).thenThrows('CASE.NOT_FOUND');
    }
  });

  it('is due today or later, says what is to be done, and is given once', () => {
    given(onCase)
      .when(give({ dueOn: '2026-11-22' }))
      .thenThrows('TASK.DUE_IN_PAST');
    given(onCase)
      .when(give({ description: '' }))
      .thenThrows('INPUT.MISSING');
    given([...onCase, taskGiven])
      .when(give())
      .thenThrows('TASK.ALREADY_GIVEN');
  });

  it('is done on a day since it was given, or cancelled with a reason; then it is no longer open', () => {
    const done = command('CompleteTask', { taskId, doneOn: '2026-11-23' }, actors.caseTeam);
    const cancel = command('CancelTask', { taskId, reason: 'The school called us first' }, actors.caseTeam);
    given([...onCase, taskGiven])
      .when(done)
      .thenEmits([{ type: 'TaskCompleted', data: { taskId, doneOn: '2026-11-23' } }]);
    given([...onCase, taskGiven])
      .when(cancel)
      .thenEmits([{ type: 'TaskCancelled', data: { taskId, reason: 'The school called us first', cancelledOn: '2026-11-23' } }]);
    given([...onCase, taskGiven])
      .when(command('CompleteTask', { taskId, doneOn: '2026-11-19' }))
      .thenThrows('INPUT.INVALID_DATE');
    given([...onCase, taskGiven])
      .when(command('CancelTask', { taskId, reason: ' ' }))
      .thenThrows('INPUT.MISSING');
    const completed = [...onCase, taskGiven, event('TaskCompleted', { taskId, doneOn: '2026-11-22' })];
    given(completed).when(cancel).thenThrows('TASK.NOT_OPEN');
    given(completed).when(done).thenThrows('TASK.NOT_OPEN');
    given(onCase).when(done).thenThrows('TASK.NOT_FOUND');
    expect((stateAfter(completed) as ExistingCase).tasks).toEqual([
      expect.objectContaining({ taskId, status: 'done', doneOn: '2026-11-22' }),
    ]);
  });
});
