import { Uuid } from '../shared/ids';
import { IsoDate, IsoTimestamp } from '../shared/iso-date';
import { WorkingCalendar } from '../deadlines/working-days';
import { Actor } from './actor';
import {
  AppealOutcome,
  AppealParty,
  AuthoritySource,
  BehaviouralScientistConsent,
  Child,
  ConsentGiver,
  ConsentPurpose,
  ContactDetails,
  CourtOrderEnding,
  CourtOrderKind,
  FamilyRelation,
  InstructionOutcome,
  JeugdlinkMember,
  LegalBasis,
  NetworkFamilyArea,
  ParticipantView,
  PlacementEndReason,
  PlacementNeeds,
  PlacementSurroundings,
  Reservation,
  ReturnCondition,
  ReturnDecisionOutcome,
  SafetyOutcome,
  SiblingGroup,
  SignalSource,
  Urgency,
  VeiligThuisConclusion,
  PlacementView,
  IntroductionParticipants,
  RaadRecommendation,
  ViewHeard,
  Handover,
  TransferReason,
  FosterCareChoice,
  FosterChildContactKind,
} from './values';
import { CaseNoteKind, NotePresence, OwnWords, TaskAssignee, TaskKind } from './journal';
import { AftercareGround, GoalEvaluation, HelpGoal, HelpService, Perspective, PerspectiveView } from './help-values';
import type { VoiceCommand } from './voice/voice-commands';
import { WithheldFrom, WithholdingGround } from './family/family-values';

import type { CaseCommandOf } from './message-of';

export type { CaseCommandOf };

export type RegisterSignal = CaseCommandOf<
  'RegisterSignal',
  {
    caseId: Uuid;
    /** When the concern reached the team or Veilig Thuis; defaults to now. */
    receivedAt?: IsoTimestamp;
    source: SignalSource;
    concerns: readonly string[];
    children: readonly Child[];
    description: string;
    urgency: Urgency;
    municipality: string;
    /** The CBS gemeentecode (GM0228); may be left out for a municipality `MUNICIPALITY_CODES` knows by name. */
    municipalityCode?: string;
    /** The deployment's extra non-working days, handed in by the edge from its settings; not the client's to send. */
    calendar?: WorkingCalendar;
  }
>;
/** A later concern about children of an open case (a new melding): recorded on the case, with its own safety assessment. */
export type RecordNewSignal = CaseCommandOf<
  'RecordNewSignal',
  {
    caseId: Uuid;
    signalId: Uuid;
    /** When the concern reached the team or Veilig Thuis; defaults to now. */
    receivedAt?: IsoTimestamp;
    source: SignalSource;
    concerns: readonly string[];
    /** The children of the case it concerns. */
    childIds: readonly Uuid[];
    description: string;
    urgency: Urgency;
    /** As for RegisterSignal: the deployment's extra non-working days, handed in by the edge. */
    calendar?: WorkingCalendar;
  }
>;
export type StartVeiligThuisInvestigation = CaseCommandOf<
  'StartVeiligThuisInvestigation',
  { caseId: Uuid; startedOn: IsoDate; reason: string }
>;
export type ConcludeVeiligThuisInvestigation = CaseCommandOf<
  'ConcludeVeiligThuisInvestigation',
  { caseId: Uuid; conclusion: VeiligThuisConclusion; findings: string; concludedOn: IsoDate }
>;
/** Veilig Thuis hands its case to the local team (the wijkteam named), which leads it from then on. */
export type HandOverToLocalTeam = CaseCommandOf<
  'HandOverToLocalTeam',
  {
    caseId: Uuid;
    team: string;
    organisation: string;
    summary: string;
    handedOverOn: IsoDate;
    /** The edge's fact: how long Veilig Thuis reads the case as it stood (FORMER_TEAM_READ_DAYS). */
    formerTeamReadDays: number;
  }
