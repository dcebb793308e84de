import { Uuid } from '../shared/ids';
import { dutchDateOf } from '../shared/iso-date';
import { Actor } from './actor';
import { authoriseStep, StepConcern } from './access';
import { CaseCommandType } from './commands';
import { DomainError, DomainErrorCode } from './errors';
import { refuseOnCase } from './decide/decide';
import { Moment, requireActivePlacement, requirePlacement, requireUndecidedPlacement } from './decide/guards';
import { requireClosedCase, requireNoActivePlacement } from './decide/closure';
import { requireJeugdlinkJoined, requireJeugdlinkRequested, requireNoJeugdlinkInvolved } from './decide/jeugdlink';
import { requireNoInvestigation, requireNoInvestigationUnderWay, requireOpenInvestigation } from './decide/veilig-thuis';
import { requireDecidedPlacement } from './decide/placement';
import { requireOpenRequest, requireRematchable } from './decide/placement-request-course';
import { requireDraftedPlan, requireReturnHomeDecided } from './decide/return-home';
import { requireNotLedByVeiligThuis } from './decide/transfer';
import { requireHelpPlan, requireNoRunningHelpPlan } from './decide/help-plan';
import { requireUnsafeAssessment } from './decide/safety';
import { CaseState, ExistingCase, PlacementRecord } from './state';
import { requireUndecidedCorrection } from './voice/correction';
import { requireUndecidedDestruction } from './voice/destruction-request';
import { requireOpenComplaint } from './voice/complaint';

/**
 * What the decider checks of the case before it reads the payload, the same functions it calls first. `case` steps
 * without `require` depend on their payload only (or their other state checks are not split out yet): open when access and
 * the case allow. `placement` steps are asked about each placement of the case.
 */
type Precondition =
  | Readonly<{ about: 'case'; require?: (state: ExistingCase, moment: Moment) => void }>
  | Readonly<{ about: 'placement'; require: (state: ExistingCase, placementId: Uuid) => unknown }>;

// The id a step is asked about on a case with none yet (a placement, a help plan): its precondition refuses it as unknown.
const NONE_YET = 'none-yet';

const ON_PAYLOAD: Precondition = { about: 'case' };
const onCase = (require: (state: ExistingCase) => unknown): Precondition => ({ about: 'case', require });
const onPlacement = (require: (state: ExistingCase, placementId: Uuid) => unknown): Precondition => ({ about: 'placement', require });

// One family, one plan: the steps on a help plan are about the case's plan, if it has one.
const requireTheHelpPlan = (state: ExistingCase) => requireHelpPlan(state, state.helpPlan?.helpPlanId ?? NONE_YET);

// An answer to the family is open while a request waits for it.
const requireACorrectionToDecide = (state: ExistingCase) =>
  requireUndecidedCorrection(state, state.familyVoice.corrections.find((c) => c.decision === null)?.requestId ?? NONE_YET);
const requireADestructionToDecide = (state: ExistingCase) =>
  requireUndecidedDestruction(state, state.familyVoice.destructionRequests.find((r) => r.decision === null)?.requestId ?? NONE_YET);
const requireAComplaintToHandle = (state: ExistingCase) =>
  requireOpenComplaint(state, state.familyVoice.complaints.find((c) => c.handled === null)?.complaintId ?? NONE_YET);

const PRECONDITIONS = {
  RegisterSignal: ON_PAYLOAD,
  RecordNewSignal: ON_PAYLOAD,
  StartVeiligThuisInvestigation: onCase(requireNoInvestigation),
  ConcludeVeiligThuisInvestigation: onCase(requireOpenInvestigation),
  HandOverToLocalTeam: onCase(requireNoInvestigationUnderWay),
  JoinJeugdlink: onCase(requireJeugdlinkRequested),
  AssignCaseLead: ON_PAYLOAD,
  RequestJeugdlink: onCase(requireNoJeugdlinkInvolved),
  CloseCase: onCase(requireNoActivePlacement),
  ReopenCase: onCase(requireClosedCase),
  TransferCase: onCase(requireNotLedByVeiligThuis),
  ChangeChargedGi: ON_PAYLOAD,
  RecordFamilyMember: ON_PAYLOAD,
  ChangeParentalAuthority: ON_PAYLOAD,
  RecordConsent: ON_PAYLOAD,
  WithdrawConsent: ON_PAYLOAD,
  AgreeSafetyPlan: onCase(requireUnsafeAssessment),
  EndJeugdlinkInvolvement: onCase(requireJeugdlinkJoined),
  RecordCourtOrder: ON_PAYLOAD,
  EndCourtOrder: ON_PAYLOAD,
  LodgeAppeal: ON_PAYLOAD,
  RecordAppealOutcome: ON_PAYLOAD,
  RecordRaadAdvice: ON_PAYLOAD,
  GiveWrittenInstruction: ON_PAYLOAD,
  RecordInstructionFollowUp: ON_PAYLOAD,
  RecordSafetyAssessment: ON_PAYLOAD,
  RecordPlacementPlan: onPlacement(requireActivePlacement),
  DraftReturnHomePlan: onPlacement(requireActivePlacement),
  AssessReturnCondition: onPlacement(requireDraftedPlan),
  RecordReturnDecision: onPlacement(requireActivePlacement),
  RecordReturnHome: onPlacement(requireReturnHomeDecided),
  EndPlacement: onPlacement(requireActivePlacement),
  ProposeNetworkFamily: ON_PAYLOAD,
  AgreeHelpPlan: onCase(requireNoRunningHelpPlan),
  ReviseHelpPlan: onCase(requireTheHelpPlan),
  EvaluateHelpPlan: onCase(requireTheHelpPlan),
  EndHelpPlan: onCase(requireTheHelpPlan),
  RecordPerspectiveDecision: ON_PAYLOAD,
  StartAftercare: ON_PAYLOAD,
  EndAftercare: ON_PAYLOAD,
  RequestPlacement: ON_PAYLOAD,
  WithdrawPlacementRequest: onPlacement(requireOpenRequest),
  RematchPlacement: onPlacement(requireRematchable),
  RecordPlacementView: onPlacement((state, placementId) => requireUndecidedPlacement(state, placementId)),
  PlanIntroduction: onPlacement((state, placementId) => requireUndecidedPlacement(state, placementId)),
  RecordIntroductionHeld: onPlacement(requirePlacement),
  DecidePlacement: onPlacement((state, placementId) => requireUndecidedPlacement(state, placementId)),
  StartPlacement: onPlacement(requireDecidedPlacement),
  RecordCaseNote: ON_PAYLOAD,
  GiveTask: ON_PAYLOAD,
  CompleteTask: ON_PAYLOAD,
  CancelTask: ON_PAYLOAD,
  RecordFosterChildContact: onPlacement(requireActivePlacement),
  RecordFosterCareChoice: onPlacement(requireActivePlacement),
  AddOwnStatement: ON_PAYLOAD,
  RequestCorrection: ON_PAYLOAD,
  RequestDestruction: ON_PAYLOAD,
  FileComplaint: ON_PAYLOAD,
  DecideCorrection: onCase(requireACorrectionToDecide),
  DecideDestruction: onCase(requireADestructionToDecide),
  HandleComplaint: onCase(requireAComplaintToHandle),
  LinkFamilyAccount: ON_PAYLOAD,
  EndFamilyAccountLink: ON_PAYLOAD,
  WithholdFromFamily: ON_PAYLOAD,
  EndWithholding: ON_PAYLOAD,
  MarkNotForParents: ON_PAYLOAD,
} satisfies Record<CaseCommandType, Precondition>;

