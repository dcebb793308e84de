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
  signalRegisteredByVeiligThuis,
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
const followUp = (instructionId: string, outcome: 'complied' | 'voided-by-court') =>
  event('InstructionFollowedUp', { instructionId, outcome, on: '2026-11-25', note: 'Checked at the home visit' });

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
  placementRequested(ids.placement, [ids.sanne], 'court-order', 'Daan stays home'),
  placementDecided(ids.placement),
  placementStarted(ids.placement),
];

// The projection keeps a row open until an event meets or cancels it; the auditor also says how it stands on the day.
const asStored = ({ status }: DeadlineAsOf) =>
  status === 'met' || status === 'met-late' ? 'met' : status === 'cancelled' ? 'cancelled' : 'open';

const [answered, unanswered] = [id(801), id(802)];
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
  newSignal(answered, '2026-11-16T08:00:00.000Z', '2026-11-23'),
  newSignal(unanswered, '2026-11-30T08:00:00.000Z', '2026-12-07'),
  assessed(id(811), '2026-11-18', answered),
  assessed(id(812), '2026-11-20'),
  event('VeiligThuisInvestigationConcluded', { conclusion: 'confirmed', findings: 'Violence confirmed', concludedOn: '2026-12-01' }),
];

describe("the auditor's deadlines as of a date agree with the deadlines projection", () => {
  function compare(history: CaseEvent[]) {
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
    return { kinds, audited };
  }

  it('on one history: every deadline the auditor knows, with the same status', () => {
    const { kinds } = compare(history);
    expect([...kinds].sort()).toEqual(
      ['court-order-expiry', 'machtiging-lapse', 'parents-hearing', 'plan-of-action', 'safety-assessment', 'written-instruction'].sort(),
    );
  });

  it("on Veilig Thuis's case: each signal's own safety assessment and the 10-week investigation", () => {
    const { audited } = compare(veiligThuisHistory);
    expect(audited.map(({ kind, subjectId, status }) => ({ kind, subjectId, status }))).toEqual([
      { kind: 'safety-assessment', subjectId: ids.case, status: 'met-late' },
      { kind: 'safety-assessment', subjectId: answered, status: 'met' },
      { kind: 'safety-assessment', subjectId: unanswered, status: 'overdue' },
      { kind: 'veilig-thuis-investigation', subjectId: ids.case, status: 'met' },
    ]);
  });
});
