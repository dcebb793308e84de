import { addDays } from '../shared/iso-date';
import { placementBrief, placementReadGround } from './placement-view';
import { canReadCase, isPlacingProfessional, listReadGround, readersOf, readGround } from './readers';
import { ExistingCase } from './state';
import { actors, event, ids, TODAY } from './testing/fixtures';
import { stateAfter } from './testing/given-when-then';
import {
  childrenPlacedVoluntarily,
  jeugdlinkEnded,
  jeugdlinkJoined,
  jeugdlinkRequested,
  otsForSanne,
  placementDecided,
  placementRequested,
  handedOverToWijkteam,
  signalRegistered,
  signalRegisteredByVeiligThuis,
} from './testing/story';

describe('who may read a case', () => {
  const opened = stateAfter([signalRegistered]);

  it('the case team and auditors; not another wijkteam, nor the family yet', () => {
    expect(canReadCase(opened, actors.caseTeam)).toBe(true);
    expect(canReadCase(opened, actors.auditor)).toBe(true);
    expect(canReadCase(opened, actors.otherWijkteam)).toBe(false);
    expect(canReadCase(opened, actors.family)).toBe(false);
  });

  it('a Jeugdlink team after joining, and afterwards its own history', () => {
    expect(canReadCase(stateAfter([signalRegistered, jeugdlinkRequested]), actors.jeugdlink)).toBe(false);
    expect(canReadCase(stateAfter([signalRegistered, jeugdlinkRequested, jeugdlinkJoined]), actors.jeugdlink)).toBe(true);
    expect(canReadCase(stateAfter([signalRegistered, jeugdlinkRequested, jeugdlinkJoined, jeugdlinkEnded]), actors.jeugdlink)).toBe(true);
    expect(canReadCase(stateAfter([signalRegistered, jeugdlinkRequested, jeugdlinkJoined]), actors.otherJeugdlink)).toBe(false);
  });

  it('the GI named in a court order', () => {
    expect(canReadCase(opened, actors.gi)).toBe(false);
    expect(canReadCase(stateAfter([signalRegistered, otsForSanne]), actors.gi)).toBe(true);
    expect(canReadCase(stateAfter([signalRegistered, otsForSanne]), actors.otherGi)).toBe(false);
  });

  it('never the provider, not even of a decided placement: it reads that placement only', () => {
    expect(canReadCase(opened, actors.provider)).toBe(false);
    expect(canReadCase(stateAfter(childrenPlacedVoluntarily), actors.provider)).toBe(false);
  });

  it('Veilig Thuis on the case it registered: leading it, then its own history after the handover; no other Veilig Thuis team', () => {
    const leading = stateAfter([signalRegisteredByVeiligThuis]) as ExistingCase;
    const handedOver = stateAfter([signalRegisteredByVeiligThuis, handedOverToWijkteam]) as ExistingCase;
    expect(readersOf(leading)).toMatchObject({ caseTeam: actors.veiligThuis.team, veiligThuisTeams: [actors.veiligThuis.team] });
    expect(readGround(leading, actors.veiligThuis)).toEqual({ reader: 'veilig-thuis', team: actors.veiligThuis.team, leads: true });
    expect(readGround(handedOver, actors.veiligThuis)).toEqual({ reader: 'veilig-thuis', team: actors.veiligThuis.team, leads: false });
    expect(readGround(handedOver, actors.caseTeam)).toEqual({ reader: 'case-team', team: actors.caseTeam.team });
    expect(canReadCase(leading, actors.caseTeam)).toBe(false);
    expect(canReadCase(leading, actors.otherVeiligThuis)).toBe(false);
    expect(canReadCase(opened, actors.veiligThuis)).toBe(false);
    expect(listReadGround(actors.veiligThuis)).toEqual({ reader: 'veilig-thuis', team: actors.veiligThuis.team, leads: undefined });
    expect([isPlacingProfessional(leading, actors.veiligThuis), isPlacingProfessional(handedOver, actors.veiligThuis)]).toEqual([
      true,
      false,
    ]);
  });

  it('not a wijkteam whose team is spelled as the Veilig Thuis team that leads the case: the case team reads by role too', () => {
    const lookAlike = { ...actors.caseTeam, team: actors.veiligThuis.team };
    expect(canReadCase(stateAfter([signalRegisteredByVeiligThuis]), lookAlike)).toBe(false);
  });

  it('nobody reads a case that does not exist', () => {
    expect(canReadCase(stateAfter([]), actors.auditor)).toBe(false);
  });

  it('names each reader and its ground, the lists the read models filter on', () => {
    const joinedThenEnded = stateAfter([
      signalRegistered,
      jeugdlinkRequested,
      jeugdlinkJoined,
      jeugdlinkEnded,
      otsForSanne,
    ]) as ExistingCase;
    expect(readersOf(joinedThenEnded)).toEqual({
      caseTeam: actors.caseTeam.team,
      jeugdlinkTeams: [actors.jeugdlink.team],
      giOrganisations: [actors.gi.organisation],
      veiligThuisTeams: [],
    });
    expect(readGround(joinedThenEnded, actors.jeugdlink)).toEqual({ reader: 'jeugdlink-team', team: actors.jeugdlink.team, joined: false });
    expect(readGround(stateAfter([signalRegistered, jeugdlinkRequested, jeugdlinkJoined]), actors.jeugdlink)).toMatchObject({
      joined: true,
    });
    expect(readGround(joinedThenEnded, actors.gi)).toEqual({ reader: 'gi', organisation: actors.gi.organisation });
    expect(readGround(joinedThenEnded, actors.caseTeam)).toEqual({ reader: 'case-team', team: actors.caseTeam.team });
    expect(listReadGround(actors.jeugdlink)).toEqual({ reader: 'jeugdlink-team', team: actors.jeugdlink.team, joined: undefined });
    expect(listReadGround(actors.provider)).toBeNull();
    expect(listReadGround(actors.family)).toBeNull();
  });

  it('lets only those who place the children now take part in the placement: not auditors, nor a Jeugdlink team that left', () => {
    const state = stateAfter([signalRegistered, jeugdlinkRequested, jeugdlinkJoined, otsForSanne]);
    expect([actors.caseTeam, actors.jeugdlink, actors.gi].map((a) => isPlacingProfessional(state, a))).toEqual([true, true, true]);
    expect(isPlacingProfessional(state, actors.auditor)).toBe(false);
    expect(
      isPlacingProfessional(stateAfter([signalRegistered, jeugdlinkRequested, jeugdlinkJoined, jeugdlinkEnded]), actors.jeugdlink),
    ).toBe(false);
  });
});

