import {
  correctionAnswerBy,
  courtOrderExpiryWarningOn,
  FOSTER_CHILD_CONTACT_KINDS,
  machtigingLapsesOn,
  type CourtOrderRecord,
  type DeadlineKind as AnyDeadlineKind,
  type ExistingCase,
  type FosterChildContactKind,
  type IsoDate,
  type PlacementRecord,
  type Uuid,
  type HelpPlanRecord,
} from '@casus/domain';
import type { TeamDecision } from './team-decisions';

/** The kinds the replay computes from the case's state; the rest are the read model's alone (reviews, reservations, introductions). */
export type DeadlineKind = Exclude<AnyDeadlineKind, 'safety-plan-review' | 'return-review' | 'reservation-expiry' | 'introduction'>;

/**
 * met: done by then (late when after its due date); open: still to do; overdue: past due and not done;
 * cancelled: what it guarded ended first (a court order ended early, an instruction voided by the judge), or a task was cancelled.
 */
export type DeadlineStatus = 'open' | 'met' | 'met-late' | 'overdue' | 'warning' | 'expired' | 'passed' | 'cancelled';

export type DeadlineAsOf = Readonly<{
  kind: DeadlineKind;
  /** The placement, court order or later signal it belongs to; the case itself for the opening signal's assessment and Veilig Thuis's investigation. */
  subjectId: string;
  dueOn: IsoDate;
  status: DeadlineStatus;
  /** When the expiry warning starts (court orders only). */
  warnFrom?: IsoDate;
}>;

const metOrOpen = (dueOn: IsoDate, doneOn: IsoDate | null, today: IsoDate): DeadlineStatus => {
  if (doneOn !== null) return doneOn <= dueOn ? 'met' : 'met-late';
  return today > dueOn ? 'overdue' : 'open';
};

/**
 * The case's deadlines as they stood on `today`, from the state as it was then and the team's decide-by dates
 * after no place fitted (`teamDecisionsOf`, from the placement processes' streams).
 */
export function deadlinesAsOf(state: ExistingCase, today: IsoDate, teamDecisions: readonly TeamDecision[] = []): DeadlineAsOf[] {
  const deadlines: DeadlineAsOf[] = [...safetyAssessmentDeadlines(state, today), ...investigationDeadlines(state, today)];
  for (const placement of state.placements) {
    if (placement.planOfActionDueOn === null) continue;
    // The plan carries no date of its own: recorded by now counts as met.
    const status = placement.planOfAction ? 'met' : metOrOpen(placement.planOfActionDueOn, null, today);
    deadlines.push({ kind: 'plan-of-action', subjectId: placement.placementId, dueOn: placement.planOfActionDueOn, status });
  }
  deadlines.push(
    ...courtOrderDeadlines(state, today),
    ...instructionDeadlines(state, today),
    ...growingUpDeadlines(state, today),
    ...helpDeadlines(state, today),
    ...taskDeadlines(state, today),
  );
  for (const { placementId, teamDecidesBy, answered } of teamDecisions) {
    const status = answered ? 'met' : metOrOpen(teamDecidesBy, null, today);
    deadlines.push({ kind: 'no-suitable-placement', subjectId: placementId, dueOn: teamDecidesBy, status });
  }
  // As in the projection, closing the case cancels whatever of it was still to do; the family's requests it still answers.
  const closed = state.status === 'closed';
  return [
    ...deadlines.map((d) => (closed && !DONE.includes(d.status) ? { ...d, status: 'cancelled' as const } : d)),
    ...requestDeadlines(state, today),
  ];
}

