import { Uuid } from '../shared/ids';
import { IsoDate, IsoTimestamp } from '../shared/iso-date';
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
  Erasable,
  FamilyRelation,
  InstructionOutcome,
  JeugdlinkMember,
  LegalBasis,
  NetworkFamilyArea,
  ParticipantView,
  PlacementEndReason,
  PlacementNeeds,
  PlacementSurroundings,
  ReturnCondition,
  ReturnDecisionOutcome,
  SafetyOutcome,
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
  PlacedChildDue,
} from './values';
import { CaseNoteKind, NotePresence, OwnWords, TaskAssignee, TaskKind, WrittenBy } from './journal';
import { AftercareGround, GoalEvaluation, HelpGoal, HelpService, Perspective, PerspectiveView } from './help-values';
import type { DestructionGround } from './retention/destruction-ground';
import type { VoiceEvent } from './voice/voice-events';
import type { WithheldFrom, WithholdingGround } from './family/family-values';

import type { CaseEventOf } from './message-of';

export type { CaseEventOf };

export type SignalRegistered = CaseEventOf<
  'SignalRegistered',
  {
    caseId: Uuid;
    receivedAt: IsoTimestamp;
    source: SignalSource;
    concerns: readonly string[];
    children: readonly Child[];
    description: string;
    urgency: Urgency;
    municipality: string;
    /** The CBS gemeentecode matching compares; null on a signal registered before codes (schema 1) for a name the table does not know. */
    municipalityCode: string | null;
    /** The registering wijkteam (or Veilig Thuis team) becomes the case's team. */
    team: string;
    organisation: string;
    safetyAssessmentDueOn: IsoDate;
    /** Stated only when Veilig Thuis registered the signal itself: it leads until it hands the case over. */
    registeredBy?: 'veilig-thuis';
  }
>;
/** A later concern on an open case, with its own safety assessment due as the first one's was. */
export type NewSignalRecorded = CaseEventOf<
  'NewSignalRecorded',
  {
    signalId: Uuid;
    receivedAt: IsoTimestamp;
    source: SignalSource;
    concerns: readonly string[];
    childIds: readonly Uuid[];
    description: string;
    urgency: Urgency;
    safetyAssessmentDueOn: IsoDate;
  }
>;
export type VeiligThuisInvestigationStarted = CaseEventOf<
  'VeiligThuisInvestigationStarted',
  { startedOn: IsoDate; reason: string; dueOn: IsoDate }
>;
export type VeiligThuisInvestigationConcluded = CaseEventOf<
  'VeiligThuisInvestigationConcluded',
  { conclusion: VeiligThuisConclusion; findings: string; concludedOn: IsoDate }
>;
/**
 * Veilig Thuis hands the case to the local team, which leads it from then on. Like a team a case was transferred
 * from, Veilig Thuis reads the case as it stood here until `formerTeamReadEndsOn` (former-readers.ts).
 */
export type CaseHandedOverToLocalTeam = CaseEventOf<
  'CaseHandedOverToLocalTeam',
  {
    team: string;
    organisation: string;
    fromTeam: string;
    summary: string;
    handedOverOn: IsoDate;
    /** The first day Veilig Thuis no longer reads the case. */
    formerTeamReadEndsOn: IsoDate;
  }
>;
export type CaseLeadAssigned = CaseEventOf<'CaseLeadAssigned', { leadId: Uuid; name: string; team: string }>;
export type FamilyMemberRecorded = CaseEventOf<
  'FamilyMemberRecorded',
  {
    familyMemberId: Uuid;
    name: string;
    relation: FamilyRelation;
    parentalAuthorityOver: readonly Uuid[];
    contact: Erasable<ContactDetails>;
  }
>;
/** Followed, in the same decision, by a ConsentWithdrawn for each consent that rested on the authority lost. */
export type ParentalAuthorityChanged = CaseEventOf<
  'ParentalAuthorityChanged',
  {
    familyMemberId: Uuid;
    parentalAuthorityOver: readonly Uuid[];
    previousAuthorityOver: readonly Uuid[];
    source: AuthoritySource;
    reason: string;
    changedOn: IsoDate;
  }