>;
export type AssignCaseLead = CaseCommandOf<'AssignCaseLead', { caseId: Uuid; leadId: Uuid; name: string }>;
export type RecordFamilyMember = CaseCommandOf<
  'RecordFamilyMember',
  {
    caseId: Uuid;
    familyMemberId: Uuid;
    name: string;
    relation: FamilyRelation;
    /** Children of the case over whom this person holds parental authority (gezag). */
    parentalAuthorityOver: readonly Uuid[];
    contact: ContactDetails;
  }
>;
export type ChangeParentalAuthority = CaseCommandOf<
  'ChangeParentalAuthority',
  {
    caseId: Uuid;
    familyMemberId: Uuid;
    /** The children over whom this person holds parental authority from now on. */
    parentalAuthorityOver: readonly Uuid[];
    source: AuthoritySource;
    reason: string;
    /** When the change took effect, e.g. the date of the court decision. */
    changedOn: IsoDate;
  }
>;
export type RecordConsent = CaseCommandOf<
  'RecordConsent',
  { caseId: Uuid; consentId: Uuid; givenBy: ConsentGiver; purpose: ConsentPurpose; childIds: readonly Uuid[]; givenOn: IsoDate }
>;
export type WithdrawConsent = CaseCommandOf<'WithdrawConsent', { caseId: Uuid; consentId: Uuid; withdrawnOn: IsoDate; reason: string }>;
export type RecordSafetyAssessment = CaseCommandOf<
  'RecordSafetyAssessment',
  {
    caseId: Uuid;
    assessmentId: Uuid;
    outcome: SafetyOutcome;
    findings: string;
    assessedOn: IsoDate;
    /** The later signal (RecordNewSignal) this assessment answers; left out, it answers the signal that opened the case. */
    signalId?: Uuid;
  }
>;
export type AgreeSafetyPlan = CaseCommandOf<
  'AgreeSafetyPlan',
  { caseId: Uuid; safetyPlanId: Uuid; conditions: readonly string[]; reviewOn: IsoDate; agreedBy: readonly Uuid[] }
>;
export type RequestJeugdlink = CaseCommandOf<
  'RequestJeugdlink',
  {
    caseId: Uuid;
    reason: string;
    /** The regional Jeugdlink team that may join: named by the case lead, or configured for the municipality; null: neither, refused. */
    team: string | null;
  }
>;
export type JoinJeugdlink = CaseCommandOf<'JoinJeugdlink', { caseId: Uuid; members: readonly JeugdlinkMember[]; purpose: string }>;
export type EndJeugdlinkInvolvement = CaseCommandOf<'EndJeugdlinkInvolvement', { caseId: Uuid; reason: string }>;
export type RecordCourtOrder = CaseCommandOf<
  'RecordCourtOrder',
  {
    caseId: Uuid;
    courtOrderId: Uuid;
    kind: CourtOrderKind;
    childId: Uuid;
    issuedOn: IsoDate;
    validFrom: IsoDate;
    validUntil: IsoDate;
    court: string;
    caseNumber: string;
    /** The gecertificeerde instelling charged with carrying out the order. */
    giOrganisation: string;
    /** The order this one extends (verlenging), of the same kind and child. */
    extendsCourtOrderId?: Uuid;
    /** For a spoedmachtiging: whether the parents were heard before it was issued. */
    parentsHeard?: boolean;
  }
>;
export type EndCourtOrder = CaseCommandOf<
  'EndCourtOrder',
  {
    caseId: Uuid;
    courtOrderId: Uuid;
    how: CourtOrderEnding;
    /** From this day the order no longer holds. */
    endedOn: IsoDate;
    decidedOn: IsoDate;
    court: string;
    caseNumber: string;
    /** The court's decision, in its words. */
    decision: string;
  }
>;
export type LodgeAppeal = CaseCommandOf<
  'LodgeAppeal',
  { caseId: Uuid; appealId: Uuid; courtOrderId: Uuid; lodgedOn: IsoDate; lodgedBy: AppealParty; court: string; caseNumber: string }
>;
export type RecordAppealOutcome = CaseCommandOf<
  'RecordAppealOutcome',
  {
    caseId: Uuid;
    appealId: Uuid;
    outcome: AppealOutcome;
    decidedOn: IsoDate;
    decision: string;
    /** For `shortened`: the order's new last day. */
    lastDay?: IsoDate;
  }
