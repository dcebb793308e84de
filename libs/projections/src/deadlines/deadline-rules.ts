import { dutchDateOf, safetyAssessmentDueOn, type CaseEvent } from '@casus/domain';
import type { RecordedEvent } from '@casus/event-store';

export type DeadlineKind =
  | 'safety-assessment'
  | 'safety-plan-review'
  | 'court-order-expiry'
  | 'parents-hearing'
  | 'plan-of-action'
  | 'perspective-decision'
  | 'return-review'
  | 'reservation-expiry';

/** open until met, or cancelled when what it guarded ended (case closed, placement ended, reservation released). */
export type StoredDeadlineStatus = 'open' | 'met' | 'cancelled';

export interface DeadlineRow {
  deadline_id: string;
  case_id: string | null;
  kind: DeadlineKind;
  description: string;
  child_id: string | null;
  placement_id: string | null;
  due_on: string;
  due_at: string | null;
  status: StoredDeadlineStatus;
  opened_by_event_id: string;
  closed_by_event_id: string | null;
  closed_by_event_type: string | null;
  closed_at: string | null;
}

/** The deadlines of one case (or one reservation) as far as loaded; rules open and close them. */
export class DeadlineBook {
  readonly changed = new Set<string>();

  constructor(readonly rows: Map<string, DeadlineRow>) {}

  open(event: RecordedEvent, row: Omit<DeadlineRow, 'status' | 'opened_by_event_id' | 'closed_by_event_id' | 'closed_by_event_type' | 'closed_at'>) {
    // Idempotent: the first event that opened a deadline keeps it.
    if (this.rows.has(row.deadline_id)) return;
    this.rows.set(row.deadline_id, {
      ...row,
      status: 'open',
      opened_by_event_id: event.id,
      closed_by_event_id: null,
      closed_by_event_type: null,
      closed_at: null,
    });
    this.changed.add(row.deadline_id);
  }

  close(event: RecordedEvent, status: 'met' | 'cancelled', match: (row: DeadlineRow) => boolean) {
    for (const row of this.rows.values()) {
      if (row.status !== 'open' || !match(row) || row.opened_by_event_id === event.id) continue;
      Object.assign(row, { status, closed_by_event_id: event.id, closed_by_event_type: event.type, closed_at: event.recordedAt.toISOString() });
      this.changed.add(row.deadline_id);
    }
  }
}

const base = (caseId: string, kind: DeadlineKind, subject: string) => ({
  deadline_id: `${kind}:${subject}`,
  case_id: caseId,
  kind,
  child_id: null,
  placement_id: null,
  due_at: null,
});