>;
/** Version 1 named only a family member (`familyMemberId`); version 2 names who gave it (`givenBy`). */
export type ConsentRecorded = CaseEventOf<
  'ConsentRecorded',
  { consentId: Uuid; givenBy: ConsentGiver; purpose: ConsentPurpose; childIds: readonly Uuid[]; givenOn: IsoDate }
>;
export type ConsentWithdrawn = CaseEventOf<'ConsentWithdrawn', { consentId: Uuid; withdrawnOn: IsoDate; reason: string }>;
/** `signalId`: stated only when the assessment answers a later signal (NewSignalRecorded); else it answers the first. */
export type SafetyAssessed = CaseEventOf<
  'SafetyAssessed',
  { assessmentId: Uuid; outcome: SafetyOutcome; findings: string; assessedOn: IsoDate; signalId?: Uuid }
>;
export type SafetyPlanAgreed = CaseEventOf<
  'SafetyPlanAgreed',
  { safetyPlanId: Uuid; conditions: readonly string[]; reviewOn: IsoDate; agreedBy: readonly Uuid[] }
>;
/** `team`: the only Jeugdlink team that may join; null on requests from before teams were named (nobody joins). */
export type JeugdlinkRequested = CaseEventOf<'JeugdlinkRequested', { reason: string; requestedOn: IsoDate; team: string | null }>;
export type JeugdlinkJoined = CaseEventOf<
  'JeugdlinkJoined',
  { team: string; members: readonly JeugdlinkMember[]; purpose: string; joinedOn: IsoDate }
>;
export type JeugdlinkInvolvementEnded = CaseEventOf<'JeugdlinkInvolvementEnded', { team: string; reason: string; endedOn: IsoDate }>;
export type CourtOrderRecorded = CaseEventOf<
  'CourtOrderRecorded',
  {
    courtOrderId: Uuid;
    kind: CourtOrderKind;
    childId: Uuid;
    issuedOn: IsoDate;
    validFrom: IsoDate;
    validUntil: IsoDate;
    court: string;
    caseNumber: string;
    giOrganisation: string;
    extendsCourtOrderId: Uuid | null;
    parentsHearingDueOn: IsoDate | null;
  }
>;
export type CourtOrderEndedHow = CourtOrderEnding | 'with-supervision' | 'overturned-on-appeal' | 'shortened-on-appeal';

/** `with-supervision`: a machtiging that ended with the OTS it rested on (`becauseOf`), in the same decision. */
export type CourtOrderEnded = CaseEventOf<
  'CourtOrderEnded',
  {
    courtOrderId: Uuid;
    childId: Uuid;
    how: CourtOrderEndedHow;
    endedOn: IsoDate;
    decidedOn: IsoDate;
    court: string;
    caseNumber: string;
    decision: string;
    becauseOf: Uuid | null;
  }
>;
export type AppealLodged = CaseEventOf<
  'AppealLodged',
  { appealId: Uuid; courtOrderId: Uuid; childId: Uuid; lodgedOn: IsoDate; lodgedBy: AppealParty; court: string; caseNumber: string }
>;
/** Overturned or shortened: followed, in the same decision, by the CourtOrderEnded it leads to. */
export type AppealDecided = CaseEventOf<
  'AppealDecided',
  { appealId: Uuid; courtOrderId: Uuid; outcome: AppealOutcome; decidedOn: IsoDate; decision: string; lastDay: IsoDate | null }
>;
export type RaadAdviceRecorded = CaseEventOf<
  'RaadAdviceRecorded',
  {
    adviceId: Uuid;
    courtOrderId: Uuid;
    childId: Uuid;
    requestCaseNumber: string;
    requestedOn: IsoDate;
    advisor: string;
    office: string;
    recommendation: RaadRecommendation;
    advice: string;
    advisedOn: IsoDate;
  }
>;
/** `courtOrderId`: the OTS in force the instruction is given under. */
export type WrittenInstructionGiven = CaseEventOf<
  'WrittenInstructionGiven',
  {
    instructionId: Uuid;
    childId: Uuid;
    courtOrderId: Uuid;
    addressedTo: readonly Uuid[];
    instruction: string;
    reason: string;
    givenOn: IsoDate;
    complyBy: IsoDate;
  }
>;
export type InstructionFollowedUp = CaseEventOf<
  'InstructionFollowedUp',
  { instructionId: Uuid; outcome: InstructionOutcome; on: IsoDate; note: string }
