import { actors, command, event, ids, TODAY } from '../testing/fixtures';
import { given, stateAfter } from '../testing/given-when-then';
import {
  handedOverToWijkteam,
  jeugdlinkJoined,
  jeugdlinkRequested,
  signalRegistered,
  signalRegisteredByVeiligThuis,
} from '../testing/story';
import { ExistingCase } from '../state';
import { TransferCase } from '../commands';

const wageningen = actors.otherWijkteam;
const leadAssigned = event('CaseLeadAssigned', { leadId: ids.lead, name: 'Joris Smit', team: actors.caseTeam.team });
const handover = { heldOn: '2026-11-20', receivedBy: 'Ilse Kok', note: 'The safety plan holds; school knows of the move' };

const transfer = (data: Partial<TransferCase['data']> = {}, by = actors.caseTeam) =>
  command(
    'TransferCase',
    {
      toTeam: wageningen.team,
      toOrganisation: wageningen.organisation,
      reason: 'move',
      explanation: 'The family moved to Wageningen',
      handover,
      municipality: 'Wageningen',
      regionalJeugdlinkTeam: 'jeugdlink-wageningen',
      formerTeamReadDays: 28,
      ...data,
    },
    by,
  );

describe('transferring a case to another team', () => {
  it('moves the case to the new team and, with a move, to the municipality the family moved to', () => {
    given([signalRegistered])
      .when(transfer())
      .then([
        {
          type: 'CaseTransferred',
          data: {
            fromTeam: actors.caseTeam.team,
            fromOrganisation: actors.caseTeam.organisation,
            toTeam: wageningen.team,
            toOrganisation: wageningen.organisation,
            reason: 'move',
            explanation: 'The family moved to Wageningen',
            handover,
            municipality: 'Wageningen',
            municipalityCode: 'GM0289',
            transferredOn: TODAY,
            formerTeamReadEndsOn: '2026-12-21',
            jeugdlinkHandedOver: null,
          },
        },
      ]);
  });

  it('leaves the new team to assign its own case lead, and keeps the municipality when the family did not move', () => {
    const events = given([signalRegistered, leadAssigned])
      .when(transfer({ reason: 'capacity', explanation: 'Caseload too high', municipality: undefined }))
      .thenEmits([{ type: 'CaseTransferred', data: { municipality: 'Ede', municipalityCode: 'GM0228' } }]);
    const after = stateAfter([signalRegistered, leadAssigned, ...events]) as ExistingCase;
    expect({ team: after.team, organisation: after.organisation, lead: after.lead }).toEqual({
      team: wageningen.team,
      organisation: wageningen.organisation,
      lead: null,
    });
  });

  it('hands a joined Jeugdlink team over to the team of the new region, which is asked to join', () => {
    given([signalRegistered, jeugdlinkRequested, jeugdlinkJoined])
      .when(transfer())
      .thenEmits([
        { type: 'JeugdlinkInvolvementEnded', data: { team: 'jeugdlink-foodvalley', endedOn: TODAY } },
        { type: 'JeugdlinkRequested', data: { team: 'jeugdlink-wageningen', reason: jeugdlinkRequested.data.reason } },
        { type: 'CaseTransferred', data: { jeugdlinkHandedOver: { fromTeam: 'jeugdlink-foodvalley', toTeam: 'jeugdlink-wageningen' } } },
      ]);
  });

  it('keeps Jeugdlink where the family stays in the municipality, or the new one has no team configured', () => {
    const joined = [signalRegistered, jeugdlinkRequested, jeugdlinkJoined];
    given(joined)
      .when(transfer({ municipality: 'Ede' }))
      .thenEmits([{ type: 'CaseTransferred', data: { jeugdlinkHandedOver: null } }]);
    given(joined)
      .when(transfer({ regionalJeugdlinkTeam: null }))
      .thenEmits([{ type: 'CaseTransferred', data: { jeugdlinkHandedOver: null } }]);
  });

  it('is a step for the case team alone: not a joined Jeugdlink team, not the receiving team, not an auditor', () => {
    const joined = [signalRegistered, jeugdlinkRequested, jeugdlinkJoined];
    given(joined).when(transfer({}, actors.jeugdlink)).thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
    given(joined).when(transfer({}, actors.otherWijkteam)).thenThrows('CASE.NOT_FOUND');
    given(joined).when(transfer({}, actors.auditor)).thenThrows('ACCESS.READ_ONLY_ROLE');
  });

  it('refuses a transfer to the team that leads the case, a move without a municipality, a municipality without a move', () => {
    given([signalRegistered])
      .when(transfer({ toTeam: actors.caseTeam.team }))
      .thenThrows('TRANSFER.SAME_TEAM');
    given([signalRegistered])
      .when(transfer({ municipality: undefined }))
      .thenThrows('INPUT.MISSING');
    given([signalRegistered])
      .when(transfer({ reason: 'capacity' }))
      .thenThrows('TRANSFER.MUNICIPALITY_WITHOUT_MOVE');
    given([signalRegistered])
      .when(transfer({ municipality: 'Wageningen', municipalityCode: 'GM0228' }))
      .thenThrows('MUNICIPALITY.CODE_MISMATCH');
  });

  it('is not Veilig Thuis’s way to hand its case over: that is its own step; once handed over, the wijkteam transfers', () => {
    given([signalRegisteredByVeiligThuis]).when(transfer({}, actors.veiligThuis)).thenThrows('TRANSFER.VEILIG_THUIS_LEADS');
    given([signalRegisteredByVeiligThuis, handedOverToWijkteam])
      .when(transfer())
      .thenEmits([{ type: 'CaseTransferred', data: { fromTeam: actors.caseTeam.team } }]);
  });

  it('records the warme overdracht: when, with whom and what; not one still to come', () => {
    given([signalRegistered])
      .when(transfer({ handover: { ...handover, note: ' ' } }))
      .thenThrows('INPUT.MISSING');
    given([signalRegistered])
      .when(transfer({ handover: { ...handover, receivedBy: '' } }))
      .thenThrows('INPUT.MISSING');
    given([signalRegistered])
      .when(transfer({ handover: { ...handover, heldOn: '2026-11-24' } }))
      .thenThrows('INPUT.DATE_IN_FUTURE');
  });

  it('leaves the former team no write at once, however soon after the transfer', () => {
    const events = given([signalRegistered])
      .when(transfer())
      .thenEmits([{ type: 'CaseTransferred' }]);
    const transferred = [signalRegistered, ...events];
    given(transferred)
      .when(command('AgreeSafetyPlan', { safetyPlanId: ids.decision, conditions: ['school daily'], reviewOn: '2026-12-01', agreedBy: [] }))
      .thenThrows('ACCESS.CASE_TRANSFERRED');
    given(transferred)
      .when(transfer({ toTeam: 'wijkteam-ede-zuid', municipality: 'Ede' }))
      .thenThrows('ACCESS.CASE_TRANSFERRED');
    given(transferred)
      .when(transfer({ toTeam: actors.caseTeam.team, toOrganisation: actors.caseTeam.organisation, municipality: 'Ede' }, wageningen))
      .thenEmits([{ type: 'CaseTransferred', data: { fromTeam: wageningen.team, toTeam: actors.caseTeam.team } }]);
  });
});