>;
/** The Raad voor de Kinderbescherming's advice to the judge on a request to extend an OTS, as the case receives it. */
export type RecordRaadAdvice = CaseCommandOf<
  'RecordRaadAdvice',
  {
    caseId: Uuid;
    adviceId: Uuid;
    /** The OTS the request asks to extend. */
    courtOrderId: Uuid;
    /** The extension request the advice is on: its case number at the court, and when it was made. */
    requestCaseNumber: string;
    requestedOn: IsoDate;
    /** Who advised: the Raad's investigator (a professional, by name) and the Raad's office. */
    advisor: string;
    office: string;
    recommendation: RaadRecommendation;
    advice: string;
    advisedOn: IsoDate;
  }
>;
export type GiveWrittenInstruction = CaseCommandOf<
  'GiveWrittenInstruction',
  {
    caseId: Uuid;
    instructionId: Uuid;
    childId: Uuid;
    /** The parents (family member ids) or the child the instruction is addressed to. */
    addressedTo: readonly Uuid[];
    instruction: string;
    reason: string;
    givenOn: IsoDate;
    /** The term the instruction sets to comply by. */
    complyBy: IsoDate;
  }
>;
export type RecordInstructionFollowUp = CaseCommandOf<
  'RecordInstructionFollowUp',
  { caseId: Uuid; instructionId: Uuid; outcome: InstructionOutcome; on: IsoDate; note: string }
>;
export type RequestPlacement = CaseCommandOf<
  'RequestPlacement',
  {
    caseId: Uuid;
    placementId: Uuid;
    childIds: readonly Uuid[];
    legalBasis: LegalBasis;
    needs: PlacementNeeds;
    urgency: Urgency;
    intendedStartOn: IsoDate;
    /** Why these children are placed apart from their siblings (for the groups and siblings below: the harm). */
    siblingSeparationReason?: string;
    /** Siblings these children must never be placed with: one of them harms the other. */
    keptApartFrom?: readonly Uuid[];
    /** The request's other children, each group placed apart from the rest under its own placement id. */
    separateGroups?: readonly SiblingGroup[];
  } & PlacementSurroundings
>;
export type DecidePlacement = CaseCommandOf<
  'DecidePlacement',
  {
    caseId: Uuid;
    placementId: Uuid;
    reservation: Reservation | null;
    reasons: string;
    /** Others heard (the school, the current carer); the child's and parents' views are the ones recorded on the place. */
    viewsHeard?: readonly ViewHeard[];
    behaviouralScientistConsent: BehaviouralScientistConsent | null;
    /** The day the child is to move in, when not right away: the placement then starts when it is recorded. */
    moveInOn?: IsoDate;
  }
>;
/** A child's or parent's view on the place reserved now (handed in as a fact, as for the decision). */
export type RecordPlacementView = CaseCommandOf<
  'RecordPlacementView',
  { caseId: Uuid; placementId: Uuid; reservation: Reservation | null; view: PlacementView; heardOn: IsoDate }
>;
/** A kennismaking (introduction) with the people of the place reserved now (handed in as a fact). */
export type PlanIntroduction = CaseCommandOf<
  'PlanIntroduction',
  {
    caseId: Uuid;
    placementId: Uuid;
    reservation: Reservation | null;
    introductionId: Uuid;
    plannedOn: IsoDate;
    participants: IntroductionParticipants;
  }
>;
export type RecordIntroductionHeld = CaseCommandOf<
  'RecordIntroductionHeld',
  { caseId: Uuid; placementId: Uuid; introductionId: Uuid; heldOn: IsoDate }
>;
/**
 * A recorded family member or friend proposed as a netwerkpleeggezin before any provider registered them: the
 * pleegzorgaanbieder named screens the family and answers for the place, as for any foster family.
 */
export type ProposeNetworkFamily = CaseCommandOf<
  'ProposeNetworkFamily',
  {
    caseId: Uuid;
    /** The id of the place the family offers: matching ranks it, the process reserves it under this id. */
    optionId: Uuid;
    familyMemberId: Uuid;
    provider: string;
    capacity: number;
    careIntensities: readonly PlacementNeeds['careIntensity'][];
    /** The code may be left out for a municipality `MUNICIPALITY_CODES` knows by name. */
    area: Omit<NetworkFamilyArea, 'municipalityCode'> & { municipalityCode?: string };
  }