>;
/** `area` is the family member's personal data: sealed under their key, `[erased]` with them. */
export type NetworkFamilyProposed = CaseEventOf<
  'NetworkFamilyProposed',
  {
    optionId: Uuid;
    familyMemberId: Uuid;
    provider: string;
    capacity: number;
    careIntensities: readonly PlacementNeeds['careIntensity'][];
    area: Erasable<NetworkFamilyArea>;
    proposedOn: IsoDate;
  }
>;
export type PlacementRequested = CaseEventOf<
  'PlacementRequested',
  {
    placementId: Uuid;
    childIds: readonly Uuid[];
    legalBasis: LegalBasis;
    needs: PlacementNeeds;
    urgency: Urgency;
    intendedStartOn: IsoDate;
    siblingSeparationReason: string | null;
    /** Siblings these children are never placed with; stated only when there are. */
    keptApartFrom?: readonly Uuid[];
  } & PlacementSurroundings
>;
export type PlacementRequestWithdrawn = CaseEventOf<
  'PlacementRequestWithdrawn',
  { placementId: Uuid; childIds: readonly Uuid[]; reason: string; withdrawnOn: IsoDate }
>;
export type PlacementRematchRequested = CaseEventOf<
  'PlacementRematchRequested',
  { placementId: Uuid; needs: PlacementNeeds; reason: string; requestedOn: IsoDate }
>;
export type PlacementDecided = CaseEventOf<
  'PlacementDecided',
  {
    placementId: Uuid;
    optionId: Uuid;
    provider: string;
    reasons: string;
    viewsHeard: readonly ViewHeard[];
    /** The child's and parents' views recorded on this place (absent in early events, whose views are in `viewsHeard`). */
    views?: readonly PlacementView[];
    behaviouralScientistConsent: BehaviouralScientistConsent;
    decidedOn: IsoDate;
    /** Stated only when the child moves in later than the decision; StartPlacement records the real day. */
    moveInOn?: IsoDate;
  }
>;
export type PlacementViewRecorded = CaseEventOf<
  'PlacementViewRecorded',
  { placementId: Uuid; optionId: Uuid; view: PlacementView; heardOn: IsoDate }
>;
export type IntroductionPlanned = CaseEventOf<
  'IntroductionPlanned',
  { placementId: Uuid; introductionId: Uuid; optionId: Uuid; plannedOn: IsoDate; participants: IntroductionParticipants }
>;
export type IntroductionHeld = CaseEventOf<'IntroductionHeld', { placementId: Uuid; introductionId: Uuid; heldOn: IsoDate }>;
export type PlacementStarted = CaseEventOf<
  'PlacementStarted',
  {
    placementId: Uuid;
    startedOn: IsoDate;
    planOfActionDueOn: IsoDate;
    /** Absent on placements started before these were kept: their first talk starts the count, no 18th birthday is listed. */
    placedChildren?: readonly PlacedChildDue[];
  }
>;
export type PlacementPlanRecorded = CaseEventOf<
  'PlacementPlanRecorded',
  { placementId: Uuid; perspectiveDecisionOn: IsoDate; justification: string }
>;
export type ReturnHomePlanDrafted = CaseEventOf<
  'ReturnHomePlanDrafted',
  { placementId: Uuid; conditions: readonly ReturnCondition[]; support: string; targetOn: IsoDate }
>;
export type ReturnConditionAssessed = CaseEventOf<
  'ReturnConditionAssessed',
  { placementId: Uuid; conditionId: Uuid; met: boolean; evidence: string; assessedOn: IsoDate }
>;
export type ReturnDecisionRecorded = CaseEventOf<
  'ReturnDecisionRecorded',
  {
    placementId: Uuid;
    decisionId: Uuid;
    decidedOn: IsoDate;
    outcome: ReturnDecisionOutcome;
    views: readonly ParticipantView[];
    rationale: string;
    conditionsOverrideReason: string | null;
  }
>;
export type ChildReturnedHome = CaseEventOf<
  'ChildReturnedHome',
  { placementId: Uuid; childIds: readonly Uuid[]; returnedOn: IsoDate; aftercare: string }
>;
export type PlacementEnded = CaseEventOf<
  'PlacementEnded',
  { placementId: Uuid; childIds: readonly Uuid[]; endedOn: IsoDate; reason: PlacementEndReason; explanation: string }
