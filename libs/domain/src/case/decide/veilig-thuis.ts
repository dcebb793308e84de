import { veiligThuisInvestigationDueOn } from '../../deadlines/case-deadlines';
import { addDays, dutchDateOf, IsoDate } from '../../shared/iso-date';
import { ConcludeVeiligThuisInvestigation, HandOverToLocalTeam, StartVeiligThuisInvestigation } from '../commands';
import { refuse } from '../errors';
import { CaseHandedOverToLocalTeam, VeiligThuisInvestigationConcluded, VeiligThuisInvestigationStarted } from '../events';
import { ExistingCase, VeiligThuisRecord } from '../state';
import { Moment, requireNotAfterToday, requireText } from './guards';

/** Access lets only the leading Veilig Thuis team take these steps, so the record is there. */
function veiligThuisOf(state: ExistingCase): VeiligThuisRecord {
  if (!state.veiligThuis) refuse('ACCESS.STEP_NOT_FOR_ROLE', 'Veilig Thuis did not register this case');
  return state.veiligThuis;
}

function requireSinceSignal(state: ExistingCase, date: IsoDate, what: string, moment: Moment): IsoDate {
  requireNotAfterToday(date, what, moment);
  const receivedOn = dutchDateOf(state.signal.receivedAt);
  if (date < receivedOn) refuse('INPUT.INVALID_DATE', `${what} (${date}) lies before the signal came in on ${receivedOn}`);
  return date;
}

export function requireNoInvestigation(state: ExistingCase): void {
  if (veiligThuisOf(state).investigation) {
    refuse('VEILIG_THUIS.INVESTIGATION_ALREADY_STARTED', 'Veilig Thuis has already started its investigation of this case');
  }
}

export function requireOpenInvestigation(state: ExistingCase): NonNullable<VeiligThuisRecord['investigation']> {
  const { investigation } = veiligThuisOf(state);
  if (!investigation) refuse('VEILIG_THUIS.NO_INVESTIGATION', 'Veilig Thuis has not started an investigation of this case');
  if (investigation.conclusion) refuse('VEILIG_THUIS.INVESTIGATION_ALREADY_CONCLUDED', 'the investigation is already concluded');
  return investigation;
}

export function requireNoInvestigationUnderWay(state: ExistingCase): VeiligThuisRecord {
  const record = veiligThuisOf(state);
  if (record.investigation && !record.investigation.conclusion) {
    refuse('VEILIG_THUIS.INVESTIGATION_OPEN', 'the investigation is still under way: record its conclusion before handing the case over');
  }
  return record;
}

// Veilig Thuis norm (IGJ report 2023): the investigation is concluded within 10 weeks.
export function startVeiligThuisInvestigation(
  { data }: StartVeiligThuisInvestigation,
  state: ExistingCase,
  moment: Moment,
): [VeiligThuisInvestigationStarted] {
  requireNoInvestigation(state);
  requireText(data.reason, 'why Veilig Thuis investigates');
  const startedOn = requireSinceSignal(state, data.startedOn, 'the start of the investigation', moment);
  return [
    { type: 'VeiligThuisInvestigationStarted', data: { startedOn, reason: data.reason, dueOn: veiligThuisInvestigationDueOn(startedOn) } },
  ];
}

export function concludeVeiligThuisInvestigation(
  { data }: ConcludeVeiligThuisInvestigation,
  state: ExistingCase,
  moment: Moment,
): [VeiligThuisInvestigationConcluded] {
  const investigation = requireOpenInvestigation(state);
  requireText(data.findings, 'the findings of the investigation');
  requireNotAfterToday(data.concludedOn, 'the conclusion date', moment);
  if (data.concludedOn < investigation.startedOn) {
    refuse('INPUT.INVALID_DATE', `concluded on ${data.concludedOn}, before the investigation started on ${investigation.startedOn}`);
  }
  const { conclusion, findings, concludedOn } = data;
  return [{ type: 'VeiligThuisInvestigationConcluded', data: { conclusion, findings, concludedOn } }];
}

/**
 * The local team leads from the handover on; an investigation under way is concluded first, so its outcome goes with the
 * case. Veilig Thuis's read period counts from the day it handed over, never from a later day it recorded it on.
 */
export function handOverToLocalTeam({ data }: HandOverToLocalTeam, state: ExistingCase, moment: Moment): [CaseHandedOverToLocalTeam] {
  const { team: ownTeam } = requireNoInvestigationUnderWay(state);
  requireText(data.team, 'the local team that takes the case over');
  // A case handed to a team spelled as Veilig Thuis's own would have no case team that reads it (readers.ts).
  if (data.team === ownTeam) refuse('VEILIG_THUIS.HANDOVER_TO_ITSELF', 'the case is handed over to the local team, not to Veilig Thuis');
  requireText(data.organisation, "the local team's organisation");
  requireText(data.summary, 'what Veilig Thuis hands over (summary)');
  const handedOverOn = requireSinceSignal(state, data.handedOverOn, 'the handover date', moment);
  const { team, organisation, summary } = data;
  const formerTeamReadEndsOn = addDays(handedOverOn, data.formerTeamReadDays);
  return [
    { type: 'CaseHandedOverToLocalTeam', data: { team, organisation, fromTeam: state.team, summary, handedOverOn, formerTeamReadEndsOn } },
  ];
}
