import { courtOrderExpiryWarningOn, type ExistingCase, type IsoDate } from '@casus/domain';

export type DeadlineKind = 'safety-assessment' | 'plan-of-action' | 'court-order-expiry' | 'parents-hearing';

/** met: done by then (late when after its due date); open: still to do; overdue: past due and not done. */
export type DeadlineStatus = 'open' | 'met' | 'met-late' | 'overdue' | 'warning' | 'expired' | 'passed';

export type DeadlineAsOf = Readonly<{
  kind: DeadlineKind;
  /** The placement or court order it belongs to; the case itself for the safety assessment. */
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

/** The case's deadlines as they stood on `today`, from the state as it was then. */
export function deadlinesAsOf(state: ExistingCase, today: IsoDate): DeadlineAsOf[] {
  const firstAssessment = state.safetyAssessments.map((a) => a.assessedOn).sort()[0] ?? null;
  const deadlines: DeadlineAsOf[] = [
    {
      kind: 'safety-assessment',
      subjectId: state.caseId,
      dueOn: state.signal.safetyAssessmentDueOn,
      status: metOrOpen(state.signal.safetyAssessmentDueOn, firstAssessment, today),
    },
  ];
  for (const placement of state.placements) {
    if (placement.planOfActionDueOn === null) continue;
    // The plan carries no date of its own: recorded by now counts as met.
    const status = placement.planOfAction ? 'met' : metOrOpen(placement.planOfActionDueOn, null, today);
    deadlines.push({ kind: 'plan-of-action', subjectId: placement.placementId, dueOn: placement.planOfActionDueOn, status });
  }
  const extendedIds = new Set(state.courtOrders.map((order) => order.extendsCourtOrderId));
  const warnings = new Map<IsoDate, IsoDate>();
  for (const order of state.courtOrders) {
    const extended = extendedIds.has(order.courtOrderId);
    const warnFrom = warnings.get(order.validUntil) ?? courtOrderExpiryWarningOn(order.validUntil);
    warnings.set(order.validUntil, warnFrom);
    const status: DeadlineStatus = extended ? 'met' : today > order.validUntil ? 'expired' : today >= warnFrom ? 'warning' : 'open';
    deadlines.push({ kind: 'court-order-expiry', subjectId: order.courtOrderId, dueOn: order.validUntil, warnFrom, status });
    if (order.parentsHearingDueOn !== null) {
      const hearing = today > order.parentsHearingDueOn ? 'passed' : 'open';
      deadlines.push({ kind: 'parents-hearing', subjectId: order.courtOrderId, dueOn: order.parentsHearingDueOn, status: hearing });
    }
  }
  return deadlines;
}
