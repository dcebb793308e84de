import { dutchDateOf, IsoDate } from '../shared/iso-date';
import { Actor } from './actor';
import { CaseCommand, CaseCommandType } from './commands';
import { refuse } from './errors';
import { activeCourtOrders, currentJeugdlink, findPlacement } from './queries';
import { canReadCase } from './readers';
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
  ChangeParentalAuthority: 'case-work',
  RecordConsent: 'case-work',
  WithdrawConsent: 'case-work',
  RecordSafetyAssessment: 'case-work',
  AgreeSafetyPlan: 'case-work',
  EndJeugdlinkInvolvement: 'case-work',
  // The judge's decision is recorded by the case, naming the GI it charges: a GI never charges itself.
  RecordCourtOrder: 'case-work',
  RecordPlacementPlan: 'case-work',
  DraftReturnHomePlan: 'case-work',
  AssessReturnCondition: 'case-work',
  RecordReturnHome: 'case-work',
  EndPlacement: 'case-work',
  RecordReturnDecision: 'court-order',
  RequestPlacement: 'court-order',
  WithdrawPlacementRequest: 'court-order',
  RematchPlacement: 'court-order',
  DecidePlacement: 'court-order',
  StartPlacement: 'court-order',
};

const READ_ONLY_ROLES: readonly Actor['role'][] = ['auditor', 'provider', 'family'];

const isCaseTeam = (state: ExistingCase, actor: Actor): boolean => actor.role === 'wijkteam' && actor.team === state.team;

function hasJoinedJeugdlink(state: ExistingCase, actor: Actor): boolean {
  const involvement = currentJeugdlink(state);
  return actor.role === 'jeugdlink' && involvement?.status === 'joined' && involvement.team === actor.team;
}

/** The team the case lead asked to join, while that request is open. */
function isRequestedTeam(state: ExistingCase, actor: Actor): boolean {
  const involvement = currentJeugdlink(state);
  return actor.role === 'jeugdlink' && involvement?.status === 'requested' && involvement.team === actor.team;
}

const isChargedGi = (state: ExistingCase, actor: Actor, today: IsoDate): boolean =>
  actor.role === 'gi' && activeCourtOrders(state, today).some((o) => o.giOrganisation === actor.organisation);

/** Placement steps are court-order steps only when the placement rests on a court order. */
function isCourtOrderStep(command: CaseCommand, state: ExistingCase): boolean {
  switch (command.type) {
    case 'RequestPlacement':
      return command.data.legalBasis === 'court-order';
    case 'WithdrawPlacementRequest':
    case 'RematchPlacement':
    case 'DecidePlacement':
    case 'StartPlacement':
      return findPlacement(state, command.data.placementId)?.legalBasis === 'court-order';
    default:
      return WRITE_SCOPE[command.type] === 'court-order';
  }
}

/** One answer for "no such case" and "not yours", so that a write tells an outsider nothing. */
export function refuseUnknownCase(command: CaseCommand): never {
  refuse('CASE.NOT_FOUND', `${command.type}: no case ${command.data.caseId}; a case opens with a signal`);
}

/** Throws a DomainError when the command's actor may not take this step; an outsider meets CASE.NOT_FOUND. */
export function authorise(command: CaseCommand, state: CaseState, now: Date): void {
  const { actor } = command;
  if (command.type === 'RegisterSignal') return authoriseRegistration(actor);
  if (state.status === 'none') refuseUnknownCase(command);
  const joining = command.type === 'JoinJeugdlink' && isRequestedTeam(state, actor);
  if (!joining && !canReadCase(state, actor)) refuseUnknownCase(command);
  refuseReadOnlyRole(actor);
  const scope = WRITE_SCOPE[command.type];
  if (scope === 'join') return authoriseJoin(state, actor);
  if (isCaseTeam(state, actor)) return;
  if (scope !== 'case-team' && hasJoinedJeugdlink(state, actor)) return;
  if (isCourtOrderStep(command, state) && isChargedGi(state, actor, dutchDateOf(now))) return;
  refuseReader(command, state, actor);
}

function authoriseRegistration(actor: Actor): void {
  refuseReadOnlyRole(actor);
  authoriseRole(actor, 'wijkteam', 'registers a signal');
}

function refuseReadOnlyRole(actor: Actor): void {
  if (READ_ONLY_ROLES.includes(actor.role)) refuse('ACCESS.READ_ONLY_ROLE', `a ${actor.role} reads a case but never writes to it`);
}

function authoriseJoin(state: ExistingCase, actor: Actor): void {
  authoriseRole(actor, 'jeugdlink', 'joins a case as Jeugdlink');
  if (currentJeugdlink(state)?.status === 'requested' && !isRequestedTeam(state, actor)) {
    refuse('ACCESS.NOT_REQUESTED_TEAM', `JoinJeugdlink: the case lead did not ask Jeugdlink team ${actor.team} to join`);
  }
}

function authoriseRole(actor: Actor, role: Actor['role'], step: string): void {
  if (actor.role !== role) refuse('ACCESS.STEP_NOT_FOR_ROLE', `only a ${role} professional ${step}, not a ${actor.role}`);
}

/** Someone who reads the case but may not take this step; the answer names no other team or organisation. */
function refuseReader(command: CaseCommand, state: ExistingCase, actor: Actor): never {
  const step = command.type;
  if (WRITE_SCOPE[step] === 'case-team') {
    refuse('ACCESS.STEP_NOT_FOR_ROLE', `${step} is a step for the case lead's team, not for a ${actor.role}`);
  }
  if (actor.role === 'jeugdlink') {
    refuse('ACCESS.JEUGDLINK_NOT_JOINED', `${step}: Jeugdlink team ${actor.team} has not joined this case or its involvement has ended`);
  }
  if (step === 'RecordCourtOrder') {
    refuse(
      'ACCESS.STEP_NOT_FOR_ROLE',
      "RecordCourtOrder: the case team or a joined Jeugdlink member records the judge's decision naming the GI; a GI does not",
    );
  }
  if (!isCourtOrderStep(command, state)) {
    refuse('ACCESS.STEP_NOT_FOR_ROLE', `${step} is not a court-order step, so a GI does not take it`);
  }
  refuse('ACCESS.GI_NOT_CHARGED', `${step}: ${actor.organisation} is not charged with an active court order on this case`);
}
