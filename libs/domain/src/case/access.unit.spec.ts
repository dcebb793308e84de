import { actors, command, ids, uuid } from './testing/fixtures';
import { given } from './testing/given-when-then';
import {
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
    given([signalRegistered]).when(assess()).emitted();
  });

  it('a wijkteam of another team does not', () => {
    given([signalRegistered]).when(assess(actors.otherWijkteam)).thenThrows('ACCESS.NOT_CASE_TEAM');
  });

  describe('a Jeugdlink member', () => {
    it('does not write before the team joined, even when asked', () => {
      given([signalRegistered, jeugdlinkRequested]).when(assess(actors.jeugdlink)).thenThrows('ACCESS.JEUGDLINK_NOT_JOINED');
    });

    it('writes after the team joined', () => {
      given([signalRegistered, jeugdlinkRequested, jeugdlinkJoined]).when(assess(actors.jeugdlink)).emitted();
    });

    it('does not write after the involvement ended', () => {
      given([signalRegistered, jeugdlinkRequested, jeugdlinkJoined, jeugdlinkEnded])
        .when(assess(actors.jeugdlink))
        .thenThrows('ACCESS.JEUGDLINK_NOT_JOINED');
    });

    it('of another Jeugdlink team does not write', () => {
      given([signalRegistered, jeugdlinkRequested, jeugdlinkJoined]).when(assess(actors.otherJeugdlink)).thenThrows('ACCESS.JEUGDLINK_NOT_JOINED');
    });

    it('does not close the case: that is the case team step', () => {
      given([signalRegistered, jeugdlinkRequested, jeugdlinkJoined])
        .when(command('CloseCase', { reason: 'done' }, actors.jeugdlink))
        .thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
    });
  });

  it.each([['auditor'], ['provider'], ['family']] as const)('the %s role never writes', (role) => {
    given([signalRegistered]).when(assess(actors[role])).thenThrows('ACCESS.READ_ONLY_ROLE');
    given([]).when(command('RegisterSignal', {} as never, actors[role])).thenThrows('ACCESS.READ_ONLY_ROLE');
  });

  describe('the GI', () => {
    it('records a court order it is charged with', () => {
      given([signalRegistered]).when(recordOts()).emitted();
    });

    it('does not record a court order that charges another GI', () => {
      given([signalRegistered]).when(recordOts(actors.gi, actors.otherGi.organisation)).thenThrows('ACCESS.GI_NOT_CHARGED');
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
      given([signalRegistered, otsForSanne, machtiging]).when(request(actors.gi)).emitted();
      given([signalRegistered, otsForSanne, machtiging]).when(request(actors.otherGi)).thenThrows('ACCESS.GI_NOT_CHARGED');
    });

    it('does not take steps outside court orders', () => {
      given([signalRegistered, otsForSanne]).when(assess(actors.gi)).thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
    });

    it('is no longer charged after the court order expired', () => {
      const expired = courtOrder('ots', ids.ots, ids.sanne, '2025-01-01', '2025-12-31');
      given([signalRegistered, expired]).when(recordOts(actors.gi, actors.otherGi.organisation)).thenThrows('ACCESS.GI_NOT_CHARGED');
    });
  });
});