>;
/** Some children leave a placement (breakdown, transfer) while their brothers and sisters stay in it. */
export type ChildLeftPlacement = CaseEventOf<
  'ChildLeftPlacement',
  { placementId: Uuid; childIds: readonly Uuid[]; leftOn: IsoDate; reason: PlacementEndReason; explanation: string }
>;
/** A correction is a note of its own that names the note it corrects; the corrected one stays as written. */
export type CaseNoteRecorded = CaseEventOf<
  'CaseNoteRecorded',
  {
    noteId: Uuid;
    kind: CaseNoteKind;
    on: IsoDate;
    present: NotePresence;
    text: string;
    agreed: readonly string[];
    ownWords: readonly OwnWords[];
    writtenBy: WrittenBy;
    corrects: Readonly<{ noteId: Uuid; reason: string }> | null;
  }
>;
export type TaskGiven = CaseEventOf<
  'TaskGiven',
  {
    taskId: Uuid;
    kind: TaskKind;
    description: string;
    assignee: TaskAssignee;
    dueOn: IsoDate;
    at: IsoTimestamp | null;
    givenOn: IsoDate;
    givenBy: WrittenBy;
  }
>;
export type TaskCompleted = CaseEventOf<'TaskCompleted', { taskId: Uuid; doneOn: IsoDate }>;
export type TaskCancelled = CaseEventOf<'TaskCancelled', { taskId: Uuid; reason: string; cancelledOn: IsoDate }>;
/** `nextDueOn`: the next talk (or development review) of this child, counted from this one. */
export type FosterChildContactRecorded = CaseEventOf<
  'FosterChildContactRecorded',
  { placementId: Uuid; childId: Uuid; contactId: Uuid; kind: FosterChildContactKind; heldOn: IsoDate; nextDueOn: IsoDate }
>;
/** `placementEndsOn`: the 21st birthday when care continues, the 18th birthday or the day chosen when declined. */
export type FosterCareChoiceRecorded = CaseEventOf<
  'FosterCareChoiceRecorded',
  { placementId: Uuid; childId: Uuid; choice: FosterCareChoice; chosenOn: IsoDate; placementEndsOn: IsoDate }
>;
export type HelpPlanAgreed = CaseEventOf<
  'HelpPlanAgreed',
  {
    helpPlanId: Uuid;
    agreedOn: IsoDate;
    agreedWith: readonly Uuid[];
    goals: readonly HelpGoal[];
    services: readonly HelpService[];
    evaluateOn: IsoDate;
  }
>;
/** The whole plan as revised: goals and services replace the earlier ones, which stay in the history. */
export type HelpPlanRevised = CaseEventOf<
  'HelpPlanRevised',
  {
    helpPlanId: Uuid;
    revisedOn: IsoDate;
    agreedWith: readonly Uuid[];
    goals: readonly HelpGoal[];
    services: readonly HelpService[];
    reason: string;
  }
>;
export type HelpPlanEvaluated = CaseEventOf<
  'HelpPlanEvaluated',
  { helpPlanId: Uuid; evaluationId: Uuid; evaluatedOn: IsoDate; goals: readonly GoalEvaluation[]; nextEvaluationOn: IsoDate }
>;
export type HelpPlanEnded = CaseEventOf<'HelpPlanEnded', { helpPlanId: Uuid; endedOn: IsoDate; reason: string }>;
/** `views`: the child's and parents' in their own words (personal data), the professionals' and foster parents' too. */
export type PerspectiveDecided = CaseEventOf<
  'PerspectiveDecided',
  {
    placementId: Uuid;
    decisionId: Uuid;
    childIds: readonly Uuid[];
    decidedOn: IsoDate;
    perspective: Perspective;
    where: string | null;
    views: readonly PerspectiveView[];
    justification: string;
  }
>;
export type AftercareStarted = CaseEventOf<
  'AftercareStarted',
  {
    aftercareId: Uuid;
    childIds: readonly Uuid[];
    after: AftercareGround;
    startedOn: IsoDate;
    content: string;
    plannedEndOn: IsoDate;
  }