>;
/** The request is no longer pursued (no place fits, the family found another way): the process ends and frees what it holds. */
export type WithdrawPlacementRequest = CaseCommandOf<'WithdrawPlacementRequest', { caseId: Uuid; placementId: Uuid; reason: string }>;
/** Matching runs again on an open request: new places, or the needs as they are now (unchanged when left out). */
export type RematchPlacement = CaseCommandOf<
  'RematchPlacement',
  { caseId: Uuid; placementId: Uuid; reason: string; needs?: PlacementNeeds }
>;
export type StartPlacement = CaseCommandOf<'StartPlacement', { caseId: Uuid; placementId: Uuid; startedOn: IsoDate }>;
export type RecordPlacementPlan = CaseCommandOf<
  'RecordPlacementPlan',
  { caseId: Uuid; placementId: Uuid; perspectiveDecisionOn: IsoDate; justification: string }
>;
export type DraftReturnHomePlan = CaseCommandOf<
  'DraftReturnHomePlan',
  { caseId: Uuid; placementId: Uuid; conditions: readonly ReturnCondition[]; support: string; targetOn: IsoDate }
>;
export type AssessReturnCondition = CaseCommandOf<
  'AssessReturnCondition',
  { caseId: Uuid; placementId: Uuid; conditionId: Uuid; met: boolean; evidence: string; assessedOn: IsoDate }
>;
export type RecordReturnDecision = CaseCommandOf<
  'RecordReturnDecision',
  {
    caseId: Uuid;
    placementId: Uuid;
    decisionId: Uuid;
    decidedOn: IsoDate;
    outcome: ReturnDecisionOutcome;
    views: readonly ParticipantView[];
    rationale: string;
    /** Decide `return-home` although not every condition is assessed met: the reason is required. */
    conditionsOverrideReason?: string;
  }
>;
export type RecordReturnHome = CaseCommandOf<
  'RecordReturnHome',
  { caseId: Uuid; placementId: Uuid; returnedOn: IsoDate; aftercare: string }
>;
export type EndPlacement = CaseCommandOf<
  'EndPlacement',
  {
    caseId: Uuid;
    placementId: Uuid;
    endedOn: IsoDate;
    reason: PlacementEndReason;
    explanation: string;
    /** The children who leave while their brothers and sisters stay; every child of the placement when left out. */
    childIds?: readonly Uuid[];
  }
>;
/** A dated note of a contact or of the work on the case; `corrects` makes it a new version of an earlier note. */
export type RecordCaseNote = CaseCommandOf<
  'RecordCaseNote',
  {
    caseId: Uuid;
    noteId: Uuid;
    kind: CaseNoteKind;
    /** The day of the contact or work the note is about. */
    on: IsoDate;
    present: NotePresence;
    /** What happened, in the professional's words. */
    text: string;
    agreed: readonly string[];
    /** What children and family members said in their own words (sealed per person). */
    ownWords?: readonly OwnWords[];
    /** The note this one corrects (its latest version), and why. */
    corrects?: Readonly<{ noteId: Uuid; reason: string }>;
  }
>;
/** `at`: the appointment's moment (required for one); `dueOn` its Dutch day, or the task's last day. */
export type GiveTask = CaseCommandOf<
  'GiveTask',
  { caseId: Uuid; taskId: Uuid; kind: TaskKind; description: string; assignee: TaskAssignee; dueOn: IsoDate; at?: IsoTimestamp }
>;
export type CompleteTask = CaseCommandOf<'CompleteTask', { caseId: Uuid; taskId: Uuid; doneOn: IsoDate }>;
export type CancelTask = CaseCommandOf<'CancelTask', { caseId: Uuid; taskId: Uuid; reason: string }>;
/** The young person's choice at 18: foster care continues to 21, or it ends (at 18, or now when later). */
export type RecordFosterCareChoice = CaseCommandOf<
  'RecordFosterCareChoice',
  { caseId: Uuid; placementId: Uuid; childId: Uuid; choice: FosterCareChoice; chosenOn: IsoDate }