/** A complaint to handle by the scheme's term, a request to destroy within 3 months, to correct within one: met by the answer. */
function requestDeadlines({ familyVoice }: ExistingCase, today: IsoDate): DeadlineAsOf[] {
  return [
    ...familyVoice.complaints.map(({ complaintId, handleBy, handled }) => ({
      kind: 'complaint-handling' as const,
      subjectId: complaintId,
      dueOn: handleBy,
      status: metOrOpen(handleBy, handled?.handledOn ?? null, today),
    })),
    ...familyVoice.destructionRequests.map(({ requestId, decideBy, decision }) => ({
      kind: 'destruction-decision' as const,
      subjectId: requestId,
      dueOn: decideBy,
      status: metOrOpen(decideBy, decision?.decidedOn ?? null, today),
    })),
    ...familyVoice.corrections.map(({ requestId, requestedOn, decision }) => ({
      kind: 'correction-answer' as const,
      subjectId: requestId,
      dueOn: correctionAnswerBy(requestedOn),
      status: metOrOpen(correctionAnswerBy(requestedOn), decision?.decidedOn ?? null, today),
    })),
  ];
}

const DONE: readonly DeadlineStatus[] = ['met', 'met-late', 'cancelled'];

/** One per signal, the first and each later one, met by the first assessment that answers it. */
function safetyAssessmentDeadlines(state: ExistingCase, today: IsoDate): DeadlineAsOf[] {
  const firstAnswer = (signalId: string | undefined) =>
    state.safetyAssessments
      .filter((a) => a.signalId === signalId)
      .map((a) => a.assessedOn)
      .sort()[0] ?? null;
  const signals = [
    { subjectId: state.caseId, dueOn: state.signal.safetyAssessmentDueOn, answer: firstAnswer(undefined) },
    ...state.newSignals.map((s) => ({ subjectId: s.signalId, dueOn: s.safetyAssessmentDueOn, answer: firstAnswer(s.signalId) })),
  ];
  return signals.map(({ subjectId, dueOn, answer }) => ({
    kind: 'safety-assessment',
    subjectId,
    dueOn,
    status: metOrOpen(dueOn, answer, today),
  }));
}

// Veilig Thuis norm (IGJ report 2023): 10 weeks from the start, met by the conclusion.
function investigationDeadlines(state: ExistingCase, today: IsoDate): DeadlineAsOf[] {
  const investigation = state.veiligThuis?.investigation;
  if (!investigation) return [];
  const status = metOrOpen(investigation.dueOn, investigation.conclusion?.concludedOn ?? null, today);
  return [{ kind: 'veilig-thuis-investigation', subjectId: state.caseId, dueOn: investigation.dueOn, status }];
}

/**
 * As the deadlines projection has them: an extension meets an expiry, and so does the regular
 * machtiging recorded after a spoedmachtiging (with its parents' hearing); a placement started under
 * a machtiging in time meets its lapse; an order ended early cancels what is still open of it.
 */
function courtOrderDeadlines(state: ExistingCase, today: IsoDate): DeadlineAsOf[] {
  const deadlines: DeadlineAsOf[] = [];
  const extendedIds = new Set(state.courtOrders.map((order) => order.extendsCourtOrderId));
  const warnings = new Map<IsoDate, IsoDate>();
  state.courtOrders.forEach((order, index) => {
    const regularFollows = state.courtOrders
      .slice(index + 1)
      .some((later) => later.kind === 'machtiging-uithuisplaatsing' && later.childId === order.childId);
    const ended = order.ended !== null;
    const warnFrom = warnings.get(order.validUntil) ?? courtOrderExpiryWarningOn(order.validUntil);
    warnings.set(order.validUntil, warnFrom);
    const taken = extendedIds.has(order.courtOrderId) || (order.kind === 'spoedmachtiging' && regularFollows);
    const expiry: DeadlineStatus = taken
      ? 'met'
      : ended
        ? 'cancelled'
        : today > order.validUntil
          ? 'expired'
          : today >= warnFrom
            ? 'warning'
            : 'open';
    deadlines.push({ kind: 'court-order-expiry', subjectId: order.courtOrderId, dueOn: order.validUntil, warnFrom, status: expiry });
    if (order.parentsHearingDueOn !== null) {
      const hearing = regularFollows ? 'met' : ended ? 'cancelled' : today > order.parentsHearingDueOn ? 'passed' : 'open';
      deadlines.push({ kind: 'parents-hearing', subjectId: order.courtOrderId, dueOn: order.parentsHearingDueOn, status: hearing });
    }
    if (order.kind === 'machtiging-uithuisplaatsing') deadlines.push(lapseOf(state, order, today));
  });
  return deadlines;
}

