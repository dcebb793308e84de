import { actors, command } from '../testing/fixtures';
import { given } from '../testing/given-when-then';
import { jeugdlinkEnded, jeugdlinkJoined, jeugdlinkRequested, signalRegistered } from '../testing/story';

const request = command('RequestJeugdlink', { reason: 'Unsafe despite the safety plan', team: actors.jeugdlink.team });
const join = command('JoinJeugdlink', { members: jeugdlinkJoined.data.members, purpose: jeugdlinkJoined.data.purpose }, actors.jeugdlink);
const end = (by = actors.jeugdlink) => command('EndJeugdlinkInvolvement', { reason: 'OTS issued; GI takes over' }, by);

describe('Jeugdlink joins when the local professional asks', () => {
  it('is requested by the case team, with a reason, naming the regional team that may join', () => {
    given([signalRegistered])
      .when(request)
      .then([
        {
          type: 'JeugdlinkRequested',
          data: { reason: 'Unsafe despite the safety plan', requestedOn: '2026-11-23', team: actors.jeugdlink.team },
        },
      ]);
    given([signalRegistered])
      .when({ ...request, data: { ...request.data, team: '' } })
      .thenThrows('INPUT.MISSING');
    given([signalRegistered])
      .when({ ...request, data: { ...request.data, team: null } })
      .thenThrows('INPUT.MISSING');
  });

  it('is joined only by the team the case lead named; another Jeugdlink team learns nothing of the case', () => {
    given([signalRegistered, jeugdlinkRequested])
      .when({ ...join, actor: actors.otherJeugdlink })
      .thenThrows('CASE.NOT_FOUND');
  });

  it('is joined by no team on a request from before teams were named, until the lead names one', () => {
    const teamless = { ...jeugdlinkRequested, data: { ...jeugdlinkRequested.data, team: null } };
    given([signalRegistered, teamless]).when(join).thenThrows('CASE.NOT_FOUND');
    given([signalRegistered, teamless])
      .when(request)
      .thenEmits([{ type: 'JeugdlinkRequested', data: { team: actors.jeugdlink.team } }]);
    given([signalRegistered, teamless, jeugdlinkRequested])
      .when(join)
      .thenEmits([{ type: 'JeugdlinkJoined', data: { team: actors.jeugdlink.team } }]);
  });

  it('is not joined by a team that joined before, once the lead named another', () => {
    const otherTeamAsked = { ...jeugdlinkRequested, data: { ...jeugdlinkRequested.data, team: actors.otherJeugdlink.team } };
    given([signalRegistered, jeugdlinkRequested, jeugdlinkJoined, jeugdlinkEnded, otherTeamAsked])
      .when(join)
      .thenThrows('ACCESS.NOT_REQUESTED_TEAM');
    given([signalRegistered, jeugdlinkRequested, jeugdlinkJoined, jeugdlinkEnded, otherTeamAsked])
      .when({ ...join, actor: actors.otherJeugdlink })
      .thenEmits([{ type: 'JeugdlinkJoined', data: { team: actors.otherJeugdlink.team } }]);
  });

  it('is not requested again while a request is open or the team is involved', () => {
    given([signalRegistered, jeugdlinkRequested]).when(request).thenThrows('JEUGDLINK.ALREADY_INVOLVED');
    given([signalRegistered, jeugdlinkRequested, jeugdlinkJoined]).when(request).thenThrows('JEUGDLINK.ALREADY_INVOLVED');
  });

  it('may be requested again after an earlier involvement ended', () => {
    given([signalRegistered, jeugdlinkRequested, jeugdlinkJoined, jeugdlinkEnded])
      .when(request)
      .thenEmits([{ type: 'JeugdlinkRequested', data: { team: actors.jeugdlink.team } }]);
  });

  it('joins with named members and a purpose after a request', () => {
    given([signalRegistered, jeugdlinkRequested])
      .when(join)
      .then([{ ...jeugdlinkJoined, data: { ...jeugdlinkJoined.data, joinedOn: '2026-11-23' } }]);
  });

  it('does not join without an open request, and learns nothing of the case', () => {
    given([signalRegistered]).when(join).thenThrows('CASE.NOT_FOUND');
  });

  it('does not join twice on one request', () => {
    given([signalRegistered, jeugdlinkRequested, jeugdlinkJoined]).when(join).thenThrows('JEUGDLINK.NOT_REQUESTED');
  });

  it('joins with at least one named member', () => {
    given([signalRegistered, jeugdlinkRequested])
      .when({ ...join, data: { ...join.data, members: [] } })
      .thenThrows('INPUT.MISSING');
  });

  it('is joined by a Jeugdlink team, not by the wijkteam on its behalf', () => {
    given([signalRegistered, jeugdlinkRequested])
      .when({ ...join, actor: actors.caseTeam })
      .thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
  });

  it('ends its involvement with a reason', () => {
    given([signalRegistered, jeugdlinkRequested, jeugdlinkJoined])
      .when(end())
      .then([{ ...jeugdlinkEnded, data: { ...jeugdlinkEnded.data, endedOn: '2026-11-23' } }]);
  });

  it('cannot end an involvement that has not begun', () => {
    given([signalRegistered, jeugdlinkRequested]).when(end(actors.caseTeam)).thenThrows('JEUGDLINK.NOT_JOINED');
  });
});
