import { Uuid } from '../shared/ids';
import { dutchDateOf, IsoDate } from '../shared/iso-date';
import { Actor } from './actor';
import { CaseCommand, CaseCommandType } from './commands';
import { CHARGED_GI_ONLY, childrenConcerned, isChargedGi } from './charged-gi';
import { refuse } from './errors';
import { familyPersonOf } from './family/family-person';
import { currentJeugdlink, findPlacement } from './queries';
import { readGround } from './readers';
import { CaseState, ExistingCase } from './state';

/**
 * Who may write which step (DOMAIN.md, roles): the case lead's team leads the case; a joined Jeugdlink
 * team works alongside it (not instead of it). In the gedwongen kader the GI charged with a court order
 * in force for a child leads the child-protection work for that child, alone decides a court-ordered
 * placement and gives written instructions; the family's part (signals, family, consent, safety plan,
 * Jeugdlink) stays with the case team. Veilig Thuis leads a case it registered, as its team, until it hands the
 * case over to the local team; its investigation is its own step. Auditors and providers never write; the family writes
 * only the steps it takes itself (scope `family`: a linked family member of this case), each decider checking the right
 * it needs.
 */
type WriteScope = 'register' | 'join' | 'case-team' | 'case-work' | 'child-protection' | 'charged-gi' | 'veilig-thuis' | 'family';

const WRITE_SCOPE: Readonly<Record<CaseCommandType, WriteScope>> = {
  RegisterSignal: 'register',
  RecordNewSignal: 'case-work',
  StartVeiligThuisInvestigation: 'veilig-thuis',
  ConcludeVeiligThuisInvestigation: 'veilig-thuis',
  HandOverToLocalTeam: 'veilig-thuis',
  JoinJeugdlink: 'join',
  AssignCaseLead: 'case-team',
  RequestJeugdlink: 'case-team',
  CloseCase: 'case-team',
  ReopenCase: 'case-team',
  TransferCase: 'case-team',
  // Like the court's decisions on its orders: recorded by the case, so that a GI never charges itself.
  ChangeChargedGi: 'case-work',
  RecordFamilyMember: 'case-work',
  ChangeParentalAuthority: 'case-work',
  RecordConsent: 'case-work',
  WithdrawConsent: 'case-work',
  AgreeSafetyPlan: 'case-work',
  EndJeugdlinkInvolvement: 'case-work',
  // The judge's decision is recorded by the case, naming the GI it charges: a GI never charges itself.
  RecordCourtOrder: 'case-work',
  EndCourtOrder: 'case-work',
  LodgeAppeal: 'case-work',
  RecordAppealOutcome: 'case-work',
  RecordRaadAdvice: 'case-work',
  GiveWrittenInstruction: 'charged-gi',
  RecordInstructionFollowUp: 'child-protection',
  RecordSafetyAssessment: 'child-protection',
  RecordPlacementPlan: 'child-protection',
  DraftReturnHomePlan: 'child-protection',
  AssessReturnCondition: 'child-protection',
  RecordReturnDecision: 'child-protection',
  RecordReturnHome: 'child-protection',
  EndPlacement: 'child-protection',
  // Finding the place is child-protection work: the case team, a joined Jeugdlink team or the charged GI.
  ProposeNetworkFamily: 'child-protection',
  // Voluntary help is the family's part of the case; perspective and aftercare follow the child's placement.
  AgreeHelpPlan: 'case-work',
  ReviseHelpPlan: 'case-work',
  EvaluateHelpPlan: 'case-work',
  EndHelpPlan: 'case-work',
  RecordPerspectiveDecision: 'child-protection',
  StartAftercare: 'child-protection',
  EndAftercare: 'child-protection',
  // On a voluntary placement these are case work (scopeOf).
  RequestPlacement: 'child-protection',
  WithdrawPlacementRequest: 'child-protection',
  RematchPlacement: 'child-protection',
  RecordPlacementView: 'child-protection',
  PlanIntroduction: 'child-protection',
  RecordIntroductionHeld: 'child-protection',
  DecidePlacement: 'charged-gi',
  StartPlacement: 'child-protection',
  // The journal is kept by everyone who writes to the case: the case team, a joined Jeugdlink team, a charged GI.
  RecordCaseNote: 'child-protection',
  GiveTask: 'child-protection',
  CompleteTask: 'child-protection',
  CancelTask: 'child-protection',
  RecordFosterChildContact: 'child-protection',
  RecordFosterCareChoice: 'child-protection',
  AddOwnStatement: 'family',
  RequestCorrection: 'family',
  RequestDestruction: 'family',
  FileComplaint: 'family',
  // Who wrote a step answers for it, a charged GI for its part too; so for the complaints about the work.
  DecideCorrection: 'child-protection',
  HandleComplaint: 'child-protection',
  // Keeping the file is the case's: the case team, with a joined Jeugdlink team; never a GI (a court order in force keeps the file).
  DecideDestruction: 'case-work',
  // Who is who, and what the family does not see, is the case team's part of the file (issue 18).
  LinkFamilyAccount: 'case-work',
  EndFamilyAccountLink: 'case-work',
  WithholdFromFamily: 'case-work',
  EndWithholding: 'case-work',
  MarkNotForParents: 'case-work',
};