describe('who may read one placement', () => {
  const placed = stateAfter(childrenPlacedVoluntarily) as ExistingCase;
  const ended = (endedOn: string) =>
    stateAfter([
      ...childrenPlacedVoluntarily,
      event('PlacementEnded', {
        placementId: ids.placement,
        childIds: [ids.sanne, ids.daan],
        endedOn,
        reason: 'breakdown',
        explanation: 'It broke down',
      }),
    ]);
  const days = 14;

  it('its provider while it runs, and for the configured days after it ended, then no longer', () => {
    expect(placementReadGround(placed, ids.placement, actors.provider, TODAY, days)).toEqual({
      reader: 'provider',
      organisation: actors.provider.organisation,
    });
    expect(placementReadGround(ended(TODAY), ids.placement, actors.provider, addDays(TODAY, days - 1), days)).not.toBeNull();
    expect(placementReadGround(ended(TODAY), ids.placement, actors.provider, addDays(TODAY, days), days)).toBeNull();
    expect(placementReadGround(ended(TODAY), ids.placement, actors.provider, TODAY, 0)).toBeNull();
  });

  it('no longer after the case closed around it, nor before a decision, nor another provider', () => {
    const closed = stateAfter([...childrenPlacedVoluntarily, event('CaseClosed', { reason: 'Moved abroad', closedOn: '2026-10-01' })]);
    expect(placementReadGround(closed, ids.placement, actors.provider, TODAY, days)).toBeNull();
    const requested = stateAfter([signalRegistered, placementRequested(ids.secondPlacement, [ids.sanne], 'voluntary')]);
    expect(placementReadGround(requested, ids.secondPlacement, actors.provider, TODAY, days)).toBeNull();
    const otherProvider = { ...actors.provider, organisation: 'Gezinshuis De Linde' };
    expect(placementReadGround(placed, ids.placement, otherProvider, TODAY, days)).toBeNull();
    expect(placementReadGround(placed, ids.secondPlacement, actors.provider, TODAY, days)).toBeNull();
  });

  it('the case readers on their own ground', () => {
    expect(placementReadGround(placed, ids.placement, actors.caseTeam, TODAY, days)).toEqual({
      reader: 'case-team',
      team: actors.caseTeam.team,
    });
    expect(placementReadGround(placed, ids.placement, actors.otherWijkteam, TODAY, days)).toBeNull();
  });

  it('tells the provider the child, the needs, the start and whom to call, nothing of the case history', () => {
    const brief = placementBrief(placed, ids.placement)!;
    expect(Object.keys(brief).sort()).toEqual([
      'children',
      'contact',
      'endedOn',
      'intendedStartOn',
      'needs',
      'placementId',
      'startedOn',
      'status',
    ]);
    expect(brief).toMatchObject({ status: 'active', startedOn: '2026-11-21', endedOn: null, children: placed.children });
    expect(placementDecided(ids.placement).data.provider).toBe(actors.provider.organisation);
    expect(placementBrief(placed, ids.secondPlacement)).toBeNull();
  });
});
