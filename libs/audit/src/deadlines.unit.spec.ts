import { dutchDateOf, type CaseEvent } from '@casus/domain';
import { foldCase } from '@casus/streams';
import { applyCaseEvent, DeadlineBook, type DeadlineRow } from '../../projections/src/deadlines/deadline-rules';
import { event, ids } from '../../domain/src/case/testing/fixtures';
import {
  courtOrder,
  otsForSanne,
  parentsRecorded,
  placementDecided,
  placementRequested,
  placementStarted,
  signalRegistered,
} from '../../domain/src/case/testing/story';
import { recordedStream } from '../test/recorded';
import { deadlinesAsOf, type DeadlineAsOf } from './deadlines';

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
const [taskDone, taskCancelled, overdueTask, appointment] = [id(801), id(802), id(803), id(804)];
const followUp = (instructionId: string, outcome: 'complied' | 'voided-by-court') =>
  event('InstructionFollowedUp', { instructionId, outcome, on: '2026-11-25', note: 'Checked at the home visit' });

/** One history with every kind the auditor's deadlines know: a spoedmachtiging followed by the regular one, orders ended early, instructions, tasks. */
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
  placementStarted(ids.placement),
];

// The projection keeps a row open until an event meets or cancels it; the auditor also says how it stands on the day.
const asStored = ({ status }: DeadlineAsOf) =>
  status === 'met' || status === 'met-late' ? 'met' : status === 'cancelled' ? 'cancelled' : 'open';

describe("the auditor's deadlines as of a date agree with the deadlines projection", () => {
  it('on one history: every deadline the auditor knows, with the same status', () => {
    const recorded = recordedStream(history);
    const book = new DeadlineBook(new Map<string, DeadlineRow>());
    recorded.forEach((stored, n) => applyCaseEvent(book, ids.case, stored, history[n]));
    const today = dutchDateOf(new Date('2026-12-15T12:00:00Z'));
    const state = foldCase(recorded);
    if (state.status === 'none') throw new Error('the history opens no case');
    const audited = deadlinesAsOf(state, today);
    const kinds = new Set<string>(audited.map((d) => d.kind));

    const projected = [...book.rows.values()]
      .filter((row) => kinds.has(row.kind))
      .map((row) => ({ id: row.deadline_id, status: row.status }))
      .sort((a, b) => a.id.localeCompare(b.id));
    const replayed = audited.map((d) => ({ id: `${d.kind}:${d.subjectId}`, status: asStored(d) })).sort((a, b) => a.id.localeCompare(b.id));
    expect(replayed).toEqual(projected);
    const tasks = audited.filter((d) => d.kind === 'task' || d.kind === 'appointment').map(({ subjectId, status }) => [subjectId, status]);
    expect(tasks).toEqual([
      [taskDone, 'met-late'],
      [taskCancelled, 'cancelled'],
      [overdueTask, 'overdue'],
      [appointment, 'open'],
    ]);
    expect([...kinds].sort()).toEqual(
      [
        'appointment',
        'court-order-expiry',
        'machtiging-lapse',
        'parents-hearing',
        'plan-of-action',
        'safety-assessment',
        'task',
        'written-instruction',
      ].sort(),
    );
  });
});