const READ_ONLY_ROLES: readonly Actor['role'][] = ['auditor', 'provider', 'family'];

/** Who acts, as far as writing to a case goes; a task's assignee is named so too. */
export type Writer = Pick<Actor, 'role' | 'team' | 'organisation'>;

/** The role that leads: Veilig Thuis on a case it registered, until the handover; the wijkteam otherwise. */
const leadingRole = (state: ExistingCase): Actor['role'] =>
  state.veiligThuis && state.veiligThuis.handover === null ? 'veilig-thuis' : 'wijkteam';

const isCaseTeam = (state: ExistingCase, actor: Writer): boolean => actor.role === leadingRole(state) && actor.team === state.team;

function hasJoinedJeugdlink(state: ExistingCase, actor: Writer): boolean {
  const involvement = currentJeugdlink(state);
  return actor.role === 'jeugdlink' && involvement?.status === 'joined' && involvement.team === actor.team;
}

/** Who takes the child-protection work of the case, the journal included (scope `child-protection`, for any of its children). */
export function writesToCase(state: ExistingCase, writer: Writer, today: IsoDate): boolean {
  const everyChild = state.children.map((child) => child.childId);
  return isCaseTeam(state, writer) || hasJoinedJeugdlink(state, writer) || isChargedGi(state, writer, today, everyChild);
}

/** The team the case lead asked to join, while that request is open. */
function isRequestedTeam(state: ExistingCase, actor: Actor): boolean {
  const involvement = currentJeugdlink(state);
  return actor.role === 'jeugdlink' && involvement?.status === 'requested' && involvement.team === actor.team;
}

/**
 * The judge's decisions on the GI's orders, the Raad's advice to the judge on them, and another GI taking them
 * over: recorded by the case, never by the GI.
 */
const COURT_DECISION_STEPS: readonly CaseCommandType[] = [
  'RecordCourtOrder',
  'EndCourtOrder',
  'LodgeAppeal',
  'RecordAppealOutcome',
  'RecordRaadAdvice',
  'ChangeChargedGi',
];

/** The placement steps that are the GI's only when the placement rests on a court order; case work otherwise. */
const PLACEMENT_STEPS: readonly CaseCommandType[] = [
  'RequestPlacement',
  'WithdrawPlacementRequest',
  'RematchPlacement',
  'RecordPlacementView',
  'PlanIntroduction',
  'RecordIntroductionHeld',
  'DecidePlacement',
  'StartPlacement',
  'RecordFosterChildContact',
  'RecordFosterCareChoice',
];

/** What access depends on besides who takes which step: whether the placement rests on a court order, and which children. */
export type StepConcern = Readonly<{ courtOrdered: boolean; childIds: readonly Uuid[] }>;

/** The step as access sees it: its type, who takes it, on which case, about what. */
export type StepAsked = Readonly<{ type: CaseCommandType; actor: Actor; caseId: Uuid; concern: StepConcern }>;

/** What a command's payload says access is about. */
export function concernOf(command: CaseCommand, state: ExistingCase): StepConcern {
  const { data } = command;
  const placement = 'placementId' in data ? findPlacement(state, data.placementId) : undefined;
  const courtOrdered =
    command.type === 'RequestPlacement' ? command.data.legalBasis === 'court-order' : placement?.legalBasis === 'court-order';
  return { courtOrdered, childIds: childrenConcerned(command, state) };
}

function scopeOf({ type, concern }: StepAsked): WriteScope {
  return PLACEMENT_STEPS.includes(type) && !concern.courtOrdered ? 'case-work' : WRITE_SCOPE[type];
}

/** One answer for "no such case" and "not yours", so that a write tells an outsider nothing. */
export function refuseUnknownCase({ type, caseId }: Pick<StepAsked, 'type' | 'caseId'>): never {
  refuse('CASE.NOT_FOUND', `${type}: no case ${caseId}; a case opens with a signal`);
}

/** Throws a DomainError when the command's actor may not take this step; an outsider meets CASE.NOT_FOUND. */
export function authorise(command: CaseCommand, state: CaseState, now: Date): void {
  const { type, actor, data } = command;
  const concern = state.status === 'none' ? { courtOrdered: false, childIds: [] } : concernOf(command, state);
  authoriseStep({ type, actor, caseId: data.caseId, concern }, state, now);
}

