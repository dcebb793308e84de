import { Uuid } from '../shared/ids';
import { IsoDate } from '../shared/iso-date';
import {
  AppealDecided,
  AppealLodged,
  CaseHandedOverToLocalTeam,
  CaseLeadAssigned,
  CaseTransferred,
  ChargedGiChanged,
  ConsentRecorded,
  CourtOrderEnded,
  CourtOrderRecorded,
  FamilyMemberRecorded,
  FosterCareChoiceRecorded,
  FosterChildContactRecorded,
  InstructionFollowedUp,
  NetworkFamilyProposed,
  NewSignalRecorded,
  PlacementDecided,
  PlacementViewRecorded,
  IntroductionPlanned,
  RaadAdviceRecorded,
  PlacementEnded,
  PlacementRequested,
  ReturnConditionAssessed,
  ReturnDecisionRecorded,
  ReturnHomePlanDrafted,
  SafetyAssessed,
  SafetyPlanAgreed,
  SignalRegistered,
  VeiligThuisInvestigationConcluded,
  VeiligThuisInvestigationStarted,
  WrittenInstructionGiven,
  CaseNoteRecorded,
  TaskGiven,
  HelpPlanAgreed,
  HelpPlanEvaluated,
  HelpPlanEnded,
  PerspectiveDecided,
  AftercareStarted,
  AftercareEnded,
  FamilyAccountLinked,
  PartMarkedNotForParents,
  PartWithheldFromFamily,
} from './events';
import { PlacedChildDue, JeugdlinkMember, PlacementEndReason } from './values';
import { GoalEvaluation, HelpGoal } from './help-values';
import type { FamilyVoiceRecord } from './voice/voice-state';