/** Every case command type, from the table that must name each. */
export const STEP_TYPES = Object.keys(PRECONDITIONS) as readonly CaseCommandType[];

/** A step this actor may take now, or the refusal its command would meet whatever the payload; `placementId` is what it was asked about. */
export type OpenStep = Readonly<{ type: CaseCommandType; placementId?: Uuid }> &
  (Readonly<{ open: true }> | Readonly<{ open: false; code: DomainErrorCode; detail: string; params: DomainError['params'] }>);

function answer(type: CaseCommandType, placementId: Uuid | undefined, ask: () => void): OpenStep {
  const about = placementId === undefined || placementId === NONE_YET ? {} : { placementId };
  try {
    ask();
    return { type, ...about, open: true };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { type, ...about, open: false, code: error.code, detail: error.message, params: error.params };
  }
}

/** The steps that need no case: those whose access rule answers anything but "no such case" when there is none. */
export function stepsOutsideCase(actor: Actor, now: Date): OpenStep[] {
  const none: CaseState = { status: 'none' };
  const concern: StepConcern = { courtOrdered: false, childIds: [] };
  return STEP_TYPES.map((type) => answer(type, undefined, () => authoriseStep({ type, actor, caseId: '', concern }, none, now))).filter(
    (step) => step.open || step.code !== 'CASE.NOT_FOUND',
  );
}

/**
 * Every step on this case with the answer the decider would give now, asked in its order: access, the case's own gates,
 * then the step's precondition. A step is open when some payload may pass: a charged GI for any child, a court order or not.
 */
export function openSteps(actor: Actor, state: ExistingCase, now: Date): OpenStep[] {
  const outside = new Set(stepsOutsideCase(actor, now).map((step) => step.type));
  const moment: Moment = { now, today: dutchDateOf(now) };
  return STEP_TYPES.filter((type) => !outside.has(type)).map((type) => stepOnCase(type, actor, state, moment));
}

function stepOnCase(type: CaseCommandType, actor: Actor, state: ExistingCase, moment: Moment): OpenStep {
  const precondition: Precondition = PRECONDITIONS[type];
  const everyChild = state.children.map((child) => child.childId);
  const subjects: readonly (PlacementRecord | undefined)[] =
    precondition.about === 'placement' && state.placements.length > 0 ? [...state.placements].reverse() : [undefined];
  const answers = subjects.flatMap((placement) => {
    // An unknown placement rests on no court order; a new request may rest on one or not.
    const concerns: StepConcern[] = placement
      ? [{ courtOrdered: placement.legalBasis === 'court-order', childIds: placement.childIds }]
      : [true, false]
          .filter((courtOrdered) => precondition.about === 'case' || !courtOrdered)
          .map((courtOrdered) => ({ courtOrdered, childIds: everyChild }));
    const placementId = precondition.about === 'placement' ? (placement?.placementId ?? NONE_YET) : undefined;
    return concerns.map((concern) =>
      answer(type, placementId, () => {
        authoriseStep({ type, actor, caseId: state.caseId, concern }, state, moment.now);
        refuseOnCase(type, state);
        if (precondition.about === 'placement') precondition.require(state, placementId ?? NONE_YET);
        else precondition.require?.(state, moment);
      }),
    );
  });
  return answers.find((step) => step.open) ?? answers[0];
}