>;
export type AftercareEnded = CaseEventOf<'AftercareEnded', { aftercareId: Uuid; endedOn: IsoDate; howItWent: string }>;
export type CaseClosed = CaseEventOf<'CaseClosed', { reason: string; closedOn: IsoDate }>;
export type CaseReopened = CaseEventOf<'CaseReopened', { reason: string; reopenedOn: IsoDate }>;
/**
 * The case moved to another lead team (and organisation); with a move, to the municipality the family moved to.
 * The team it left reads the case as it stood here until `formerTeamReadEndsOn`; so does a Jeugdlink team handed over.
 */
export type CaseTransferred = CaseEventOf<
  'CaseTransferred',
  {
    fromTeam: string;
    fromOrganisation: string;
    toTeam: string;
    toOrganisation: string;
    reason: TransferReason;
    explanation: string;
    handover: Handover;
    municipality: string;
    municipalityCode: string | null;
    transferredOn: IsoDate;
    /** The first day the former team (and a Jeugdlink team handed over) no longer reads the case. */
    formerTeamReadEndsOn: IsoDate;
    jeugdlinkHandedOver: Readonly<{ fromTeam: string; toTeam: string }> | null;
  }
>;
/** Another GI carries out the child's court orders in force from now on; the GI it left reads the case as it stood here, a while. */
export type ChargedGiChanged = CaseEventOf<
  'ChargedGiChanged',
  {
    childId: Uuid;
    courtOrderIds: readonly Uuid[];
    fromGiOrganisation: string;
    toGiOrganisation: string;
    explanation: string;
    handover: Handover;
    changedOn: IsoDate;
    /** The first day the GI it left no longer reads the case. */
    formerGiReadEndsOn: IsoDate;
  }
>;
/**
 * A person's key was deleted (AVG art. 17 erasure, crypto-shredding): their personal data on this case
 * reads as `[erased]` from now on. Written by the administrator, authorised by an auditor; changes no state.
 */
export type PersonalDataErased = CaseEventOf<
  'PersonalDataErased',
  { personId: Uuid; reason: string; authorisedBy: string; erasedOn: IsoDate }
>;
/**
 * The file was destroyed (its term ended): every person key of the case and the case's own key are
 * deleted, so its personal data and free text read as `[erased]`; the events and their hashes stay.
 * Written by the records officer at the command line; nothing is written to the case after it.
 */
export type CaseFileDestroyed = CaseEventOf<'CaseFileDestroyed', { ground: DestructionGround; destroyedOn: IsoDate }>;

export type FamilyAccountLinked = CaseEventOf<'FamilyAccountLinked', { personId: Uuid; accountId: Uuid; linkedOn: IsoDate }>;
/** From then on the account reads nothing of the case. */
export type FamilyAccountLinkEnded = CaseEventOf<
  'FamilyAccountLinkEnded',
  { personId: Uuid; accountId: Uuid; endedOn: IsoDate; reason: string }
>;
/** The family sees that a part was withheld, when and why; not its content. */
export type PartWithheldFromFamily = CaseEventOf<
  'PartWithheldFromFamily',
  { withholdingId: Uuid; eventNumber: number; from: WithheldFrom; ground: WithholdingGround; reason: string; withheldOn: IsoDate }
>;
export type WithholdingEnded = CaseEventOf<'WithholdingEnded', { withholdingId: Uuid; endedOn: IsoDate; reason: string }>;
/** A parent sees no trace of a marked part. */
export type PartMarkedNotForParents = CaseEventOf<
  'PartMarkedNotForParents',
  { markId: Uuid; eventNumber: number; reason: string; markedOn: IsoDate }
>;

