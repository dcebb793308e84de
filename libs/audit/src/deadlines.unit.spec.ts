import type { CaseEvent } from '@casus/domain';
import type { RecordedEvent } from '@casus/event-store';
import { applyCaseEvent, applyNoSuitablePlacement, DeadlineBook, type DeadlineRow } from '../../projections/src/deadlines/deadline-rules';
import { event, ids } from '../../domain/src/case/testing/fixtures';
import {
  courtOrder,
  otsForSanne,
  parentsRecorded,
  placementDecided,
  placementRequested,
  needs,
  placementStarted,
  signalRegistered,
  signalRegisteredByVeiligThuis,
} from '../../domain/src/case/testing/story';
import { recordedStream } from '../test/recorded';
import type { DeadlineAsOf } from './deadlines';
import { replayCase } from './replay';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [spoed, regular, daansMachtiging, complied, voided] = [id(601), id(602), id(603), id(701), id(702)];
const instruction = (instructionId: string) =>
  event('WrittenInstructionGiven', {
    instructionId,
    childId: ids.sanne,
    courtOrderId: ids.ots,
    addressedTo: [ids.mother],
    instruction: 'Keep the appointments with the GI',
    reason: 'Two appointments missed',
    givenOn: '2026-11-18',
    complyBy: '2026-12-02',
  });
const task = (taskId: string, kind: 'task' | 'appointment', dueOn: string) =>
  event('TaskGiven', {
    taskId,
    kind,
    description: 'Visit the family at home',
    assignee: { kind: 'team', name: 'wijkteam-ede-noord' },
    dueOn,
    at: kind === 'appointment' ? `${dueOn}T09:00:00.000Z` : null,
    givenOn: '2026-11-18',
    givenBy: { professionalId: id(101), role: 'wijkteam', team: 'wijkteam-ede-noord', organisation: 'Gemeente Ede' },
  });
const [taskDone, taskCancelled, overdueTask, appointment] = [id(831), id(832), id(833), id(834)];
const contact = (contactId: string, kind: 'conversation' | 'development-review', heldOn: string, nextDueOn: string) =>
  event('FosterChildContactRecorded', { placementId: ids.placement, childId: ids.sanne, contactId, kind, heldOn, nextDueOn });
const choice = (choice: 'continue' | 'decline', chosenOn: string, placementEndsOn: string) =>
  event('FosterCareChoiceRecorded', { placementId: ids.placement, childId: ids.sanne, choice, chosenOn, placementEndsOn });
const followUp = (instructionId: string, outcome: 'complied' | 'voided-by-court') =>
  event('InstructionFollowedUp', { instructionId, outcome, on: '2026-11-25', note: 'Checked at the home visit' });

/** One history with every kind the auditor's deadlines know: a spoedmachtiging followed by the regular one, orders ended early, instructions, tasks. */
const goal = { goalId: id(802), description: 'Daan sleeps in his own bed', childIds: [ids.daan] };
const evaluation = (evaluationId: string, evaluatedOn: string, nextEvaluationOn: string) =>
  event('HelpPlanEvaluated', {
    helpPlanId: id(801),
    evaluationId,
    evaluatedOn,
    goals: [{ goalId: goal.goalId, progress: 'progressing', note: 'Most nights' }],
    nextEvaluationOn,
  });
/** Agreed, evaluated late, then on time, ended before its third evaluation; a new plan with its first evaluation to come. */
const helpPlanEvaluatedTwice = [
  event('HelpPlanAgreed', {
    helpPlanId: id(801),
    agreedOn: '2026-10-01',
    agreedWith: [ids.mother],
    goals: [goal],
    services: [],
    evaluateOn: '2026-11-01',
  }),
  evaluation(id(803), '2026-11-05', '2026-12-05'),
  evaluation(id(804), '2026-12-01', '2027-01-05'),
  event('HelpPlanEnded', { helpPlanId: id(801), endedOn: '2026-12-10', reason: 'Daan sleeps in his own bed' }),
  event('HelpPlanAgreed', {
    helpPlanId: id(806),
    agreedOn: '2026-12-10',
    agreedWith: [ids.mother],
    goals: [{ ...goal, goalId: id(807), description: 'Sanne goes to school' }],
    services: [],
    evaluateOn: '2027-02-10',
  }),
];
const aftercareStarted = (aftercareId: string) =>
  event('AftercareStarted', {
    aftercareId,
    childIds: [ids.daan],
    after: 'return-home',
    startedOn: '2026-11-20',
    content: 'Visits',
    plannedEndOn: '2026-12-10',
  });

