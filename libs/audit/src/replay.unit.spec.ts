import fc from 'fast-check';
import { evolve, initialState, type CaseEvent, type CaseState } from '@casus/domain';
import { ids } from '../../domain/src/case/testing/fixtures';
import {
  assessedUnsafe,
  childrenPlacedVoluntarily,
  jeugdlinkJoined,
  jeugdlinkRequested,
  machtigingForSanne,
  otsForSanne,
  returnHomePlanDrafted,
  signalRegistered,
} from '../../domain/src/case/testing/story';
import { replayCase } from './replay';
import { recordedStream } from '../test/recorded';

describe('replaying a case as it stood', () => {
  const events = recordedStream(childrenPlacedVoluntarily);

  it('at a revision folds exactly the events up to it', () => {
    const { state, revision } = replayCase(events, { atRevision: 3 });
    expect(revision).toBe(3);
    expect(state).toMatchObject({ status: 'open', phase: 'support', placements: [] });
    expect(state.status !== 'none' && state.familyMembers).toHaveLength(2);
  });

  it('as of a moment shows what the team knew then, with the deadlines as they stood', () => {
    const beforeAssessment = replayCase(events, { asOf: new Date(events[2].recordedAt.getTime() + 1) });
    expect(beforeAssessment.revision).toBe(2);
    expect(beforeAssessment.deadlines).toEqual([{ kind: 'safety-assessment', subjectId: ids.case, dueOn: '2026-11-09', status: 'open' }]);
    const now = replayCase(events, { asOf: new Date('2027-01-15T12:00:00Z') });
    expect(now.revision).toBe(events.length - 1);
    expect(now.deadlines).toEqual([
      { kind: 'safety-assessment', subjectId: ids.case, dueOn: '2026-11-09', status: 'met' },
      { kind: 'plan-of-action', subjectId: ids.placement, dueOn: '2026-12-21', status: 'overdue' },
    ]);
  });

  it('before the signal there is no case', () => {
    expect(replayCase(events, { asOf: new Date('2026-01-01T00:00:00Z') })).toEqual({
      state: { status: 'none' },
      revision: -1,
      asOf: '2026-01-01T00:00:00.000Z',
      deadlines: [],
    });
  });

  it('shows a court order moving into its expiry warning', () => {
    const withOrders = recordedStream([signalRegistered, assessedUnsafe, otsForSanne, machtigingForSanne]);
    const warned = replayCase(withOrders, { asOf: new Date('2027-04-01T09:00:00Z') }).deadlines;
    expect(warned.filter((d) => d.kind === 'court-order-expiry').map((d) => [d.subjectId, d.status])).toEqual([
      [ids.ots, 'open'],
      [ids.machtiging, 'warning'],
    ]);
  });
});

const storyEvents: readonly CaseEvent[] = [
  assessedUnsafe,
  jeugdlinkRequested,
  jeugdlinkJoined,
  otsForSanne,
  machtigingForSanne,
  ...childrenPlacedVoluntarily.slice(1),
  returnHomePlanDrafted,
];

/** A live reader: it folds each event the moment it is recorded and is asked what it shows at t. */
function liveStatesAt(history: readonly { event: CaseEvent; at: number }[]): (t: number) => CaseState {
  const snapshots: { at: number; state: CaseState }[] = [];
  let state = initialState();
  for (const { event, at } of history) {
    state = evolve(state, event);
    snapshots.push({ at, state });
  }
  return (t) => snapshots.filter((s) => s.at <= t).at(-1)?.state ?? initialState();
}

describe('replay as of a moment (property)', () => {
  it('equals the live state at that moment on generated histories', () => {
    const history = fc.record({
      steps: fc.array(fc.constantFrom(...storyEvents), { maxLength: 20 }),
      gaps: fc.array(fc.integer({ min: 1, max: 3 * 86_400_000 }), { minLength: 21, maxLength: 21 }),
      probes: fc.array(fc.integer({ min: -86_400_000, max: 70 * 86_400_000 }), { minLength: 1, maxLength: 5 }),
    });
    fc.assert(
      fc.property(history, ({ steps, gaps, probes }) => {
        const events = [signalRegistered, ...steps];
        const start = Date.parse('2026-11-02T08:15:00Z');
        const times = events.map((_, i) => new Date(start + gaps.slice(0, i + 1).reduce((a, b) => a + b, 0)));
        const recorded = recordedStream(events, { times });
        const live = liveStatesAt(events.map((event, i) => ({ event, at: times[i].getTime() })));
        const moments = [...probes.map((p) => start + p), ...times.map((t) => t.getTime())];
        for (const t of moments) expect(replayCase(recorded, { asOf: new Date(t) }).state).toEqual(live(t));
      }),
      { numRuns: 100 },
    );
  });
});
