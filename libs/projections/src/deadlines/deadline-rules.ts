import {
  correctionAnswerBy,
  dutchDateOf,
  machtigingLapsesOn,
  safetyAssessmentDueOn,
  type CaseEvent,
  type DeadlineKind,
  type CourtOrderKind,
  type FosterCareChoice,
  type FosterChildContactKind,
} from '@casus/domain';
import type { RecordedEvent } from '@casus/event-store';
import { COURT_ORDER_KIND_WORDS, TASK_KIND_WORDS } from '@casus/wording';
import { optionIdFromStreamId, processCodec, type PlacementOptionEvent } from '@casus/placement';

export type { DeadlineKind };

/** open until met, or cancelled when what it guarded ended (case closed, placement ended, reservation released). */
export const DEADLINE_STATUSES = ['open', 'met', 'cancelled'] as const;
export type StoredDeadlineStatus = (typeof DEADLINE_STATUSES)[number];

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

  open(
    event: RecordedEvent,
    row: Omit<DeadlineRow, 'status' | 'opened_by_event_id' | 'closed_by_event_id' | 'closed_by_event_type' | 'closed_at'>,
  ) {
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

  /** Ties open rows to the placement that would meet them. */
  attach(placementId: string, match: (row: DeadlineRow) => boolean) {
    for (const row of this.rows.values()) {
      if (row.status !== 'open' || !match(row)) continue;
      row.placement_id = placementId;
      this.changed.add(row.deadline_id);
    }
  }

  close(event: RecordedEvent, status: 'met' | 'cancelled', match: (row: DeadlineRow) => boolean) {
    for (const row of this.rows.values()) {
      if (row.status !== 'open' || !match(row) || row.opened_by_event_id === event.id) continue;
      Object.assign(row, {
        status,
        closed_by_event_id: event.id,
        closed_by_event_type: event.type,
        closed_at: event.recordedAt.toISOString(),
      });
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

// A voogdij is not extended: it ends when the child comes of age (BW 1:233), and what follows is prepared in time.
const expiryDescription = (kind: CourtOrderKind) =>
  kind === 'voogdij'
    ? 'Voogdij ends when the child comes of age: prepare what follows (foster care to 21, aftercare)'
    : `${COURT_ORDER_KIND_WORDS[kind].en} expires: request an extension in time`;

/** What a child has due while living in the placement, cancelled when they leave it. */
const LIVING_THERE: readonly DeadlineKind[] = ['foster-child-contact', 'development-review', 'coming-of-age'];
const COMING_OF_AGE =
  'Turns 18: court orders end and the young person consents alone; foster care continues to 21 unless they decline: record their choice, prepare the perspective and aftercare';
const CONTACT_KINDS = {
  conversation: 'foster-child-contact',
  'development-review': 'development-review',
} as const satisfies Record<FosterChildContactKind, DeadlineKind>;
const CONTACT_WORDS = {
  conversation: 'Talk with the foster child (at least 3 times a year, Richtlijn Pleegzorg)',
  'development-review': 'Development review of the foster child (yearly; half-yearly under 3, Richtlijn Pleegzorg)',
} as const satisfies Record<FosterChildContactKind, string>;
const FOSTER_CARE_END = {
  continue: 'Foster care after 18 ends at 21: record the end of the placement',
  decline: 'The young person declined foster care after 18: record the end of the placement',
} as const satisfies Record<FosterCareChoice, string>;

/** The answers the family's requests wait for (their own steps are taken on a closed case too). */
export const FAMILY_REQUESTS: readonly DeadlineKind[] = ['complaint-handling', 'destruction-decision', 'correction-answer'];

/** How a case event opens and meets deadlines (DOMAIN.md, rules table). */
export function applyCaseEvent(book: DeadlineBook, caseId: string, event: RecordedEvent, step: CaseEvent): void {
  const ofCase = (row: DeadlineRow) => row.case_id === caseId;
  switch (step.type) {
    case 'SignalRegistered': {
      const { receivedAt, urgency, safetyAssessmentDueOn: stated } = step.data;
      const dueOn = stated ?? safetyAssessmentDueOn(receivedAt, urgency);
      return book.open(event, {
        ...base(caseId, 'safety-assessment', caseId),
        description: 'Safety assessment (veiligheidsbeoordeling) within 5 working days of the signal',
        due_on: dueOn,
      });
    }
    case 'NewSignalRecorded':
      return book.open(event, {
        ...base(caseId, 'safety-assessment', step.data.signalId),
        description: 'Safety assessment (veiligheidsbeoordeling) within 5 working days of a new signal',
        due_on: step.data.safetyAssessmentDueOn,
      });
    case 'SafetyAssessed': {
      // An assessment answers one signal: a later one it names, else the one that opened the case.
      const answered = `safety-assessment:${step.data.signalId ?? caseId}`;
      return book.close(event, 'met', (r) => ofCase(r) && (r.deadline_id === answered || r.kind === 'safety-plan-review'));
    }
    case 'VeiligThuisInvestigationStarted':
      return book.open(event, {
        ...base(caseId, 'veilig-thuis-investigation', caseId),
        description: 'Veilig Thuis concludes its investigation within 10 weeks',
        due_on: step.data.dueOn,
      });
    case 'VeiligThuisInvestigationConcluded':
      return book.close(event, 'met', (r) => r.deadline_id === `veilig-thuis-investigation:${caseId}`);
    case 'SafetyPlanAgreed':
      book.close(event, 'met', (r) => ofCase(r) && r.kind === 'safety-plan-review');
      return book.open(event, {
        ...base(caseId, 'safety-plan-review', step.data.safetyPlanId),
        description: 'Review of the safety plan (veiligheidsplan)',
        due_on: step.data.reviewOn,
      });
    case 'CourtOrderRecorded': {
      const { courtOrderId, kind, childId, validUntil, extendsCourtOrderId, parentsHearingDueOn } = step.data;
      if (extendsCourtOrderId) book.close(event, 'met', (r) => r.deadline_id === `court-order-expiry:${extendsCourtOrderId}`);
      // The hearing leads to the judge's decision on the regular machtiging: that decision meets it.
      // The regular machtiging takes over from the spoedmachtiging: its expiry is no longer due.
      if (kind === 'machtiging-uithuisplaatsing') {
        book.close(event, 'met', (r) => ofCase(r) && r.kind === 'parents-hearing' && r.child_id === childId);
        book.close(
          event,
          'met',
          (r) =>
            ofCase(r) &&
            r.child_id === childId &&
            r.kind === 'court-order-expiry' &&
            r.description === expiryDescription('spoedmachtiging'),
        );
        book.open(event, {
          ...base(caseId, 'machtiging-lapse', courtOrderId),
          child_id: childId,
          description: 'Machtiging uithuisplaatsing lapses unless a placement under it starts by then (BW 1:265c lid 3)',
          due_on: machtigingLapsesOn(step.data),
        });
      }
      book.open(event, {
        ...base(caseId, 'court-order-expiry', courtOrderId),
        child_id: childId,
        description: expiryDescription(kind),
        due_on: validUntil,
      });
      if (kind === 'spoedmachtiging' && parentsHearingDueOn) {
        book.open(event, {
          ...base(caseId, 'parents-hearing', courtOrderId),
          child_id: childId,
          description: 'Parents heard by the juvenile judge after a spoedmachtiging',
          due_on: parentsHearingDueOn,
        });
      }
      return;
    }
    case 'CourtOrderEnded': {
      const ofOrder = (['court-order-expiry', 'machtiging-lapse', 'parents-hearing'] as const).map(
        (kind) => `${kind}:${step.data.courtOrderId}`,
      );
      return book.close(event, 'cancelled', (r) => ofCase(r) && ofOrder.includes(r.deadline_id));
    }
    case 'WrittenInstructionGiven': {
      const { instructionId, childId, complyBy } = step.data;
      return book.open(event, {
        ...base(caseId, 'written-instruction', instructionId),
        child_id: childId,
        description: 'Written instruction (schriftelijke aanwijzing): the term to comply by',
        due_on: complyBy,
      });
    }
    case 'InstructionFollowedUp': {
      const status = step.data.outcome === 'voided-by-court' ? 'cancelled' : 'met';
      return book.close(event, status, (r) => r.deadline_id === `written-instruction:${step.data.instructionId}`);
    }
    case 'PlacementRequested': {
      const { placementId, legalBasis, childIds } = step.data;
      if (legalBasis !== 'court-order') return;
      return book.attach(placementId, (r) => ofCase(r) && r.kind === 'machtiging-lapse' && childIds.includes(r.child_id ?? ''));
    }
    case 'PlacementDecided': {
      const { optionId, placementId } = step.data;
      return book.close(event, 'met', (r) => r.deadline_id === reservationDeadlineIdOf(optionId, placementId));
    }
    case 'IntroductionPlanned': {
      const { placementId, introductionId, plannedOn } = step.data;
      return book.open(event, {
        ...base(caseId, 'introduction', introductionId),
        placement_id: placementId,
        description: 'Kennismaking (introduction) at the proposed place: record it as held',
        due_on: plannedOn,
      });
    }
    case 'IntroductionHeld':
      return book.close(event, 'met', (r) => r.deadline_id === `introduction:${step.data.introductionId}`);
    case 'PlacementRematchRequested':
    case 'PlacementRequestWithdrawn':
      // A kennismaking planned on a request no longer pursued will not be held.
      if (step.type === 'PlacementRequestWithdrawn') {
        book.close(event, 'cancelled', (r) => r.placement_id === step.data.placementId && r.kind === 'introduction');
      }
      return book.close(event, 'met', (r) => r.deadline_id === `no-suitable-placement:${step.data.placementId}`);
    case 'PlacementStarted': {
      const { placementId, planOfActionDueOn, placedChildren = [] } = step.data;
      book.close(event, 'met', (r) => r.placement_id === placementId && r.kind === 'machtiging-lapse' && r.due_on >= step.data.startedOn);
      for (const { childId, conversationDueOn, developmentReviewDueOn, comesOfAgeOn } of placedChildren) {
        const ofChild = { child_id: childId, placement_id: placementId };
        const subject = `${placementId}:${childId}`;
        const due = (kind: DeadlineKind, description: string, due_on: string) =>
          book.open(event, { ...base(caseId, kind, subject), ...ofChild, description, due_on });
        due('foster-child-contact', CONTACT_WORDS.conversation, conversationDueOn);
        due('development-review', CONTACT_WORDS['development-review'], developmentReviewDueOn);
        due('coming-of-age', COMING_OF_AGE, comesOfAgeOn);
      }
      return book.open(event, {
        ...base(caseId, 'plan-of-action', placementId),
        placement_id: placementId,
        description: 'Plan of action (plan van aanpak) within 1 month of the placement’s start',
        due_on: planOfActionDueOn,
      });
    }
    case 'PlacementPlanRecorded': {
      const { placementId, perspectiveDecisionOn } = step.data;
      book.close(event, 'met', (r) => r.deadline_id === `plan-of-action:${placementId}`);
      return book.open(event, {
        ...base(caseId, 'perspective-decision', placementId),
        placement_id: placementId,
        description: 'Perspective decision (perspectiefbesluit) set by the plan of action',
        due_on: perspectiveDecisionOn,
      });
    }
    case 'PerspectiveDecided':
      return book.close(event, 'met', (r) => r.deadline_id === `perspective-decision:${step.data.placementId}`);
    case 'HelpPlanAgreed':
      return book.open(event, {
        ...base(caseId, 'help-plan-evaluation', step.data.helpPlanId),
        description: 'Evaluation of the help plan (hulpverleningsplan) with the family',
        due_on: step.data.evaluateOn,
      });
    // One plan per family: the evaluation meets the one due and sets the next.
    case 'HelpPlanEvaluated':
      book.close(event, 'met', (r) => ofCase(r) && r.kind === 'help-plan-evaluation');
      return book.open(event, {
        ...base(caseId, 'help-plan-evaluation', step.data.evaluationId),
        description: 'Evaluation of the help plan (hulpverleningsplan) with the family',
        due_on: step.data.nextEvaluationOn,
      });
    case 'HelpPlanEnded':
      return book.close(event, 'cancelled', (r) => ofCase(r) && r.kind === 'help-plan-evaluation');
    case 'AftercareStarted':
      return book.open(event, {
        ...base(caseId, 'aftercare-end', step.data.aftercareId),
        description: 'Aftercare (nazorg) planned to end: end it with how it went, or plan on',
        due_on: step.data.plannedEndOn,
      });
    case 'AftercareEnded':
      return book.close(event, 'met', (r) => r.deadline_id === `aftercare-end:${step.data.aftercareId}`);
    case 'ReturnDecisionRecorded': {
      const { placementId, outcome, decisionId } = step.data;
      book.close(event, 'met', (r) => r.placement_id === placementId && (r.kind === 'perspective-decision' || r.kind === 'return-review'));
      if (outcome.kind === 'not-yet') {
        book.open(event, {
          ...base(caseId, 'return-review', decisionId),
          placement_id: placementId,
          description: 'Return decision reviewed, as the joint decision set',
          due_on: outcome.reviewOn,
        });
      }
      return;
    }
    case 'TaskGiven': {
      const { taskId, kind, assignee, description, dueOn, at } = step.data;
      return book.open(event, {
        ...base(caseId, kind, taskId),
        description: `${TASK_KIND_WORDS[kind].en} for ${assignee.name}: ${description}`,
        due_on: dueOn,
        due_at: at,
      });
    }
    case 'TaskCompleted':
    case 'TaskCancelled': {
      const ofTask = (['task', 'appointment'] as const).map((kind) => `${kind}:${step.data.taskId}`);
      return book.close(event, step.type === 'TaskCompleted' ? 'met' : 'cancelled', (r) => ofCase(r) && ofTask.includes(r.deadline_id));
    }
    case 'FosterChildContactRecorded': {
      const { placementId, childId, contactId, kind, nextDueOn } = step.data;
      const ofChild = { child_id: childId, placement_id: placementId };
      book.close(event, 'met', (r) => r.kind === CONTACT_KINDS[kind] && r.placement_id === placementId && r.child_id === childId);
      return book.open(event, {
        ...base(caseId, CONTACT_KINDS[kind], contactId),
        ...ofChild,
        description: CONTACT_WORDS[kind],
        due_on: nextDueOn,
      });
    }
    case 'FosterCareChoiceRecorded': {
      const { placementId, childId, choice, placementEndsOn } = step.data;
      book.close(event, 'met', (r) => r.deadline_id === `coming-of-age:${placementId}:${childId}`);
      book.close(event, 'cancelled', (r) => r.kind === 'foster-care-end' && r.placement_id === placementId && r.child_id === childId);
      return book.open(event, {
        ...base(caseId, 'foster-care-end', `${placementId}:${childId}:${choice}`),
        child_id: childId,
        placement_id: placementId,
        description: FOSTER_CARE_END[choice],
        due_on: placementEndsOn,
      });
    }
    case 'ChildLeftPlacement': {
      const { placementId, childIds } = step.data;
      const leaving = (r: DeadlineRow) => r.placement_id === placementId && childIds.includes(r.child_id ?? '');
      book.close(event, 'met', (r) => leaving(r) && r.kind === 'foster-care-end');
      return book.close(event, 'cancelled', (r) => leaving(r) && LIVING_THERE.includes(r.kind));
    }
    case 'PlacementEnded':
      // The end the young person's choice set is met by it; what else the placement still had to do falls.
      book.close(event, 'met', (r) => r.placement_id === step.data.placementId && r.kind === 'foster-care-end');
      return book.close(event, 'cancelled', (r) => r.placement_id === step.data.placementId);
    case 'ComplaintFiled':
      return book.open(event, {
        ...base(caseId, 'complaint-handling', step.data.complaintId),
        description: "A family member's complaint: handle it within the complaints scheme's term (Jeugdwet art. 4.2.1)",
        due_on: step.data.handleBy,
      });
    case 'ComplaintHandled':
      return book.close(event, 'met', (r) => r.deadline_id === `complaint-handling:${step.data.complaintId}`);
    case 'DestructionRequested':
      return book.open(event, {
        ...base(caseId, 'destruction-decision', step.data.requestId),
        description: 'A request to destroy the file: decide within 3 months (Jeugdwet art. 7.3.9)',
        due_on: step.data.decideBy,
      });
    case 'DestructionRequestDecided':
      return book.close(event, 'met', (r) => r.deadline_id === `destruction-decision:${step.data.requestId}`);
    case 'CorrectionRequested':
      return book.open(event, {
        ...base(caseId, 'correction-answer', step.data.requestId),
        description: 'A request to correct the file: answer within one month (AVG art. 12(3), art. 16)',
        due_on: correctionAnswerBy(step.data.requestedOn),
      });
    case 'CorrectionDecided':
      return book.close(event, 'met', (r) => r.deadline_id === `correction-answer:${step.data.requestId}`);
    // The family's requests outlive the care: a closed case still answers them.
    case 'CaseClosed':
      return book.close(event, 'cancelled', (r) => ofCase(r) && !FAMILY_REQUESTS.includes(r.kind));
    default:
      return;
  }
}

/** The placement process records on `placement-<id>` that no place fits: the team's date to decide how to go on. */
export function applyNoSuitablePlacement(book: DeadlineBook, event: RecordedEvent): void {
  const step = processCodec.decode(event);
  if (step.type !== 'NoSuitablePlacementFound') return;
  const { placementId, caseId, teamDecidesBy } = step.data;
  book.open(event, {
    ...base(caseId, 'no-suitable-placement', placementId),
    placement_id: placementId,
    description: 'No suitable place found: the team decides how to go on (withdraw the request or match again)',
    due_on: teamDecidesBy,
  });
}

/**
 * Reservations live on `placement-option-<id>` streams (libs/placement). The process names the case
 * in PlaceReserved, so the expiry shows among the case team's deadlines; deciding the placement or
 * occupying the place meets it, releasing the reservation cancels it.
 */
export const RESERVATION_EVENT_TYPES = [
  'PlaceReserved',
  'ReservationReleased',
  'PlaceOccupied',
] as const satisfies readonly PlacementOptionEvent['type'][];

type ReservationEvent = Extract<PlacementOptionEvent, { type: (typeof RESERVATION_EVENT_TYPES)[number] }>;

const isReservationEvent = (event: RecordedEvent): boolean =>
  optionIdFromStreamId(event.streamId) !== null && (RESERVATION_EVENT_TYPES as readonly string[]).includes(event.type);

export const reservationDeadlineIdOf = (optionId: string, placementId: string): string => `reservation-expiry:${optionId}:${placementId}`;

export function reservationDeadlineId(event: RecordedEvent): string | null {
  if (!isReservationEvent(event)) return null;
  const { optionId, placementId } = event.data as ReservationEvent['data'];
  return reservationDeadlineIdOf(optionId, placementId);
}

export function applyReservationEvent(book: DeadlineBook, event: RecordedEvent): void {
  const id = reservationDeadlineId(event);
  if (!id) return;
  const step = { type: event.type, data: event.data } as ReservationEvent;
  switch (step.type) {
    case 'ReservationReleased':
      return book.close(event, 'cancelled', (r) => r.deadline_id === id);
    case 'PlaceOccupied':
      return book.close(event, 'met', (r) => r.deadline_id === id);
    case 'PlaceReserved': {
      const { placementId, expiresAt, caseId } = step.data;
      return book.open(event, {
        deadline_id: id,
        case_id: caseId ?? null,
        kind: 'reservation-expiry',
        description: 'Reserved place expires unless the placement is decided',
        child_id: null,
        placement_id: placementId,
        due_on: dutchDateOf(expiresAt),
        due_at: new Date(expiresAt).toISOString(),
      });
    }
  }
}