/** One history with every kind the auditor's deadlines know: a spoedmachtiging followed by the regular one, orders ended early, instructions. */
const history: CaseEvent[] = [
  signalRegistered,
  ...parentsRecorded,
  otsForSanne,
  {
    ...courtOrder('spoedmachtiging', spoed, ids.sanne, '2026-11-03', '2026-11-17'),
    data: { ...courtOrder('spoedmachtiging', spoed, ids.sanne, '2026-11-03', '2026-11-17').data, parentsHearingDueOn: '2026-11-17' },
  },
  courtOrder('machtiging-uithuisplaatsing', regular, ids.sanne, '2026-11-16', '2027-05-16'),
  courtOrder('machtiging-uithuisplaatsing', daansMachtiging, ids.daan, '2026-11-16', '2027-05-16'),
  event('CourtOrderEnded', {
    courtOrderId: daansMachtiging,
    childId: ids.daan,
    how: 'ended-early',
    endedOn: '2026-11-20',
    decidedOn: '2026-11-20',
    court: 'Rechtbank Gelderland',
    caseNumber: 'C/05/123457',
    decision: 'Daan stays home with support',
    becauseOf: null,
  }),
  instruction(complied),
  followUp(complied, 'complied'),
  instruction(voided),
  followUp(voided, 'voided-by-court'),
  task(taskDone, 'task', '2026-11-25'),
  event('TaskCompleted', { taskId: taskDone, doneOn: '2026-11-26' }),
  task(taskCancelled, 'task', '2026-11-30'),
  event('TaskCancelled', { taskId: taskCancelled, reason: 'The school called first', cancelledOn: '2026-11-20' }),
  task(overdueTask, 'task', '2026-12-01'),
  task(appointment, 'appointment', '2027-01-05'),
  placementRequested(ids.placement, [ids.sanne], 'court-order', 'Daan stays home'),
  placementDecided(ids.placement),
  {
    ...placementStarted(ids.placement),
    data: {
      ...placementStarted(ids.placement).data,
      placedChildren: [
        { childId: ids.sanne, conversationDueOn: '2027-03-21', developmentReviewDueOn: '2027-11-21', comesOfAgeOn: '2032-05-12' },
      ],
    },
  },
  event('PlacementPlanRecorded', { placementId: ids.placement, perspectiveDecisionOn: '2027-02-21', justification: 'Three months' }),
  event('PerspectiveDecided', {
    placementId: ids.placement,
    decisionId: id(805),
    childIds: [ids.sanne],
    decidedOn: '2026-12-01',
    perspective: 'return-home',
    where: null,
    views: [],
    justification: 'Home is safe again within Sanne’s time',
  }),
  ...helpPlanEvaluatedTwice,
  aftercareStarted(id(811)),
  aftercareStarted(id(812)),
  event('AftercareEnded', { aftercareId: id(811), endedOn: '2026-12-01', howItWent: 'Stable at home' }),
  contact(id(801), 'conversation', '2026-12-01', '2027-04-01'),
  contact(id(802), 'development-review', '2026-12-02', '2027-12-02'),
  choice('continue', '2026-12-03', '2030-01-10'),
  choice('decline', '2026-12-04', '2027-01-10'),
];

/** After the history: the young person leaves the placement, which ends; the case closes. */
const endedAndClosed: CaseEvent[] = [
  ...history,
  contact(id(803), 'conversation', '2026-12-05', '2027-04-05'),
  event('PlacementEnded', {
    placementId: ids.placement,
    childIds: [ids.sanne],
    endedOn: '2026-12-06',
    reason: 'age-of-majority',
    explanation: 'The young person declined foster care after 18',
  }),
  event('CaseClosed', { reason: 'Help ended', closedOn: '2026-12-07' }),
];

// The projection keeps a row open until an event meets or cancels it; the auditor also says how it stands on the day.
const asStored = ({ status }: DeadlineAsOf) =>
  status === 'met' || status === 'met-late' ? 'met' : status === 'cancelled' ? 'cancelled' : 'open';

