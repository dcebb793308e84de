import { addDays } from '../shared/iso-date';
import { placementBrief, placementReadGround } from './placement-view';
import { canReadCase, currentReadGround, eventsReadOn, isPlacingProfessional, listReadGround, readersOf, readGround } from './readers';
import { ExistingCase } from './state';
import { actors, event, ids, TODAY } from './testing/fixtures';
import { stateAfter } from './testing/given-when-then';
import {
  childrenPlacedVoluntarily,
  jeugdlinkEnded,
  jeugdlinkJoined,
  jeugdlinkRequested,
  machtigingForSanne,
  otsForSanne,
  placementDecided,
  placementRequested,
  handedOverToWijkteam,
  motherRecorded,
  signalRegistered,
  signalRegisteredByVeiligThuis,
} from './testing/story';

describe('who may read a case', () => {
  const opened = stateAfter([signalRegistered]);

  it('the case team and auditors; not another wijkteam, nor the family yet', () => {
    expect(canReadCase(opened, actors.caseTeam, TODAY)).toBe(true);
    expect(canReadCase(opened, actors.auditor, TODAY)).toBe(true);
    expect(canReadCase(opened, actors.otherWijkteam, TODAY)).toBe(false);
    expect(canReadCase(opened, actors.family, TODAY)).toBe(false);
  });

  it('a Jeugdlink team after joining, and afterwards its own history', () => {
    expect(canReadCase(stateAfter([signalRegistered, jeugdlinkRequested]), actors.jeugdlink, TODAY)).toBe(false);
    expect(canReadCase(stateAfter([signalRegistered, jeugdlinkRequested, jeugdlinkJoined]), actors.jeugdlink, TODAY)).toBe(true);
    expect(canReadCase(stateAfter([signalRegistered, jeugdlinkRequested, jeugdlinkJoined, jeugdlinkEnded]), actors.jeugdlink, TODAY)).toBe(
      true,
    );
    expect(canReadCase(stateAfter([signalRegistered, jeugdlinkRequested, jeugdlinkJoined]), actors.otherJeugdlink, TODAY)).toBe(false);
  });

  it('the GI named in a court order', () => {
    expect(canReadCase(opened, actors.gi, TODAY)).toBe(false);
    expect(canReadCase(stateAfter([signalRegistered, otsForSanne]), actors.gi, TODAY)).toBe(true);
    expect(canReadCase(stateAfter([signalRegistered, otsForSanne]), actors.otherGi, TODAY)).toBe(false);
  });

  it('never the provider, not even of a decided placement: it reads that placement only', () => {
    expect(canReadCase(opened, actors.provider, TODAY)).toBe(false);
    expect(canReadCase(stateAfter(childrenPlacedVoluntarily), actors.provider, TODAY)).toBe(false);
  });

  it('Veilig Thuis on the case it registered while it leads it, then the wijkteam it handed over to; no other Veilig Thuis team', () => {
    const leading = stateAfter([signalRegisteredByVeiligThuis]) as ExistingCase;
    const handedOver = stateAfter([signalRegisteredByVeiligThuis, handedOverToWijkteam]) as ExistingCase;
    expect(readersOf(leading)).toMatchObject({ caseTeam: actors.veiligThuis.team, veiligThuisTeams: [actors.veiligThuis.team] });
    expect(readGround(leading, actors.veiligThuis, TODAY)).toEqual({ reader: 'veilig-thuis', team: actors.veiligThuis.team });
    expect(readGround(handedOver, actors.caseTeam, TODAY)).toEqual({ reader: 'case-team', team: actors.caseTeam.team });
    expect(canReadCase(leading, actors.caseTeam, TODAY)).toBe(false);
    expect(canReadCase(leading, actors.otherVeiligThuis, TODAY)).toBe(false);
    expect(canReadCase(opened, actors.veiligThuis, TODAY)).toBe(false);
    expect(listReadGround(actors.veiligThuis)).toEqual({ reader: 'veilig-thuis', team: actors.veiligThuis.team });
    expect([isPlacingProfessional(leading, actors.veiligThuis), isPlacingProfessional(handedOver, actors.veiligThuis)]).toEqual([
      true,
      false,
    ]);
  });

  it('not a wijkteam whose team is spelled as the Veilig Thuis team that leads the case: the case team reads by role too', () => {
    const lookAlike = { ...actors.caseTeam, team: actors.veiligThuis.team };
    expect(canReadCase(stateAfter([signalRegisteredByVeiligThuis]), lookAlike, TODAY)).toBe(false);
  });

  it('nobody reads a case that does not exist', () => {
    expect(canReadCase(stateAfter([]), actors.auditor, TODAY)).toBe(false);
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
    expect(readGround(joinedThenEnded, actors.jeugdlink, TODAY)).toEqual({
      reader: 'jeugdlink-team',
      team: actors.jeugdlink.team,
      joined: false,
    });
    expect(readGround(stateAfter([signalRegistered, jeugdlinkRequested, jeugdlinkJoined]), actors.jeugdlink, TODAY)).toMatchObject({
      joined: true,
    });
    expect(readGround(joinedThenEnded, actors.gi, TODAY)).toEqual({ reader: 'gi', organisation: actors.gi.organisation });
    expect(readGround(joinedThenEnded, actors.caseTeam, TODAY)).toEqual({ reader: 'case-team', team: actors.caseTeam.team });
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

describe('who reads a case after its transfer to another team', () => {
  const transferred = event('CaseTransferred', {
    fromTeam: actors.caseTeam.team,
    fromOrganisation: actors.caseTeam.organisation,
    toTeam: actors.otherWijkteam.team,
    toOrganisation: actors.otherWijkteam.organisation,
    reason: 'move',
    explanation: 'The family moved to Wageningen',
    handover: { heldOn: '2026-11-20', receivedBy: 'Ilse Kok', note: 'Safety plan holds' },
    municipality: 'Wageningen',
    municipalityCode: 'GM0289',
    transferredOn: '2026-11-21',
    formerTeamReadEndsOn: '2026-12-19',
    jeugdlinkHandedOver: { fromTeam: actors.jeugdlink.team, toTeam: 'jeugdlink-wageningen' },
  });
  const handedOver = [
    event('JeugdlinkInvolvementEnded', { team: actors.jeugdlink.team, reason: 'the family moved', endedOn: '2026-11-21' }),
    event('JeugdlinkRequested', { reason: 'Unsafe despite the safety plan', requestedOn: '2026-11-21', team: 'jeugdlink-wageningen' }),
  ];
  const history = [signalRegistered, jeugdlinkRequested, jeugdlinkJoined, ...handedOver, transferred];
  const state = stateAfter(history);

  it('the new team as the case team; the team it left as a former team, until the end of the period, then nobody', () => {
    expect(readGround(state, actors.otherWijkteam, TODAY)).toEqual({ reader: 'case-team', team: actors.otherWijkteam.team });
    expect(readGround(state, actors.caseTeam, '2026-12-18')).toEqual({
      reader: 'former-team',
      team: actors.caseTeam.team,
      handedOverBy: { event: 'CaseTransferred', ordinal: 0 },
      handedOverOn: '2026-11-21',
      readEndsOn: '2026-12-19',
    });
    expect(readGround(state, actors.caseTeam, '2026-12-19')).toBeNull();
  });

  it('a Jeugdlink team handed over with the move as a former team too, no longer for good', () => {
    expect(readersOf(state as ExistingCase).jeugdlinkTeams).toEqual([]);
    expect(readGround(state, actors.jeugdlink, TODAY)).toMatchObject({ reader: 'former-team', team: actors.jeugdlink.team });
    expect(readGround(state, actors.jeugdlink, '2026-12-19')).toBeNull();
  });

  it('never the former team on the lists, the placements or in placing the children: those are the case now', () => {
    expect(currentReadGround(state, actors.caseTeam)).toBeNull();
    expect(isPlacingProfessional(state, actors.caseTeam)).toBe(false);
    expect(listReadGround(actors.caseTeam)).toEqual({ reader: 'case-team', team: actors.caseTeam.team });
  });

  it('the former team reads the events up to its transfer; every other reader all of them', () => {
    const later = event('CaseClosed', { reason: 'help ended', closedOn: '2026-11-22' });
    const events = [...history, later];
    expect(eventsReadOn(readGround(state, actors.caseTeam, TODAY)!, events)).toBe(history.length);
    expect(eventsReadOn(readGround(state, actors.otherWijkteam, TODAY)!, events)).toBe(events.length);
  });
});

describe('who reads a case after another GI took over the court orders of a child', () => {
  const changed = event('ChargedGiChanged', {
    childId: ids.sanne,
    courtOrderIds: [ids.ots],
    fromGiOrganisation: actors.gi.organisation,
    toGiOrganisation: actors.otherGi.organisation,
    explanation: 'The family moved out of the region the GI serves',
    handover: { heldOn: '2026-11-20', receivedBy: 'Sem Jansen', note: 'Instruction on school attendance complied with' },
    changedOn: '2026-11-21',
    formerGiReadEndsOn: '2026-12-19',
  });
  const history = [signalRegistered, otsForSanne, changed];
  const state = stateAfter(history);

  it('the new GI as the charged GI; the GI it left as a former GI until the end of the period, then nobody', () => {
    expect(readGround(state, actors.otherGi, TODAY)).toEqual({ reader: 'gi', organisation: actors.otherGi.organisation });
    expect(readGround(state, actors.gi, '2026-12-18')).toMatchObject({
      reader: 'former-gi',
      organisation: actors.gi.organisation,
      handedOverBy: { event: 'ChargedGiChanged', ordinal: 0 },
    });
    expect(readGround(state, actors.gi, '2026-12-19')).toBeNull();
    expect(readersOf(state as ExistingCase).giOrganisations).toEqual([actors.otherGi.organisation]);
  });

  it('the former GI reads the events up to the change; the GI still charged with another order reads them all', () => {
    const later = event('CaseClosed', { reason: 'help ended', closedOn: '2026-11-22' });
    expect(eventsReadOn(readGround(state, actors.gi, TODAY)!, [...history, later])).toBe(history.length);
    const stillCharged = stateAfter([signalRegistered, otsForSanne, machtigingForSanne, changed]);
    expect(readGround(stillCharged, actors.gi, TODAY)).toEqual({ reader: 'gi', organisation: actors.gi.organisation });
  });
});

describe('who reads a case after Veilig Thuis handed it over to the local team', () => {
  const history = [signalRegisteredByVeiligThuis, handedOverToWijkteam];
  const state = stateAfter(history);

  it('Veilig Thuis as a former team, the case as it stood at the handover, until the end of the period, then nobody', () => {
    expect(readGround(state, actors.veiligThuis, '2026-12-20')).toEqual({
      reader: 'former-team',
      team: actors.veiligThuis.team,
      handedOverBy: { event: 'CaseHandedOverToLocalTeam', ordinal: 0 },
      handedOverOn: '2026-11-23',
      readEndsOn: '2026-12-21',
    });
    expect(readGround(state, actors.veiligThuis, '2026-12-21')).toBeNull();
    expect(readGround(state, actors.otherVeiligThuis, TODAY)).toBeNull();
  });

  it('never on the lists, the placements or in placing the children: those are the wijkteam’s case now', () => {
    expect(readersOf(state as ExistingCase).veiligThuisTeams).toEqual([]);
    expect(currentReadGround(state, actors.veiligThuis)).toBeNull();
    expect(isPlacingProfessional(state, actors.veiligThuis)).toBe(false);
  });

  it('Veilig Thuis reads the events up to its handover; the wijkteam all of them', () => {
    const later = [motherRecorded, event('CaseClosed', { reason: 'help ended', closedOn: '2026-11-24' })];
    const events = [...history, ...later];
    expect(eventsReadOn(readGround(state, actors.veiligThuis, TODAY)!, events)).toBe(history.length);
    expect(eventsReadOn(readGround(state, actors.caseTeam, TODAY)!, events)).toBe(events.length);
  });
});
