import { EndJeugdlinkInvolvement, JoinJeugdlink, RequestJeugdlink } from '../commands';
import { refuse } from '../errors';
import { JeugdlinkInvolvementEnded, JeugdlinkJoined, JeugdlinkRequested } from '../events';
import { currentJeugdlink } from '../queries';
import { ExistingCase, JeugdlinkInvolvement } from '../state';
import { Moment, requireNonEmpty, requireText } from './guards';

// A request that named no team (from before teams were named) lets nobody join until the lead asks again.
export function requireNoJeugdlinkInvolved(state: ExistingCase): void {
  const involvement = currentJeugdlink(state);
  const namesNoTeam = involvement?.status === 'requested' && involvement.team === null;
  if (involvement && involvement.status !== 'ended' && !namesNoTeam) {
    refuse('JEUGDLINK.ALREADY_INVOLVED', `Jeugdlink is already ${involvement.status} on this case`);
  }
}

export function requestJeugdlink({ data }: RequestJeugdlink, state: ExistingCase, { today }: Moment): [JeugdlinkRequested] {
  requireNoJeugdlinkInvolved(state);
  requireText(data.reason, 'the reason for asking Jeugdlink');
  const team = requireText(data.team, "the regional Jeugdlink team that may join (name it, or configure one for the case's municipality)");
  return [{ type: 'JeugdlinkRequested', data: { reason: data.reason, requestedOn: today, team } }];
}

// Jeugdlink joins only when the local professional asks for it (DOMAIN.md step 3).
export function requireJeugdlinkRequested(state: ExistingCase): void {
  if (currentJeugdlink(state)?.status !== 'requested') {
    refuse('JEUGDLINK.NOT_REQUESTED', 'Jeugdlink joins a case only after the case lead asked for it; there is no open request');
  }
}

export function joinJeugdlink({ data, actor }: JoinJeugdlink, state: ExistingCase, { today }: Moment): [JeugdlinkJoined] {
  requireJeugdlinkRequested(state);
  requireNonEmpty(data.members, 'named Jeugdlink members');
  requireText(data.purpose, 'the purpose of joining');
  return [{ type: 'JeugdlinkJoined', data: { team: actor.team, members: data.members, purpose: data.purpose, joinedOn: today } }];
}

export function requireJeugdlinkJoined(state: ExistingCase): JeugdlinkInvolvement & { team: string } {
  const involvement = currentJeugdlink(state);
  if (involvement?.status !== 'joined' || involvement.team === null) {
    refuse('JEUGDLINK.NOT_JOINED', 'no Jeugdlink team is involved in this case, so there is no involvement to end');
  }
  return { ...involvement, team: involvement.team };
}

export function endJeugdlinkInvolvement(
  { data }: EndJeugdlinkInvolvement,
  state: ExistingCase,
  { today }: Moment,
): [JeugdlinkInvolvementEnded] {
  const involvement = requireJeugdlinkJoined(state);
  requireText(data.reason, 'the reason for ending Jeugdlink involvement');
  return [{ type: 'JeugdlinkInvolvementEnded', data: { team: involvement.team, reason: data.reason, endedOn: today } }];
}