const [answeredSignal, unansweredSignal] = [id(821), id(822)];
const newSignal = (signalId: string, receivedAt: string, safetyAssessmentDueOn: string) =>
  event('NewSignalRecorded', {
    signalId,
    receivedAt,
    source: 'school',
    concerns: ['absence from school'],
    childIds: [ids.daan],
    description: 'Daan missed a week of school',
    urgency: 'regular',
    safetyAssessmentDueOn,
  });
const assessed = (assessmentId: string, assessedOn: string, signalId?: string) =>
  event('SafetyAssessed', { assessmentId, outcome: 'unsafe', findings: 'Unsafe at home', assessedOn, ...(signalId ? { signalId } : {}) });

/** Veilig Thuis's case: its investigation concluded, two later signals of which one is answered, the opening one answered late. */
const veiligThuisHistory: CaseEvent[] = [
  signalRegisteredByVeiligThuis,
  event('VeiligThuisInvestigationStarted', { startedOn: '2026-11-04', reason: 'Violence at home', dueOn: '2027-01-13' }),
  newSignal(answeredSignal, '2026-11-16T08:00:00.000Z', '2026-11-23'),
  newSignal(unansweredSignal, '2026-11-30T08:00:00.000Z', '2026-12-07'),
  assessed(id(811), '2026-11-18', answeredSignal),
  assessed(id(812), '2026-11-20'),
  event('VeiligThuisInvestigationConcluded', { conclusion: 'confirmed', findings: 'Violence confirmed', concludedOn: '2026-12-01' }),
];

