import { dutchDateOf, IsoDate } from '../shared/iso-date';
import { Actor } from './actor';
import { CaseCommand, CaseCommandType } from './commands';
import { refuse } from './errors';
import { activeCourtOrders, currentJeugdlink, findPlacement } from './queries';
import { CaseState, ExistingCase } from './state';

/**
 * Who may write which step (DOMAIN.md, roles): the case lead's team leads the case; a joined
 * Jeugdlink team works alongside it (not instead of it); the GI charged with a court order takes
 * the court-order steps. Auditors, providers and family never write.
 */
type WriteScope = 'register' | 'join' | 'case-team' | 'case-work' | 'court-order';

const WRITE_SCOPE: Readonly<Record<CaseCommandType, WriteScope>> = {
  RegisterSignal: 'register',
  JoinJeugdlink: 'join',
  AssignCaseLead: 'case-team',
  RequestJeugdlink: 'case-team',
  CloseCase: 'case-team',
  ReopenCase: 'case-team',
  RecordFamilyMember: 'case-work',
  RecordConsent: 'case-work',
  WithdrawConsent: 'case-work',
  RecordSafetyAssessment: 'case-work',
  AgreeSafetyPlan: 'case-work',
  EndJeugdlinkInvolvement: 'case-work',
  RecordPlacementPlan: 'case-work',
  DraftReturnHomePlan: 'case-work',
  AssessReturnCondition: 'case-work',
  RecordReturnHome: 'case-work',
  EndPlacement: 'case-work',
  RecordCourtOrder: 'court-order',
  RecordReturnDecision: 'court-order',
  RequestPlacement: 'court-order',
  DecidePlacement: 'court-order',
  StartPlacement: 'court-order',
};

const isCaseTeam = (state: ExistingCase, actor: Actor): boolean =>
  actor.role === 'wijkteam' && actor.team === state.team;

function hasJoinedJeugdlink(state: ExistingCase, actor: Actor): boolean {
  const involvement = currentJeugdlink(state);
  return actor.role === 'jeugdlink' && involvement?.status === 'joined' && involvement.team === actor.team;
}

const isChargedGi = (state: ExistingCase, actor: Actor, today: IsoDate): boolean =>
  actor.role === 'gi' && activeCourtOrders(state, today).some((o) => o.giOrganisation === actor.organisation);

/** Placement steps are court-order steps only when the placement rests on a court order. */
function isCourtOrderStep(command: CaseCommand, state: ExistingCase): boolean {
  switch (command.type) {
    case 'RequestPlacement':
      return command.data.legalBasis === 'court-order';
    case 'DecidePlacement':
    case 'StartPlacement':
      return findPlacement(state, command.data.placementId)?.legalBasis === 'court-order';
    default:
      return WRITE_SCOPE[command.type] === 'court-order';
  }
}

function mayGiWrite(command: CaseCommand, state: ExistingCase, actor: Actor, today: IsoDate): boolean {
  if (!isCourtOrderStep(command, state)) return false;
  if (command.type === 'RecordCourtOrder' && command.data.giOrganisation === actor.organisation) return true;
  return isChargedGi(state, actor, today);
}

/** Throws a `forbidden` DomainError when the command's actor may not take this step. */
export function authorise(command: CaseCommand, state: CaseState, now: Date): void {
  const { actor } = command;
  if (actor.role === 'auditor' || actor.role === 'provider' || actor.role === 'family') {
    refuse('ACCESS.READ_ONLY_ROLE', `a ${actor.role} reads a case but never writes to it`);
  }
  const scope = WRITE_SCOPE[command.type];
  if (scope === 'register') return authoriseRole(actor, 'wijkteam', 'registers a signal');
  if (scope === 'join') return authoriseRole(actor, 'jeugdlink', 'joins a case as Jeugdlink');
  if (state.status === 'none') return;
  if (isCaseTeam(state, actor)) return;
  if (scope !== 'case-team' && hasJoinedJeugdlink(state, actor)) return;
  if (mayGiWrite(command, state, actor, dutchDateOf(now))) return;
  refuseOutsider(command, state, actor);
}

function authoriseRole(actor: Actor, role: Actor['role'], step: string): void {
  if (actor.role !== role) refuse('ACCESS.STEP_NOT_FOR_ROLE', `only a ${role} professional ${step}, not a ${actor.role}`);
}

function refuseOutsider(command: CaseCommand, state: ExistingCase, actor: Actor): never {
  const step = command.type;
  if (actor.role === 'wijkteam') {
    refuse('ACCESS.NOT_CASE_TEAM', `${step}: this case belongs to team ${state.team}, not to team ${actor.team}`);
  }
  if (WRITE_SCOPE[step] === 'case-team') {
    refuse('ACCESS.STEP_NOT_FOR_ROLE', `${step} is a step for the case lead's team (${state.team}), not for a ${actor.role}`);
  }
  if (actor.role === 'jeugdlink') {
    refuse('ACCESS.JEUGDLINK_NOT_JOINED', `${step}: Jeugdlink team ${actor.team} has not joined this case or its involvement has ended`);
  }
  if (!isCourtOrderStep(command, state)) {
    refuse('ACCESS.STEP_NOT_FOR_ROLE', `${step} is not a court-order step, so a GI does not take it`);
  }
  refuse('ACCESS.GI_NOT_CHARGED', `${step}: ${actor.organisation} is not charged with an active court order on this case`);
}
