import { command, ids } from '../testing/fixtures';
import { ExistingCase } from '../state';
import { given, stateAfter } from '../testing/given-when-then';
import { childrenPlacedVoluntarily, placementDecided, placementRequested, signalRegistered } from '../testing/story';

const plan = (perspectiveDecisionOn = '2027-05-21', justification = 'Daan is 7; parents in treatment until spring') =>
  command('RecordPlacementPlan', { placementId: ids.placement, perspectiveDecisionOn, justification });
const end = (overrides: Partial<Parameters<typeof command<'EndPlacement'>>[1]> = {}) =>
  command('EndPlacement', {
    placementId: ids.placement,
    endedOn: '2026-11-23',
    reason: 'breakdown',
    explanation: 'Grandmother fell ill',
    ...overrides,
  });

describe('the plan of action', () => {
  it('sets the perspective-decision date with its justification for this child', () => {
    const { caseId: _, ...data } = plan().data;
    given(childrenPlacedVoluntarily)
      .when(plan())
      .then([{ type: 'PlacementPlanRecorded', data }]);
  });

  it('does not enforce the deleted fixed "aanvaardbare termijn": a date two years out is accepted', () => {
    given(childrenPlacedVoluntarily)
      .when(plan('2028-11-21'))
      .thenEmits([{ type: 'PlacementPlanRecorded', data: { perspectiveDecisionOn: '2028-11-21' } }]);
  });

  it('needs a justification', () => {
    given(childrenPlacedVoluntarily).when(plan('2027-05-21', '')).thenThrows('INPUT.MISSING');
  });

  it('is refused for a placement that has not started', () => {
    const decided = [signalRegistered, placementRequested(ids.placement, [ids.sanne], 'voluntary'), placementDecided(ids.placement)];
    given(decided).when(plan()).thenThrows('PLACEMENT.NOT_ACTIVE');
  });

  it('is refused with a perspective-decision date before the start', () => {
    given(childrenPlacedVoluntarily).when(plan('2026-11-01')).thenThrows('PLACEMENT.DATE_BEFORE_START');
  });
});

describe('ending a placement', () => {
  it('ends an active placement with a reason', () => {
    given(childrenPlacedVoluntarily)
      .when(end())
      .then([
        {
          type: 'PlacementEnded',
          data: {
            placementId: ids.placement,
            childIds: [ids.sanne, ids.daan],
            endedOn: '2026-11-23',
            reason: 'breakdown',
            explanation: 'Grandmother fell ill',
          },
        },
      ]);
  });

  it('cannot end a placement that is not active', () => {
    const ended = [
      ...childrenPlacedVoluntarily,
      ...given(childrenPlacedVoluntarily)
        .when(end())
        .thenEmits([{ type: 'PlacementEnded' }]),
    ];
    given(ended).when(end()).thenThrows('PLACEMENT.NOT_ACTIVE');
  });

  it('records a return home only through the joint return decision', () => {
    given(childrenPlacedVoluntarily)
      .when(end({ reason: 'return-home' }))
      .thenThrows('PLACEMENT.RETURN_HOME_NEEDS_DECISION');
  });

  it('refuses an end date before the start', () => {
    given(childrenPlacedVoluntarily)
      .when(end({ endedOn: '2026-11-20' }))
      .thenThrows('PLACEMENT.DATE_BEFORE_START');
  });
});

describe('one sibling leaves a group placement', () => {
  const daanLeaves = end({ childIds: [ids.daan], reason: 'transfer', explanation: 'Daan needs a gezinshuis with more structure' });

  it('records that the child left while the others stay placed', () => {
    given(childrenPlacedVoluntarily)
      .when(daanLeaves)
      .then([
        {
          type: 'ChildLeftPlacement',
          data: {
            placementId: ids.placement,
            childIds: [ids.daan],
            leftOn: '2026-11-23',
            reason: 'transfer',
            explanation: 'Daan needs a gezinshuis with more structure',
          },
        },
      ]);
  });

  it('leaves the placement active for the others, and the child free for a placement of his own', () => {
    const left = [
      ...childrenPlacedVoluntarily,
      ...given(childrenPlacedVoluntarily)
        .when(daanLeaves)
        .thenEmits([{ type: 'ChildLeftPlacement' }]),
    ];
    const placement = (stateAfter(left) as ExistingCase).placements[0];
    expect(placement).toMatchObject({ status: 'active', childIds: [ids.sanne] });
    expect(placement.departures).toEqual([
      { childIds: [ids.daan], on: '2026-11-23', reason: 'transfer', explanation: 'Daan needs a gezinshuis with more structure' },
    ]);
    given(left)
      .when(end({ childIds: [ids.daan] }))
      .thenThrows('PLACEMENT.CHILD_NOT_IN_PLACEMENT');
    given(left)
      .when(end())
      .thenEmits([{ type: 'PlacementEnded', data: { childIds: [ids.sanne] } }]);
  });

  it('ends the whole placement when every child leaves, and never through a return home', () => {
    given(childrenPlacedVoluntarily)
      .when(end({ childIds: [ids.daan, ids.sanne] }))
      .thenEmits([{ type: 'PlacementEnded', data: { childIds: [ids.sanne, ids.daan] } }]);
    given(childrenPlacedVoluntarily)
      .when(end({ childIds: [ids.daan], reason: 'return-home' }))
      .thenThrows('PLACEMENT.RETURN_HOME_NEEDS_DECISION');
    given(childrenPlacedVoluntarily)
      .when(end({ childIds: [ids.mother] }))
      .thenThrows('PLACEMENT.CHILD_NOT_IN_PLACEMENT');
  });
});