/** How a case event opens and meets deadlines (DOMAIN.md, rules table). */
export function applyCaseEvent(book: DeadlineBook, caseId: string, event: RecordedEvent, step: CaseEvent): void {
  const ofCase = (row: DeadlineRow) => row.case_id === caseId;
  switch (step.type) {
    case 'SignalRegistered': {
      const { receivedAt, urgency, safetyAssessmentDueOn: stated } = step.data;
      const dueOn = stated ?? safetyAssessmentDueOn(receivedAt, urgency);
      return book.open(event, { ...base(caseId, 'safety-assessment', caseId), description: 'Safety assessment (veiligheidsbeoordeling) within 5 working days of the signal', due_on: dueOn });
    }
    case 'SafetyAssessed':
      return book.close(event, 'met', (r) => ofCase(r) && (r.kind === 'safety-assessment' || r.kind === 'safety-plan-review'));
    case 'SafetyPlanAgreed':
      book.close(event, 'met', (r) => ofCase(r) && r.kind === 'safety-plan-review');
      return book.open(event, { ...base(caseId, 'safety-plan-review', step.data.safetyPlanId), description: 'Review of the safety plan (veiligheidsplan)', due_on: step.data.reviewOn });
    case 'CourtOrderRecorded': {
      const { courtOrderId, kind, childId, validUntil, extendsCourtOrderId, parentsHearingDueOn } = step.data;
      if (extendsCourtOrderId) book.close(event, 'met', (r) => r.deadline_id === `court-order-expiry:${extendsCourtOrderId}`);
      // The hearing leads to the judge's decision on the regular machtiging: that decision meets it.
      if (kind === 'machtiging-uithuisplaatsing') {
        book.close(event, 'met', (r) => ofCase(r) && r.kind === 'parents-hearing' && r.child_id === childId);
      }
      book.open(event, { ...base(caseId, 'court-order-expiry', courtOrderId), child_id: childId, description: `Court order (${kind}) expires: request an extension in time`, due_on: validUntil });
      if (kind === 'spoedmachtiging' && parentsHearingDueOn) {
        book.open(event, { ...base(caseId, 'parents-hearing', courtOrderId), child_id: childId, description: 'Parents heard by the juvenile judge after a spoedmachtiging', due_on: parentsHearingDueOn });
      }
      return;
    }
    case 'PlacementDecided': {
      const { optionId, placementId } = step.data;
      return book.close(event, 'met', (r) => r.deadline_id === `reservation-expiry:${optionId}:${placementId}`);
    }
    case 'PlacementStarted': {
      const { placementId, planOfActionDueOn } = step.data;
      return book.open(event, { ...base(caseId, 'plan-of-action', placementId), placement_id: placementId, description: 'Plan of action (plan van aanpak) within 1 month of the placement’s start', due_on: planOfActionDueOn });
    }
    case 'PlacementPlanRecorded': {
      const { placementId, perspectiveDecisionOn } = step.data;
      book.close(event, 'met', (r) => r.deadline_id === `plan-of-action:${placementId}`);
      return book.open(event, { ...base(caseId, 'perspective-decision', placementId), placement_id: placementId, description: 'Perspective decision (perspectiefbesluit) set by the plan of action', due_on: perspectiveDecisionOn });
    }
    case 'ReturnDecisionRecorded': {
      const { placementId, outcome, decisionId } = step.data;
      book.close(event, 'met', (r) => r.placement_id === placementId && (r.kind === 'perspective-decision' || r.kind === 'return-review'));
      if (outcome.kind === 'not-yet') {
        book.open(event, { ...base(caseId, 'return-review', decisionId), placement_id: placementId, description: 'Return decision reviewed, as the joint decision set', due_on: outcome.reviewOn });
      }
      return;
    }
    case 'PlacementEnded':
      return book.close(event, 'cancelled', (r) => r.placement_id === step.data.placementId);
    case 'CaseClosed':
      return book.close(event, 'cancelled', ofCase);
    default:
      return;
  }
}

/**
 * Reservations live on `placement-option-<id>` streams (placement process). Their exact payloads are
 * the placement engineer's: this reads `placementId`, `expiresAt` and, when given, `caseId`.
 */
export const RESERVATION_EVENT_TYPES = ['PlaceReserved', 'ReservationReleased'] as const;

export function reservationDeadlineId(event: RecordedEvent): string | null {
  const optionId = event.streamId.slice('placement-option-'.length);
  const placementId = event.data.placementId;
  return typeof placementId === 'string' ? `reservation-expiry:${optionId}:${placementId}` : null;
}

export function applyReservationEvent(book: DeadlineBook, event: RecordedEvent): void {
  const id = reservationDeadlineId(event);
  if (!id) return;
  if (event.type === 'ReservationReleased') return book.close(event, 'cancelled', (r) => r.deadline_id === id);
  const expiresAt = event.data.expiresAt;
  if (event.type !== 'PlaceReserved' || typeof expiresAt !== 'string') return;
  const caseId = typeof event.data.caseId === 'string' ? event.data.caseId : null;
  book.open(event, {
    deadline_id: id,
    case_id: caseId,
    kind: 'reservation-expiry',
    description: 'Reserved place expires unless the placement is decided',
    child_id: null,
    placement_id: event.data.placementId as string,
    due_on: dutchDateOf(expiresAt),
    due_at: new Date(expiresAt).toISOString(),
  });
}
