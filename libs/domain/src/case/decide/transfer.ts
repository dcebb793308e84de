import { addDays } from '../../shared/iso-date';
import { TransferCase } from '../commands';
import { refuse } from '../errors';
import { CaseTransferred, JeugdlinkInvolvementEnded, JeugdlinkRequested } from '../events';
import { requireMunicipalityCode } from '../municipality';
import { currentJeugdlink } from '../queries';
import { ExistingCase } from '../state';
import { Handover } from '../values';
import { Moment, requireNotAfterToday, requireText } from './guards';

type Place = Pick<CaseTransferred['data'], 'municipality' | 'municipalityCode'>;

/**
 * The case team hands the case over to another lead team; it takes effect at once, so that one team leads
 * the case at every moment (no case waits between two teams). The warme overdracht that precedes it is
 * recorded with it: when, with whom, and what was handed over.
 */
// Veilig Thuis leads by a role of its own; a transfer would leave the case led by a team that cannot write to it.
export function requireNotLedByVeiligThuis(state: ExistingCase): void {
  if (state.veiligThuis?.handover === null) {
    refuse('TRANSFER.VEILIG_THUIS_LEADS', 'Veilig Thuis hands its case over to the local team with hand-over-to-local-team');
  }
}

export function transferCase(
  { data, actor }: TransferCase,
  state: ExistingCase,
  moment: Moment,
): (JeugdlinkInvolvementEnded | JeugdlinkRequested | CaseTransferred)[] {
  requireNotLedByVeiligThuis(state);
  const toTeam = requireText(data.toTeam, 'the team that takes the case over');
  if (toTeam === state.team) refuse('TRANSFER.SAME_TEAM', `the case is already led by ${toTeam}; name the team that takes it over`);
  requireText(data.toOrganisation, 'the organisation of the team that takes the case over');
  requireText(data.explanation, 'the explanation of the transfer');
  requireHandover(data.handover, moment);
  const place = placeAfter(data, state);
  const jeugdlink = place.municipalityCode !== state.municipalityCode ? regionalJeugdlinkHandover(state, data.regionalJeugdlinkTeam) : null;
  const transferred: CaseTransferred = {
    type: 'CaseTransferred',
    data: {
      fromTeam: actor.team,
      fromOrganisation: actor.organisation,
      toTeam,
      toOrganisation: data.toOrganisation,
      reason: data.reason,
      explanation: data.explanation,
      handover: data.handover,
      ...place,
      transferredOn: moment.today,
      formerTeamReadEndsOn: addDays(moment.today, data.formerTeamReadDays),
      jeugdlinkHandedOver: jeugdlink && { fromTeam: jeugdlink.fromTeam, toTeam: jeugdlink.toTeam },
    },
  };
  return jeugdlink ? [...handOverJeugdlink(jeugdlink, place, moment), transferred] : [transferred];
}

/** The warme overdracht that precedes a handover: held already, with someone of the receiving side, with a note. */
export function requireHandover(handover: Handover, moment: Moment): void {
  requireText(handover.receivedBy, 'who of the receiving side the case was handed over to (warme overdracht)');
  requireText(handover.note, 'the handover note');
  requireNotAfterToday(handover.heldOn, 'the date of the warme overdracht', moment);
}

// Only a move changes the municipality of a case; it may stay the same (another wijk of the municipality).
function placeAfter(data: TransferCase['data'], state: ExistingCase): Place {
  if (data.reason !== 'move') {
    if (data.municipality !== undefined || data.municipalityCode !== undefined) {
      refuse('TRANSFER.MUNICIPALITY_WITHOUT_MOVE', 'the municipality of a case changes only with a move (reason "move"); leave it out');
    }
    return { municipality: state.municipality, municipalityCode: state.municipalityCode };
  }
  const municipality = requireText(data.municipality, 'the municipality the family moved to (reason "move")');
  return { municipality, municipalityCode: requireMunicipalityCode(municipality, data.municipalityCode) };
}

type JeugdlinkHandover = Readonly<{ fromTeam: string; toTeam: string; joined: boolean; reason: string }>;

/** Jeugdlink is regional: asked or joined, it passes to the team configured for the new municipality, where there is one. */
function regionalJeugdlinkHandover(state: ExistingCase, toTeam: string | null): JeugdlinkHandover | null {
  const from = currentJeugdlink(state);
  if (!from || from.status === 'ended' || from.team === null || toTeam === null || toTeam === from.team) return null;
  return { fromTeam: from.team, toTeam, joined: from.status === 'joined', reason: from.reason };
}

function handOverJeugdlink({ fromTeam, toTeam, joined, reason }: JeugdlinkHandover, place: Place, { today }: Moment) {
  const requested: JeugdlinkRequested = { type: 'JeugdlinkRequested', data: { reason, requestedOn: today, team: toTeam } };
  if (!joined) return [requested];
  const why = `the family moved to ${place.municipality}; Jeugdlink team ${toTeam} of that region is asked to take over`;
  const ended: JeugdlinkInvolvementEnded = { type: 'JeugdlinkInvolvementEnded', data: { team: fromTeam, reason: why, endedOn: today } };
  return [ended, requested];
}
