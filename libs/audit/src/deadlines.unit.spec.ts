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
const contact = (contactId: string, kind: 'conversation' | 'development-review', heldOn: string, nextDueOn: string) =>
  event('FosterChildContactRecorded', { placementId: ids.placement, childId: ids.sanne, contactId, kind, heldOn, nextDueOn });
const choice = (choice: 'continue' | 'decline', chosenOn: string, placementEndsOn: string) =>
  event('FosterCareChoiceRecorded', { placementId: ids.placement, childId: ids.sanne, choice, chosenOn, placementEndsOn });
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
  {
    ...placementStarted(ids.placement),
    data: {
      ...placementStarted(ids.placement).data,
      placedChildren: [
        { childId: ids.sanne, conversationDueOn: '2027-03-21', developmentReviewDueOn: '2027-11-21', comesOfAgeOn: '2032-05-12' },
      ],
    },
  },
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

/** The projection's rows and the auditor's deadlines on the day, for the kinds the auditor knows, by id. */
function bothOf(events: CaseEvent[]) {
  const recorded = recordedStream(events);
  const book = new DeadlineBook(new Map<string, DeadlineRow>());
  recorded.forEach((stored, n) => applyCaseEvent(book, ids.case, stored, events[n]));
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
  return { projected, replayed, kinds: [...kinds].sort() };
}

describe("the auditor's deadlines as of a date agree with the deadlines projection", () => {
  it('on one history: every deadline the auditor knows, with the same status', () => {
    const { projected, replayed, kinds } = bothOf(history);
    expect(replayed).toEqual(projected);
    expect(kinds).toEqual(
      [
        'coming-of-age',
        'court-order-expiry',
        'development-review',
        'foster-care-end',
        'foster-child-contact',
        'machtiging-lapse',
        'parents-hearing',
        'plan-of-action',
        'safety-assessment',
        'written-instruction',
      ].sort(),
    );
  });

  it('once the placement ended and the case closed: the chosen end met, the talks cancelled', () => {
    const { projected, replayed } = bothOf(endedAndClosed);
    expect(replayed).toEqual(projected);
    const statusOf = (id: string) => replayed.find((d) => d.id === id)?.status;
    expect(statusOf(`foster-care-end:${ids.placement}:${ids.sanne}:decline`)).toBe('met');
    expect(statusOf(`foster-care-end:${ids.placement}:${ids.sanne}:continue`)).toBe('cancelled');
    expect(statusOf(`foster-child-contact:${id(803)}`)).toBe('cancelled');
    expect(statusOf(`coming-of-age:${ids.placement}:${ids.sanne}`)).toBe('met');
  });
});