export const CASE_PHASES = ['safety-assessment', 'support', 'safety-plan', 'placement', 'return-home', 'aftercare', 'closed'] as const;
export type CasePhase = (typeof CASE_PHASES)[number];
export const CASE_STATUSES = ['open', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export type FamilyMemberRecord = FamilyMemberRecorded['data'];

export type ConsentRecord = ConsentRecorded['data'] & { withdrawn: { on: IsoDate; reason: string } | null };

export type JeugdlinkInvolvement = {
  status: 'requested' | 'joined' | 'ended';
  reason: string;
  requestedOn: IsoDate;
  /** The team asked to join, then the team that joined; null: a request that named no team. */
  team: string | null;
  members: readonly JeugdlinkMember[];
  purpose: string | null;
  joinedOn: IsoDate | null;
  ended: { on: IsoDate; reason: string } | null;
};

export type CourtOrderRecord = CourtOrderRecorded['data'] & {
  ended: Omit<CourtOrderEnded['data'], 'courtOrderId' | 'childId'> | null;
};

export type AppealRecord = AppealLodged['data'] & { outcome: Omit<AppealDecided['data'], 'appealId' | 'courtOrderId'> | null };

export type WrittenInstructionRecord = WrittenInstructionGiven['data'] & {
  followUp: Omit<InstructionFollowedUp['data'], 'instructionId'> | null;
};

export type NetworkFamilyRecord = NetworkFamilyProposed['data'];

export type ReturnConditionRecord = ReturnHomePlanDrafted['data']['conditions'][number] & {
  assessments: readonly Omit<ReturnConditionAssessed['data'], 'placementId' | 'conditionId'>[];
};

export type ReturnHomePlanRecord = Omit<ReturnHomePlanDrafted['data'], 'placementId' | 'conditions'> & {
  conditions: readonly ReturnConditionRecord[];
};

export type NewSignalRecord = NewSignalRecorded['data'];

/** Veilig Thuis on a case it registered: its investigation with the conclusion, and its handover to the local team. */
export type VeiligThuisRecord = {
  team: string;
  organisation: string;
  investigation: (VeiligThuisInvestigationStarted['data'] & { conclusion: VeiligThuisInvestigationConcluded['data'] | null }) | null;
  handover: CaseHandedOverToLocalTeam['data'] | null;
};

export type PlacementStatus = 'requested' | 'decided' | 'active' | 'ended' | 'withdrawn';

export type PlacementRecord = PlacementRequested['data'] & {
  status: PlacementStatus;
  decision: Omit<PlacementDecided['data'], 'placementId'> | null;
  /** Every view heard on a proposed place, in order; the latest of each person on a place counts. */
  views: readonly Omit<PlacementViewRecorded['data'], 'placementId'>[];
  /** Kennismakingen planned on the places proposed; `heldOn` once recorded as held. */
  introductions: readonly (Omit<IntroductionPlanned['data'], 'placementId'> & { heldOn: IsoDate | null })[];
  startedOn: IsoDate | null;
  planOfActionDueOn: IsoDate | null;
  planOfAction: { perspectiveDecisionOn: IsoDate; justification: string } | null;
  returnHomePlan: ReturnHomePlanRecord | null;
  returnDecisions: readonly Omit<ReturnDecisionRecorded['data'], 'placementId'>[];
  returnedHome: { on: IsoDate; aftercare: string } | null;
  ended: Omit<PlacementEnded['data'], 'placementId' | 'childIds'> | null;
  withdrawn: { on: IsoDate; reason: string } | null;
  /** Each child's first talk and development review, as due at the start; then each one held and the young person's choice at 18. */
  placedChildren: readonly PlacedChildDue[];
  contacts: readonly Omit<FosterChildContactRecorded['data'], 'placementId'>[];
  fosterCareChoices: readonly Omit<FosterCareChoiceRecorded['data'], 'placementId'>[];
  /** Children who left while their siblings stayed; `childIds` holds those still placed. */
  departures: readonly { childIds: readonly Uuid[]; on: IsoDate; reason: PlacementEndReason; explanation: string }[];
};

export type CaseNoteVersion = Omit<CaseNoteRecorded['data'], 'corrects'> & { correctionReason: string | null };

/** A note as it reads now: its latest version, with the versions it corrected, oldest first (nothing is overwritten). */
export type CaseNoteRecord = CaseNoteVersion & { earlierVersions: readonly CaseNoteVersion[] };

export type TaskStatus = 'open' | 'done' | 'cancelled';

export type TaskRecord = TaskGiven['data'] & {
  status: TaskStatus;
  doneOn: IsoDate | null;
  cancelled: { on: IsoDate; reason: string } | null;
};

/** A goal as the plan has it now, with the progress its latest evaluation found (null: not evaluated yet). */
export type HelpGoalRecord = HelpGoal & { progress: (Omit<GoalEvaluation, 'goalId'> & { evaluatedOn: IsoDate }) | null };

/** The family's one help plan ("één gezin, één plan"), as revised; every version stays in the case's history. */
export type HelpPlanRecord = Omit<HelpPlanAgreed['data'], 'goals'> & {
  goals: readonly HelpGoalRecord[];
  revisions: readonly { revisedOn: IsoDate; reason: string }[];
  evaluations: readonly Omit<HelpPlanEvaluated['data'], 'helpPlanId'>[];
  nextEvaluationOn: IsoDate;
  ended: Omit<HelpPlanEnded['data'], 'helpPlanId'> | null;
};

export type PerspectiveDecisionRecord = PerspectiveDecided['data'];

export type AftercareRecord = AftercareStarted['data'] & { ended: Omit<AftercareEnded['data'], 'aftercareId'> | null };

/** A family account linked to its person on the case; `ended` once the link ended (it reads nothing from then on). */
export type FamilyAccountRecord = FamilyAccountLinked['data'] & { ended: { on: IsoDate; reason: string } | null };

export type WithholdingRecord = PartWithheldFromFamily['data'] & { ended: { on: IsoDate; reason: string } | null };

export type NotForParentsMark = PartMarkedNotForParents['data'];

/** What GET /cases/{id} shows; a plain JSON-able object built by `evolve` alone. */
export type ExistingCase = {
  status: CaseStatus;
  phase: CasePhase;
  caseId: Uuid;
  municipality: string;
  municipalityCode: string | null;
  team: string;
  organisation: string;
  signal: Omit<
    SignalRegistered['data'],
    'caseId' | 'children' | 'municipality' | 'municipalityCode' | 'team' | 'organisation' | 'registeredBy'
  >;
  /** Signals recorded after the one that opened the case. */
  newSignals: readonly NewSignalRecord[];
  /** Set when Veilig Thuis registered the signal; it leads the case (as its team) until the handover. */
  veiligThuis: VeiligThuisRecord | null;
  lead: Omit<CaseLeadAssigned['data'], 'team'> | null;
  children: SignalRegistered['data']['children'];
  familyMembers: readonly FamilyMemberRecord[];
  consents: readonly ConsentRecord[];
  safetyAssessments: readonly SafetyAssessed['data'][];
  safetyPlans: readonly SafetyPlanAgreed['data'][];
  jeugdlink: readonly JeugdlinkInvolvement[];
  courtOrders: readonly CourtOrderRecord[];
  appeals: readonly AppealRecord[];
  /** The Raad's advice on requests to extend an OTS, in the order received. */
  raadAdvice: readonly RaadAdviceRecorded['data'][];
  writtenInstructions: readonly WrittenInstructionRecord[];
  /** Families proposed from the child's own network, each a place matching ranks for this case only. */
  networkFamilies: readonly NetworkFamilyRecord[];
  placements: readonly PlacementRecord[];
  notes: readonly CaseNoteRecord[];
  tasks: readonly TaskRecord[];
  /** The plan running now, or the last one that ended; the ones before it in `earlierHelpPlans`. */
  helpPlan: HelpPlanRecord | null;
  earlierHelpPlans: readonly HelpPlanRecord[];
  perspectiveDecisions: readonly PerspectiveDecisionRecord[];
  aftercare: readonly AftercareRecord[];
  closures: readonly { closedOn: IsoDate; reason: string; reopened: { on: IsoDate; reason: string } | null }[];
  /** Set once the file is destroyed (CaseFileDestroyed); nothing is decided on the case after it. */
  destroyedOn?: IsoDate;
  transfers: readonly CaseTransferred['data'][];
  giChanges: readonly ChargedGiChanged['data'][];
  /** The family's own statements, and their requests with the case's answers. */
  familyVoice: FamilyVoiceRecord;
  familyAccounts: readonly FamilyAccountRecord[];
  /** Parts of the file withheld from the family (the family sees that, when and why); ended ones stay, as history. */
  withholdings: readonly WithholdingRecord[];
  /** Parts a parent never sees, nor learns exist. */
  notForParents: readonly NotForParentsMark[];
  /** How many events the case's stream holds: the number the next event gets (revisions are 0-based). */
  eventCount: number;
};

export type NoCase = { status: 'none' };

export type CaseState = NoCase | ExistingCase;

export const initialState = (): CaseState => ({ status: 'none' });