/** The access rule itself, for a command or for a step asked about without one (open-steps.ts). */
export function authoriseStep(step: StepAsked, state: CaseState, now: Date): void {
  const { actor } = step;
  if (step.type === 'RegisterSignal') return authoriseRegistration(actor);
  if (state.status === 'none') refuseUnknownCase(step);
  if (scopeOf(step) === 'family') return authoriseFamilyStep(step, state, now);
  const joining = step.type === 'JoinJeugdlink' && isRequestedTeam(state, actor);
  const ground = readGround(state, actor, dutchDateOf(now));
  if (!joining && ground === null) refuseUnknownCase(step);
  refuseReadOnlyRole(actor);
  if (!joining && ground !== null && 'handedOverBy' in ground) refuseFormerReader(step, ground.handedOverOn);
  const scope = scopeOf(step);
  if (scope === 'join') return authoriseJoin(state, actor);
  const chargedGi = isChargedGi(state, actor, dutchDateOf(now), step.concern.childIds);
  if (scope === 'charged-gi') return authoriseChargedGi(step, actor, chargedGi);
  if (scope === 'veilig-thuis') return authoriseVeiligThuis(step, state, actor);
  if (isCaseTeam(state, actor)) return;
  if (scope !== 'case-team' && hasJoinedJeugdlink(state, actor)) return;
  if (scope === 'child-protection' && chargedGi) return;
  refuseReader(step, actor, scope);
}

/**
 * A step the family takes itself: by a linked family member of this case. A professional who reads the case is told the
 * step is not theirs; anyone else, a family account not (or no longer) linked here included, meets the unknown case.
 */
function authoriseFamilyStep(step: StepAsked, state: ExistingCase, now: Date): void {
  if (familyPersonOf(state, step.actor) !== null) return;
  if (readGround(state, step.actor, dutchDateOf(now)) === null) refuseUnknownCase(step);
  refuse('ACCESS.STEP_NOT_FOR_ROLE', `${step.type} is a step the family takes itself, not a ${step.actor.role}`);
}

function authoriseRegistration(actor: Actor): void {
  refuseReadOnlyRole(actor);
  if (actor.role !== 'veilig-thuis') authoriseRole(actor, 'wijkteam', 'or Veilig Thuis registers a signal');
}

/**
 * Veilig Thuis's own steps: the Veilig Thuis team that leads the case, never the wijkteam that takes it over. A Veilig
 * Thuis team that reads the case without leading it handed it over, and was refused as a former reader already.
 */
function authoriseVeiligThuis(command: StepAsked, state: ExistingCase, actor: Actor): void {
  if (actor.role === 'veilig-thuis' && isCaseTeam(state, actor)) return;
  refuse(
    'ACCESS.STEP_NOT_FOR_ROLE',
    `${command.type} is Veilig Thuis's own step, taken by the team that leads the case, not by a ${actor.role}`,
  );
}

function refuseReadOnlyRole(actor: Actor): void {
  if (READ_ONLY_ROLES.includes(actor.role)) refuse('ACCESS.READ_ONLY_ROLE', `a ${actor.role} reads a case but never writes to it`);
}

// Write access ends at the transfer or handover itself; reading what it did goes on for a while (former-readers.ts).
function refuseFormerReader(command: StepAsked, handedOverOn: string): never {
  refuse(
    'ACCESS.CASE_TRANSFERRED',
    `${command.type}: the case was handed over on ${handedOverOn}; who handed it over no longer writes to it`,
  );
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

function authoriseChargedGi(command: StepAsked, actor: Actor, chargedGi: boolean): void {
  if (chargedGi) return;
  if (actor.role === 'gi') refuseUncharged(command, actor);
  const [code, who] = CHARGED_GI_ONLY[command.type];
  refuse(code, `${command.type}: ${who}, not by a ${actor.role}`);
}

function refuseUncharged(command: StepAsked, actor: Actor): never {
  refuse(
    'ACCESS.GI_NOT_CHARGED',
    `${command.type}: ${actor.organisation} is not charged with a court order in force for the children it concerns`,
  );
}

/** Someone who reads the case but may not take this step; the answer names no other team or organisation. */
function refuseReader(command: StepAsked, actor: Actor, scope: WriteScope): never {
  const step = command.type;
  if (scope === 'case-team') {
    refuse('ACCESS.STEP_NOT_FOR_ROLE', `${step} is a step for the case lead's team, not for a ${actor.role}`);
  }
  if (actor.role === 'jeugdlink') {
    refuse('ACCESS.JEUGDLINK_NOT_JOINED', `${step}: Jeugdlink team ${actor.team} has not joined this case or its involvement has ended`);
  }
  if (COURT_DECISION_STEPS.includes(step)) {
    refuse(
      'ACCESS.STEP_NOT_FOR_ROLE',
      `${step}: the case team or a joined Jeugdlink member records the judge's decisions on the GI's orders, and the Raad's advice on them; a GI does not`,
    );
  }
  if (scope !== 'child-protection') {
    refuse('ACCESS.STEP_NOT_FOR_ROLE', `${step} is the family's part of the case, taken by the case team; a GI does not take it`);
  }
  refuseUncharged(command, actor);
}