function lapseOf(state: ExistingCase, order: CourtOrderRecord, today: IsoDate): DeadlineAsOf {
  const dueOn = machtigingLapsesOn(order);
  const used = state.placements.some(
    (p) =>
      p.legalBasis === 'court-order' &&
      [...p.childIds, ...p.departures.flatMap((d) => d.childIds)].includes(order.childId) &&
      p.startedOn !== null &&
      p.startedOn <= dueOn,
  );
  const status = used ? 'met' : order.ended ? 'cancelled' : metOrOpen(dueOn, null, today);
  return { kind: 'machtiging-lapse', subjectId: order.courtOrderId, dueOn, status };
}

function instructionDeadlines(state: ExistingCase, today: IsoDate): DeadlineAsOf[] {
  return state.writtenInstructions.map(({ instructionId, complyBy, followUp }) => ({
    kind: 'written-instruction',
    subjectId: instructionId,
    dueOn: complyBy,
    status: followUp?.outcome === 'voided-by-court' ? 'cancelled' : metOrOpen(complyBy, followUp?.on ?? null, today),
  }));
}

/** An appointment is by its day here too: the auditor's replay speaks in Dutch calendar days. */
function taskDeadlines(state: ExistingCase, today: IsoDate): DeadlineAsOf[] {
  return state.tasks.map(({ taskId, kind, dueOn, status, doneOn }) => ({
    kind,
    subjectId: taskId,
    dueOn,
    status: status === 'cancelled' ? 'cancelled' : metOrOpen(dueOn, doneOn, today),
  }));
}

const CONTACT_DEADLINES = {
  conversation: 'foster-child-contact',
  'development-review': 'development-review',
} as const satisfies Record<FosterChildContactKind, DeadlineKind>;

/** When a child stopped living in the placement (it ended, or they left it); null while they live there. */
function leftOn(placement: PlacementRecord, childId: Uuid): IsoDate | null {
  return placement.ended?.endedOn ?? placement.departures.find((d) => d.childIds.includes(childId))?.on ?? null;
}

/**
 * As the deadlines projection has them: each placed child's 18th birthday until the young person's choice on foster care;
 * the end that choice sets, met when the placement ends for them (a later choice cancels it); each talk and
 * development review due from the start or the last one held, cancelled when the child no longer lives there.
 */
function growingUpDeadlines(state: ExistingCase, today: IsoDate): DeadlineAsOf[] {
  const choices = state.placements.flatMap((p) => p.fosterCareChoices.map((c) => ({ ...c, placement: p })));
  const deadlines = state.placements.flatMap((placement) =>
    placement.placedChildren.map(({ childId, comesOfAgeOn }): DeadlineAsOf => {
      const chosenOn = placement.fosterCareChoices.find((c) => c.childId === childId)?.chosenOn ?? null;
      const status = chosenOn
        ? metOrOpen(comesOfAgeOn, chosenOn, today)
        : leftOn(placement, childId)
          ? 'cancelled'
          : metOrOpen(comesOfAgeOn, null, today);
      return { kind: 'coming-of-age', subjectId: `${placement.placementId}:${childId}`, dueOn: comesOfAgeOn, status };
    }),
  );
  choices.forEach(({ placement, childId, choice, placementEndsOn }, index) => {
    const replaced = choices.slice(index + 1).some((c) => c.placement === placement && c.childId === childId);
    const status = replaced ? 'cancelled' : metOrOpen(placementEndsOn, leftOn(placement, childId), today);
    deadlines.push({ kind: 'foster-care-end', subjectId: `${placement.placementId}:${childId}:${choice}`, dueOn: placementEndsOn, status });
  });
  for (const placement of state.placements) deadlines.push(...contactDeadlines(placement, today));
  return deadlines;
}