/** The projection's rows and the auditor's deadlines on `today`, each as `kind:subject` with its stored status. */
function bothViews(caseEvents: readonly CaseEvent[], processEvents: readonly RecordedEvent[] = [], options = {}) {
  const recorded = recordedStream(caseEvents, options);
  const book = new DeadlineBook(new Map<string, DeadlineRow>());
  // The projection reads the global log: case and process events in the order they were recorded.
  const inOrder = [...recorded.map((stored, n) => ({ stored, n })), ...processEvents.map((stored) => ({ stored, n: -1 }))].sort(
    (a, b) => a.stored.recordedAt.getTime() - b.stored.recordedAt.getTime(),
  );
  for (const { stored, n } of inOrder) {
    if (n >= 0) applyCaseEvent(book, ids.case, stored, caseEvents[n]);
    else applyNoSuitablePlacement(book, stored);
  }
  const { deadlines: audited } = replayCase(recorded, { asOf: new Date('2026-12-15T12:00:00Z') }, processEvents);
  const kinds = new Set<string>(audited.map((d) => d.kind));
  const projected = [...book.rows.values()]
    .filter((row) => kinds.has(row.kind))
    .map((row) => ({ id: row.deadline_id, status: row.status }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const replayed = audited.map((d) => ({ id: `${d.kind}:${d.subjectId}`, status: asStored(d) })).sort((a, b) => a.id.localeCompare(b.id));
  return {
    projected,
    replayed,
    kinds: [...kinds].sort(),
    audited,
  };
}

describe("the auditor's deadlines as of a date agree with the deadlines projection", () => {
  it('on one history: every deadline the auditor knows, with the same status', () => {
    const { projected, replayed, kinds, audited } = bothViews(history);
    expect(replayed).toEqual(projected);
    const tasks = audited.filter((d) => d.kind === 'task' || d.kind === 'appointment').map(({ subjectId, status }) => [subjectId, status]);
    expect(tasks).toEqual([
      [taskDone, 'met-late'],
      [taskCancelled, 'cancelled'],
      [overdueTask, 'overdue'],
      [appointment, 'open'],
    ]);
    expect(kinds).toEqual(
      [
        'aftercare-end',
        'appointment',
        'coming-of-age',
        'court-order-expiry',
        'development-review',
        'foster-care-end',
        'foster-child-contact',
        'help-plan-evaluation',
        'machtiging-lapse',
        'parents-hearing',
        'plan-of-action',
        'safety-assessment',
        'task',
        'perspective-decision',
        'written-instruction',
      ].sort(),
    );
  });

  it('once the placement ended and the case closed: the chosen end met, the talks cancelled', () => {
    const { projected, replayed } = bothViews(endedAndClosed);
    expect(replayed).toEqual(projected);
    const statusOf = (id: string) => replayed.find((d) => d.id === id)?.status;
    expect(statusOf(`foster-care-end:${ids.placement}:${ids.sanne}:decline`)).toBe('met');
    expect(statusOf(`foster-care-end:${ids.placement}:${ids.sanne}:continue`)).toBe('cancelled');
    expect(statusOf(`foster-child-contact:${id(803)}`)).toBe('cancelled');
    expect(statusOf(`coming-of-age:${ids.placement}:${ids.sanne}`)).toBe('met');
  });

  it("after no place fitted: the team's decide-by date, read on the placement process's stream, met when matching runs again", () => {
    const [answered, stuck] = [id(801), id(802)];
    const hour = (n: number) => new Date(Date.parse('2026-11-02T08:15:00Z') + n * 3_600_000);
    const caseEvents: CaseEvent[] = [
      signalRegistered,
      ...parentsRecorded,
      otsForSanne,
      placementRequested(answered, [ids.sanne], 'court-order', 'Daan stays home'),
      placementRequested(stuck, [ids.daan], 'court-order', 'Sanne stays home'),
      event('PlacementRematchRequested', {
        placementId: answered,
        needs,
        reason: 'a new foster family registered',
        requestedOn: '2026-11-03',
      }),
    ];
    const noPlace = (placementId: string, teamDecidesBy: string, at: Date) =>
      recordedStream([{ type: 'NoSuitablePlacementFound', data: { placementId, caseId: ids.case, candidatesTried: 2, teamDecidesBy } }], {
        streamId: `placement-${placementId}`,
        times: [at],
      })[0];
    // Both stuck between the second request (hour 5) and the rematch (hour 30); only the first is answered.
    const processEvents = [noPlace(answered, '2026-11-05', hour(6)), noPlace(stuck, '2026-11-06', hour(7))];
    const times = caseEvents.map((_, n) => hour(n === caseEvents.length - 1 ? 30 : n));
    const { projected, replayed, kinds } = bothViews(caseEvents, processEvents, { times });
    expect(kinds).toContain('no-suitable-placement');
    expect(replayed).toEqual(projected);
    expect(replayed.filter((d) => d.id.startsWith('no-suitable-placement'))).toEqual(
      [
        { id: `no-suitable-placement:${answered}`, status: 'met' },
        { id: `no-suitable-placement:${stuck}`, status: 'open' },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it("on Veilig Thuis's case: each signal's own safety assessment and the 10-week investigation", () => {
    const { projected, replayed, audited } = bothViews(veiligThuisHistory);
    expect(replayed).toEqual(projected);
    expect(audited.map(({ kind, subjectId, status }) => ({ kind, subjectId, status }))).toEqual([
      { kind: 'safety-assessment', subjectId: ids.case, status: 'met-late' },
      { kind: 'safety-assessment', subjectId: answeredSignal, status: 'met' },
      { kind: 'safety-assessment', subjectId: unansweredSignal, status: 'overdue' },
      { kind: 'veilig-thuis-investigation', subjectId: ids.case, status: 'met' },
    ]);
  });
});

describe("the deadlines of the family's requests", () => {
  const complaint = (complaintId: string, filedOn: string, handleBy: string) =>
    event('ComplaintFiled', { complaintId, personId: ids.mother, about: 'The talk', text: 'Not heard', filedOn, handleBy });
  const [handledLate, stillOpen, afterClosure, decided, waiting] = [id(901), id(902), id(903), id(904), id(905)];
  const requests: CaseEvent[] = [
    signalRegistered,
    complaint(handledLate, '2026-11-03', '2026-11-10'),
    complaint(stillOpen, '2026-11-04', '2026-12-16'),
    event('ComplaintHandled', { complaintId: handledLate, outcome: 'not-upheld', reason: 'Heard twice', handledOn: '2026-11-12' }),
    event('DestructionRequested', {
      requestId: decided,
      personId: ids.sanne,
      reason: null,
      requestedOn: '2026-11-05',
      decideBy: '2027-02-05',
    }),
    event('DestructionRequestDecided', {
      requestId: decided,
      decision: 'refuse',
      exception: 'legal-duty',
      reason: 'The OTS runs',
      decidedOn: '2026-11-06',
    }),
    event('CaseClosed', { reason: 'Help ended', closedOn: '2026-11-07' }),
    event('DestructionRequested', {
      requestId: waiting,
      personId: ids.sanne,
      reason: null,
      requestedOn: '2026-11-08',
      decideBy: '2027-02-08',
    }),
    complaint(afterClosure, '2026-11-09', '2026-11-30'),
  ];

  it('a complaint to handle and a request to destroy to decide, met by the answer; closing the case leaves them to answer', () => {
    const { projected, replayed, audited } = bothViews(requests);
    expect(replayed).toEqual(projected);
    const family = audited.filter((d) => d.kind === 'complaint-handling' || d.kind === 'destruction-decision');
    expect(family.map(({ kind, subjectId, dueOn, status }) => ({ kind, subjectId, dueOn, status }))).toEqual([
      { kind: 'complaint-handling', subjectId: handledLate, dueOn: '2026-11-10', status: 'met-late' },
      { kind: 'complaint-handling', subjectId: stillOpen, dueOn: '2026-12-16', status: 'open' },
      { kind: 'complaint-handling', subjectId: afterClosure, dueOn: '2026-11-30', status: 'overdue' },
      { kind: 'destruction-decision', subjectId: decided, dueOn: '2027-02-05', status: 'met' },
      { kind: 'destruction-decision', subjectId: waiting, dueOn: '2027-02-08', status: 'open' },
    ]);
    expect(replayed.find((d) => d.id === `safety-assessment:${ids.case}`)?.status).toBe('cancelled');
  });
});

describe("the deadline of the family's request to correct the file (AVG art. 12(3): one month)", () => {
  const [onTime, late, waiting, afterClosure] = [id(911), id(912), id(913), id(914)];
  const requested = (requestId: string, requestedOn: string) =>
    event('CorrectionRequested', {
      requestId,
      personId: ids.mother,
      aboutEventNumber: 1,
      what: 'Wrong date',
      proposed: 'The 3rd',
      requestedOn,
    });
  const decided = (requestId: string, decidedOn: string) =>
    event('CorrectionDecided', {
      requestId,
      aboutEventNumber: 1,
      decision: 'refused',
      reason: 'The date is right',
      correction: null,
      decidedOn,
    });
  const corrections: CaseEvent[] = [
    signalRegistered,
    requested(late, '2026-10-01'),
    requested(onTime, '2026-10-20'),
    requested(waiting, '2026-10-31'),
    decided(onTime, '2026-11-02'),
    decided(late, '2026-11-05'),
    event('CaseClosed', { reason: 'Help ended', closedOn: '2026-11-07' }),
    requested(afterClosure, '2026-11-20'),
  ];

  it('is met by the answer, late after a month, and outlives the case as the other requests do', () => {
    const { projected, replayed, audited } = bothViews(corrections);
    expect(replayed).toEqual(projected);
    const answers = audited.filter((d) => d.kind === 'correction-answer');
    expect(answers.map(({ subjectId, dueOn, status }) => ({ subjectId, dueOn, status }))).toEqual([
      { subjectId: late, dueOn: '2026-11-01', status: 'met-late' },
      { subjectId: onTime, dueOn: '2026-11-20', status: 'met' },
      { subjectId: waiting, dueOn: '2026-11-30', status: 'overdue' },
      { subjectId: afterClosure, dueOn: '2026-12-20', status: 'open' },
    ]);
  });
});

describe("the auditor's deadlines of voluntary help and aftercare", () => {
  it('says which evaluation was late, which the plan’s end cancelled, which is still to come, and which aftercare ran past its planned end', () => {
    const { deadlines } = replayCase(recordedStream(history), { asOf: new Date('2026-12-15T12:00:00Z') });
    const help = deadlines
      .filter((d) => d.kind === 'help-plan-evaluation' || d.kind === 'aftercare-end')
      .map(({ subjectId, dueOn, status }) => ({ subjectId, dueOn, status }));
    expect(help).toEqual([
      { subjectId: id(801), dueOn: '2026-11-01', status: 'met-late' },
      { subjectId: id(803), dueOn: '2026-12-05', status: 'met' },
      { subjectId: id(804), dueOn: '2027-01-05', status: 'cancelled' },
      { subjectId: id(806), dueOn: '2027-02-10', status: 'open' },
      { subjectId: id(811), dueOn: '2026-12-10', status: 'met' },
      { subjectId: id(812), dueOn: '2026-12-10', status: 'overdue' },
    ]);
  });
});
