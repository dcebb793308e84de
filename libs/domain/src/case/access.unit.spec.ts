import { actors, command, ids, uuid } from './testing/fixtures';
import { given } from './testing/given-when-then';
import {
  childrenPlacedVoluntarily,
  courtOrder,
  jeugdlinkEnded,
  jeugdlinkJoined,
  jeugdlinkRequested,
  otsForSanne,
  signalRegistered,
} from './testing/story';

const assess = (by = actors.caseTeam) =>
  command('RecordSafetyAssessment', { assessmentId: uuid(999), outcome: 'safe', findings: 'All well', assessedOn: '2026-11-20' }, by);

const recordOts = (by = actors.gi, giOrganisation = actors.gi.organisation) =>
  command(
    'RecordCourtOrder',
    {
      courtOrderId: uuid(998),
      kind: 'ots',
      childId: ids.daan,
      issuedOn: '2026-11-20',
      validFrom: '2026-11-20',
      validUntil: '2027-11-20',
      court: 'Rechtbank Gelderland',
      caseNumber: 'C/05/99',
      giOrganisation,
    },
    by,
  );

describe('who may write to a case', () => {
  it('the case team writes', () => {
    given([signalRegistered])
      .when(assess())
      .thenEmits([{ type: 'SafetyAssessed', data: { assessmentId: uuid(999), outcome: 'safe' } }]);
  });

  it('a wijkteam of another team does not, and meets the answer for a case that does not exist', () => {
    const refusal = given([signalRegistered]).when(assess(actors.otherWijkteam)).thenThrows('CASE.NOT_FOUND');
    const none = given([]).when(assess(actors.caseTeam)).thenThrows('CASE.NOT_FOUND');
    expect(refusal.message).toBe(none.message);
  });

  it.each([['otherWijkteam'], ['otherJeugdlink'], ['otherGi'], ['provider'], ['family']] as const)(
    'whoever does not read the case (%s) meets CASE.NOT_FOUND, whatever the step',
    (who) => {
      given([signalRegistered, jeugdlinkRequested]).when(assess(actors[who])).thenThrows('CASE.NOT_FOUND');
      given([signalRegistered])
        .when(command('CloseCase', { reason: 'done' }, actors[who]))
        .thenThrows('CASE.NOT_FOUND');
      given([signalRegistered]).when(recordOts(actors[who])).thenThrows('CASE.NOT_FOUND');
    },
  );

  it('names no team or organisation but the actor’s own in a refusal', () => {
    const joined = [signalRegistered, jeugdlinkRequested, jeugdlinkJoined, otsForSanne];
    const refusals = [
      given(joined)
        .when(command('CloseCase', { reason: 'done' }, actors.jeugdlink))
        .thenThrows('ACCESS.STEP_NOT_FOR_ROLE'),
      given(joined)
        .when(command('CloseCase', { reason: 'done' }, actors.gi))
        .thenThrows('ACCESS.STEP_NOT_FOR_ROLE'),
      given(joined).when(assess(actors.gi)).thenThrows('ACCESS.STEP_NOT_FOR_ROLE'),
      given(joined).when(recordOts(actors.gi)).thenThrows('ACCESS.STEP_NOT_FOR_ROLE'),
    ];
    for (const refusal of refusals) expect(refusal.message).not.toMatch(/wijkteam-ede-noord|Gemeente Ede|jeugdlink-foodvalley/);
  });

  describe('a Jeugdlink member', () => {
    it('does not write before the team joined, even when asked (and learns nothing of the case)', () => {
      given([signalRegistered, jeugdlinkRequested]).when(assess(actors.jeugdlink)).thenThrows('CASE.NOT_FOUND');
    });

    it('writes after the team joined', () => {
      given([signalRegistered, jeugdlinkRequested, jeugdlinkJoined])
        .when(assess(actors.jeugdlink))
        .thenEmits([{ type: 'SafetyAssessed', data: { assessmentId: uuid(999), outcome: 'safe' } }]);
    });

    it('does not write after the involvement ended', () => {
      given([signalRegistered, jeugdlinkRequested, jeugdlinkJoined, jeugdlinkEnded])
        .when(assess(actors.jeugdlink))
        .thenThrows('ACCESS.JEUGDLINK_NOT_JOINED');
    });

    it('of another Jeugdlink team does not write', () => {
      given([signalRegistered, jeugdlinkRequested, jeugdlinkJoined]).when(assess(actors.otherJeugdlink)).thenThrows('CASE.NOT_FOUND');
    });

    it('does not close the case: that is the case team step', () => {
      given([signalRegistered, jeugdlinkRequested, jeugdlinkJoined])
        .when(command('CloseCase', { reason: 'done' }, actors.jeugdlink))
        .thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
    });
  });

  it.each([['auditor'], ['provider'], ['family']] as const)('the %s role never writes', (role) => {
    given(childrenPlacedVoluntarily)
      .when(assess(actors[role]))
      .thenThrows(role === 'auditor' ? 'ACCESS.READ_ONLY_ROLE' : 'CASE.NOT_FOUND');
    given([])
      .when(command('RegisterSignal', {} as never, actors[role]))
      .thenThrows('ACCESS.READ_ONLY_ROLE');
  });

  describe('the GI', () => {
    it('is charged by the case: the case team or a joined Jeugdlink member records the judge’s decision naming it', () => {
      given([signalRegistered])
        .when(recordOts(actors.caseTeam))
        .thenEmits([{ type: 'CourtOrderRecorded', data: { courtOrderId: uuid(998), giOrganisation: actors.gi.organisation } }]);
      given([signalRegistered, jeugdlinkRequested, jeugdlinkJoined])
        .when(recordOts(actors.jeugdlink))
        .thenEmits([{ type: 'CourtOrderRecorded', data: { courtOrderId: uuid(998), giOrganisation: actors.gi.organisation } }]);
    });

    it('never records a court order that charges itself', () => {
      given([signalRegistered]).when(recordOts(actors.gi)).thenThrows('CASE.NOT_FOUND');
      given([signalRegistered, otsForSanne]).when(recordOts(actors.gi)).thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
    });

    it('requests a placement under the court order it is charged with; another GI does not', () => {
      const machtiging = courtOrder('machtiging-uithuisplaatsing', ids.machtiging, ids.sanne, '2026-11-16', '2027-05-16');
      const request = (by: typeof actors.gi) =>
        command(
          'RequestPlacement',
          {
            placementId: ids.placement,
            childIds: [ids.sanne],
            legalBasis: 'court-order',
            needs: { careIntensity: 'light', specialisations: [], description: 'calm' },
            urgency: 'regular',
            intendedStartOn: '2026-11-23',
          },
          by,
        );
      given([signalRegistered, otsForSanne, machtiging])
        .when(request(actors.gi))
        .thenEmits([{ type: 'PlacementRequested', data: { placementId: ids.placement, legalBasis: 'court-order' } }]);
      given([signalRegistered, otsForSanne, machtiging]).when(request(actors.otherGi)).thenThrows('CASE.NOT_FOUND');
    });

    it('does not take steps outside court orders', () => {
      given([signalRegistered, otsForSanne]).when(assess(actors.gi)).thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
    });

    it('is no longer charged after the court order expired', () => {
      const expired = courtOrder('ots', ids.ots, ids.sanne, '2025-01-01', '2025-12-31');
      const machtiging = courtOrder('machtiging-uithuisplaatsing', ids.machtiging, ids.sanne, '2025-01-01', '2025-12-31');
      const request = command(
        'RequestPlacement',
        {
          placementId: ids.placement,
          childIds: [ids.sanne],
          legalBasis: 'court-order',
          needs: { careIntensity: 'light', specialisations: [], description: 'calm' },
          urgency: 'regular',
          intendedStartOn: '2026-11-23',
        },
        actors.gi,
      );
      given([signalRegistered, expired, machtiging]).when(request).thenThrows('ACCESS.GI_NOT_CHARGED');
    });
  });
});