>;
/** A talk with a placed child, or the review of their development, held by a care professional. */
export type RecordFosterChildContact = CaseCommandOf<
  'RecordFosterChildContact',
  { caseId: Uuid; placementId: Uuid; childId: Uuid; contactId: Uuid; kind: FosterChildContactKind; heldOn: IsoDate }
>;
/** The voluntary help plan (hulpverleningsplan) of the family: goals for the children, the help arranged, and when it is evaluated. */
export type AgreeHelpPlan = CaseCommandOf<
  'AgreeHelpPlan',
  {
    caseId: Uuid;
    helpPlanId: Uuid;
    agreedOn: IsoDate;
    /** The family members who agreed to the plan. */
    agreedWith: readonly Uuid[];
    goals: readonly HelpGoal[];
    services: readonly HelpService[];
    /** The first evaluation; each evaluation sets the next. */
    evaluateOn: IsoDate;
  }
>;
/** The plan as it stands from now on; what it was stays in the history. */
export type ReviseHelpPlan = CaseCommandOf<
  'ReviseHelpPlan',
  {
    caseId: Uuid;
    helpPlanId: Uuid;
    revisedOn: IsoDate;
    agreedWith: readonly Uuid[];
    goals: readonly HelpGoal[];
    services: readonly HelpService[];
    reason: string;
  }
>;
export type EvaluateHelpPlan = CaseCommandOf<
  'EvaluateHelpPlan',
  {
    caseId: Uuid;
    helpPlanId: Uuid;
    evaluationId: Uuid;
    evaluatedOn: IsoDate;
    /** The progress on each goal of the plan. */
    goals: readonly GoalEvaluation[];
    nextEvaluationOn: IsoDate;
  }
>;
/** The plan has done its work (or the family no longer wants it): the evaluations stop; a new plan may follow. */
export type EndHelpPlan = CaseCommandOf<'EndHelpPlan', { caseId: Uuid; helpPlanId: Uuid; endedOn: IsoDate; reason: string }>;
/** The perspective decision (perspectiefbesluit) for the children of a placement, a decision of its own. */
export type RecordPerspectiveDecision = CaseCommandOf<
  'RecordPerspectiveDecision',
  {
    caseId: Uuid;
    placementId: Uuid;
    decisionId: Uuid;
    decidedOn: IsoDate;
    perspective: Perspective;
    /** For `elsewhere`: where the child grows up (a gezinshuis, living on their own with support, ...). */
    where?: string;
    views: readonly PerspectiveView[];
    justification: string;
  }
>;
export type StartAftercare = CaseCommandOf<
  'StartAftercare',
  {
    caseId: Uuid;
    aftercareId: Uuid;
    childIds: readonly Uuid[];
    after: AftercareGround;
    startedOn: IsoDate;
    /** What the aftercare is: who supports whom, how often, with what. */
    content: string;
    plannedEndOn: IsoDate;
  }
>;
export type EndAftercare = CaseCommandOf<'EndAftercare', { caseId: Uuid; aftercareId: Uuid; endedOn: IsoDate; howItWent: string }>;
export type CloseCase = CaseCommandOf<'CloseCase', { caseId: Uuid; reason: string }>;
export type ReopenCase = CaseCommandOf<'ReopenCase', { caseId: Uuid; reason: string }>;
export type TransferCase = CaseCommandOf<
  'TransferCase',
  {
    caseId: Uuid;
    toTeam: string;
    toOrganisation: string;
    reason: TransferReason;
    explanation: string;
    handover: Handover;
    /** With a move (and only then): the municipality the family moved to. */
    municipality?: string;
    municipalityCode?: string;
    /** The edge's facts: the Jeugdlink team configured for the new municipality (null: none), and the former team's read period. */
    regionalJeugdlinkTeam: string | null;
    formerTeamReadDays: number;
  }