function contactDeadlines(placement: PlacementRecord, today: IsoDate): DeadlineAsOf[] {
  const childIds = new Set([...placement.placedChildren, ...placement.contacts].map((c) => c.childId));
  return [...childIds].flatMap((childId) =>
    FOSTER_CHILD_CONTACT_KINDS.flatMap((kind) => {
      const atStart = placement.placedChildren.find((c) => c.childId === childId);
      const held = placement.contacts.filter((c) => c.childId === childId && c.kind === kind);
      const due = [
        ...(atStart
          ? [
              {
                subjectId: `${placement.placementId}:${childId}`,
                dueOn: kind === 'conversation' ? atStart.conversationDueOn : atStart.developmentReviewDueOn,
              },
            ]
          : []),
        ...held.map((c) => ({ subjectId: c.contactId, dueOn: c.nextDueOn })),
      ];
      return due.map(({ subjectId, dueOn }, index): DeadlineAsOf => {
        const next = held[atStart ? index : index + 1];
        const status = next
          ? metOrOpen(dueOn, next.heldOn, today)
          : leftOn(placement, childId)
            ? 'cancelled'
            : metOrOpen(dueOn, null, today);
        return { kind: CONTACT_DEADLINES[kind], subjectId, dueOn, status };
      });
    }),
  );
}

/**
 * The perspective decision the plan of action set is met by the first perspective or return decision on the
 * placement, cancelled when it ended undecided; each evaluation of the help plan meets the one due and sets the
 * next; aftercare is due to end when it was planned to.
 */
function helpDeadlines(state: ExistingCase, today: IsoDate): DeadlineAsOf[] {
  const perspectives = state.placements.flatMap(({ placementId, planOfAction, returnDecisions, status }): DeadlineAsOf[] => {
    if (planOfAction === null) return [];
    const decisions = [...state.perspectiveDecisions.filter((d) => d.placementId === placementId), ...returnDecisions];
    const decidedOn = decisions.map((d) => d.decidedOn).sort()[0] ?? null;
    const dueOn = planOfAction.perspectiveDecisionOn;
    const undecided = decidedOn === null && status === 'ended';
    return [
      { kind: 'perspective-decision', subjectId: placementId, dueOn, status: undecided ? 'cancelled' : metOrOpen(dueOn, decidedOn, today) },
    ];
  });
  const plans = [...state.earlierHelpPlans, ...(state.helpPlan ? [state.helpPlan] : [])];
  return [
    ...perspectives,
    ...plans.flatMap((plan) => evaluationsDue(plan, today)),
    ...state.aftercare.map(({ aftercareId, plannedEndOn, ended }) => ({
      kind: 'aftercare-end' as const,
      subjectId: aftercareId,
      dueOn: plannedEndOn,
      status: metOrOpen(plannedEndOn, ended?.endedOn ?? null, today),
    })),
  ];
}

/** The plan's first evaluation and each one an evaluation set; ending the plan cancels the one still due. */
function evaluationsDue({ helpPlanId, evaluateOn, evaluations, ended }: HelpPlanRecord, today: IsoDate): DeadlineAsOf[] {
  const due = [
    { subjectId: helpPlanId, dueOn: evaluateOn },
    ...evaluations.map((e) => ({ subjectId: e.evaluationId, dueOn: e.nextEvaluationOn })),
  ];
  return due.map(({ subjectId, dueOn }, n) => {
    const evaluatedOn = evaluations[n]?.evaluatedOn ?? null;
    const status = evaluatedOn === null && ended ? 'cancelled' : metOrOpen(dueOn, evaluatedOn, today);
    return { kind: 'help-plan-evaluation', subjectId, dueOn, status };
  });
}