export type CaseEvent =
  | SignalRegistered
  | NewSignalRecorded
  | VeiligThuisInvestigationStarted
  | VeiligThuisInvestigationConcluded
  | CaseHandedOverToLocalTeam
  | CaseLeadAssigned
  | FamilyMemberRecorded
  | ParentalAuthorityChanged
  | ConsentRecorded
  | ConsentWithdrawn
  | SafetyAssessed
  | SafetyPlanAgreed
  | JeugdlinkRequested
  | JeugdlinkJoined
  | JeugdlinkInvolvementEnded
  | CourtOrderRecorded
  | CourtOrderEnded
  | AppealLodged
  | AppealDecided
  | RaadAdviceRecorded
  | WrittenInstructionGiven
  | InstructionFollowedUp
  | NetworkFamilyProposed
  | PlacementRequested
  | PlacementRequestWithdrawn
  | PlacementRematchRequested
  | PlacementDecided
  | PlacementViewRecorded
  | IntroductionPlanned
  | IntroductionHeld
  | PlacementStarted
  | PlacementPlanRecorded
  | ReturnHomePlanDrafted
  | ReturnConditionAssessed
  | ReturnDecisionRecorded
  | ChildReturnedHome
  | PlacementEnded
  | ChildLeftPlacement
  | CaseNoteRecorded
  | TaskGiven
  | TaskCompleted
  | TaskCancelled
  | FosterChildContactRecorded
  | FosterCareChoiceRecorded
  | HelpPlanAgreed
  | HelpPlanRevised
  | HelpPlanEvaluated
  | HelpPlanEnded
  | PerspectiveDecided
  | AftercareStarted
  | AftercareEnded
  | CaseClosed
  | CaseReopened
  | PersonalDataErased
  | CaseFileDestroyed
  | CaseTransferred
  | ChargedGiChanged
  | VoiceEvent
  | FamilyAccountLinked
  | FamilyAccountLinkEnded
  | PartWithheldFromFamily
  | WithholdingEnded
  | PartMarkedNotForParents;

export type CaseEventType = CaseEvent['type'];

/** Schema version per stored event type, for the store's metadata; bump with an upcaster. */
export const CASE_EVENT_SCHEMA_VERSION: Readonly<Record<CaseEventType, number>> = {
  SignalRegistered: 2,
  NewSignalRecorded: 1,
  VeiligThuisInvestigationStarted: 1,
  VeiligThuisInvestigationConcluded: 1,
  CaseHandedOverToLocalTeam: 2,
  CaseLeadAssigned: 1,
  FamilyMemberRecorded: 1,
  ParentalAuthorityChanged: 1,
  ConsentRecorded: 2,
  ConsentWithdrawn: 1,
  SafetyAssessed: 1,
  SafetyPlanAgreed: 1,
  JeugdlinkRequested: 2,
  JeugdlinkJoined: 1,
  JeugdlinkInvolvementEnded: 1,
  CourtOrderRecorded: 1,
  CourtOrderEnded: 1,
  AppealLodged: 1,
  AppealDecided: 1,
  RaadAdviceRecorded: 1,
  WrittenInstructionGiven: 1,
  InstructionFollowedUp: 1,
  NetworkFamilyProposed: 1,
  PlacementRequested: 1,
  PlacementRequestWithdrawn: 1,
  PlacementRematchRequested: 1,
  PlacementDecided: 1,
  PlacementViewRecorded: 1,
  IntroductionPlanned: 1,
  IntroductionHeld: 1,
  PlacementStarted: 1,
  PlacementPlanRecorded: 1,
  ReturnHomePlanDrafted: 1,
  ReturnConditionAssessed: 1,
  ReturnDecisionRecorded: 1,
  ChildReturnedHome: 1,
  PlacementEnded: 1,
  ChildLeftPlacement: 1,
  CaseNoteRecorded: 1,
  TaskGiven: 1,
  TaskCompleted: 1,
  TaskCancelled: 1,
  FosterChildContactRecorded: 1,
  FosterCareChoiceRecorded: 1,
  HelpPlanAgreed: 1,
  HelpPlanRevised: 1,
  HelpPlanEvaluated: 1,
  HelpPlanEnded: 1,
  PerspectiveDecided: 1,
  AftercareStarted: 1,
  AftercareEnded: 1,
  CaseClosed: 1,
  CaseReopened: 1,
  PersonalDataErased: 1,
  CaseFileDestroyed: 1,
  CaseTransferred: 1,
  ChargedGiChanged: 1,
  OwnStatementAdded: 1,
  CorrectionRequested: 1,
  CorrectionDecided: 1,
  DestructionRequested: 1,
  DestructionRequestDecided: 1,
  ComplaintFiled: 1,
  ComplaintHandled: 1,
  FamilyAccountLinked: 1,
  FamilyAccountLinkEnded: 1,
  PartWithheldFromFamily: 1,
  WithholdingEnded: 1,
  PartMarkedNotForParents: 1,
};

export const CASE_EVENT_TYPES = Object.keys(CASE_EVENT_SCHEMA_VERSION) as readonly CaseEventType[];