>;
/** Another GI takes over the child's court orders in force; recorded by the case, as the court's decisions are. */
export type ChangeChargedGi = CaseCommandOf<
  'ChangeChargedGi',
  {
    caseId: Uuid;
    childId: Uuid;
    toGiOrganisation: string;
    explanation: string;
    handover: Handover;
    /** The edge's fact: how long the GI it leaves reads the case as it stood (FORMER_TEAM_READ_DAYS). */
    formerTeamReadDays: number;
  }
>;

/** The case team links a family user's account (their token subject) to their person on the case: a child or a family member. */
export type LinkFamilyAccount = CaseCommandOf<'LinkFamilyAccount', { caseId: Uuid; personId: Uuid; accountId: Uuid }>;
export type EndFamilyAccountLink = CaseCommandOf<'EndFamilyAccountLink', { caseId: Uuid; personId: Uuid; reason: string }>;
/** `eventNumber`: the stream revision of the event whose content the family does not see. */
export type WithholdFromFamily = CaseCommandOf<
  'WithholdFromFamily',
  { caseId: Uuid; withholdingId: Uuid; eventNumber: number; from: WithheldFrom; ground: WithholdingGround; reason: string }
>;
export type EndWithholding = CaseCommandOf<'EndWithholding', { caseId: Uuid; withholdingId: Uuid; reason: string }>;
/** What a parent must never learn, not even that it exists. */
export type MarkNotForParents = CaseCommandOf<'MarkNotForParents', { caseId: Uuid; markId: Uuid; eventNumber: number; reason: string }>;

export type CaseCommand =
  | RegisterSignal
  | RecordNewSignal
  | StartVeiligThuisInvestigation
  | ConcludeVeiligThuisInvestigation
  | HandOverToLocalTeam
  | AssignCaseLead
  | RecordFamilyMember
  | ChangeParentalAuthority
  | RecordConsent
  | WithdrawConsent
  | RecordSafetyAssessment
  | AgreeSafetyPlan
  | RequestJeugdlink
  | JoinJeugdlink
  | EndJeugdlinkInvolvement
  | RecordCourtOrder
  | EndCourtOrder
  | LodgeAppeal
  | RecordAppealOutcome
  | RecordRaadAdvice
  | GiveWrittenInstruction
  | RecordInstructionFollowUp
  | ProposeNetworkFamily
  | RequestPlacement
  | WithdrawPlacementRequest
  | RematchPlacement
  | DecidePlacement
  | RecordPlacementView
  | PlanIntroduction
  | RecordIntroductionHeld
  | StartPlacement
  | RecordPlacementPlan
  | DraftReturnHomePlan
  | AssessReturnCondition
  | RecordReturnDecision
  | RecordReturnHome
  | EndPlacement
  | RecordCaseNote
  | GiveTask
  | CompleteTask
  | CancelTask
  | RecordFosterChildContact
  | RecordFosterCareChoice
  | AgreeHelpPlan
  | ReviseHelpPlan
  | EvaluateHelpPlan
  | EndHelpPlan
  | RecordPerspectiveDecision
  | StartAftercare
  | EndAftercare
  | CloseCase
  | ReopenCase
  | TransferCase
  | ChangeChargedGi
  | VoiceCommand
  | LinkFamilyAccount
  | EndFamilyAccountLink
  | WithholdFromFamily
  | EndWithholding
  | MarkNotForParents;

export type CaseCommandType = CaseCommand['type'];
export type CaseCommandOfType<T extends CaseCommandType> = Extract<CaseCommand, { type: T }>;

/**
 * The command T on a case, from its data and the actor. The one widening of the command union:
 * TypeScript does not narrow a union by a generic type parameter, so it cannot see that T's data
 * makes T's command; the signature ties the two together for every caller.
 */
export function caseCommand<T extends CaseCommandType>(
  type: T,
  caseId: Uuid,
  data: Omit<CaseCommandOfType<T>['data'], 'caseId'>,
  actor: Actor,
): CaseCommandOfType<T> {
  const command: CaseCommandOf<CaseCommandType, object> = { type, data: { ...data, caseId }, actor };
  return command as CaseCommandOfType<T>;
}
