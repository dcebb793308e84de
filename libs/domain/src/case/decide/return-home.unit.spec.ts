import { command, ids } from '../testing/fixtures';
import { given } from '../testing/given-when-then';
import { childrenPlacedVoluntarily, conditionMet, returnHomePlanDrafted } from '../testing/story';

const draft = (conditions = returnHomePlanDrafted.data.conditions) =>
  command('DraftReturnHomePlan', {
    placementId: ids.placement,
    conditions,
    support: returnHomePlanDrafted.data.support,
    targetOn: '2027-03-01',
  });
const assess = (conditionId: string = ids.condition) =>
  command('AssessReturnCondition', {
    placementId: ids.placement,
    conditionId,
    met: true,
    evidence: 'Police and school report no incidents',
    assessedOn: '2026-11-22',
  });
const returnHome = command('RecordReturnHome', {
  placementId: ids.placement,
  returnedOn: '2026-11-23',
  aftercare: 'Wijkteam visits weekly for 3 months',
});

const returnDecided = {
  type: 'ReturnDecisionRecorded',
  data: {
    placementId: ids.placement,
    decisionId: ids.decision,
    decidedOn: '2026-11-22',
    outcome: { kind: 'return-home' },
    views: [],
    rationale: 'All conditions met',
    conditionsOverrideReason: null,
  },
} as const;

describe('the return-home plan', () => {
  it('names the conditions, who is responsible, the support and a target date', () => {
    given(childrenPlacedVoluntarily).when(draft()).then([returnHomePlanDrafted]);
  });

  it('needs at least one condition', () => {
    given(childrenPlacedVoluntarily).when(draft([])).thenThrows('RETURN_PLAN.NO_CONDITIONS');
  });

  it('names who is responsible for each condition', () => {
    given(childrenPlacedVoluntarily)
      .when(draft([{ conditionId: ids.condition, description: 'No violence', responsible: '' }]))
      .thenThrows('INPUT.MISSING');
  });

  it('refuses a condition listed twice', () => {
    const condition = returnHomePlanDrafted.data.conditions[0];
    given(childrenPlacedVoluntarily)
      .when(draft([condition, condition]))
      .thenThrows('RETURN_PLAN.DUPLICATE_CONDITION');
  });

  it('assesses a condition as met, with evidence', () => {
    given([...childrenPlacedVoluntarily, returnHomePlanDrafted])
      .when(assess())
      .then([conditionMet(ids.condition)]);
  });

  it('refuses to assess a condition before a plan is drafted', () => {
    given(childrenPlacedVoluntarily).when(assess()).thenThrows('RETURN_PLAN.NOT_DRAFTED');
  });

  it('refuses to assess a condition that is not in the plan', () => {
    given([...childrenPlacedVoluntarily, returnHomePlanDrafted])
      .when(assess(ids.decision))
      .thenThrows('RETURN_PLAN.UNKNOWN_CONDITION');
  });
});

describe('the child returns home', () => {
  it('after the joint decision to return home, which ends the placement', () => {
    given([...childrenPlacedVoluntarily, returnDecided])
      .when(returnHome)
      .then([
        {
          type: 'ChildReturnedHome',
          data: {
            placementId: ids.placement,
            childIds: [ids.sanne, ids.daan],
            returnedOn: '2026-11-23',
            aftercare: 'Wijkteam visits weekly for 3 months',
          },
        },
        {
          type: 'PlacementEnded',
          data: {
            placementId: ids.placement,
            childIds: [ids.sanne, ids.daan],
            endedOn: '2026-11-23',
            reason: 'return-home',
            explanation: `joint return decision ${ids.decision}`,
          },
        },
      ]);
  });

  it('not without a joint decision to return home', () => {
    given(childrenPlacedVoluntarily).when(returnHome).thenThrows('PLACEMENT.RETURN_HOME_NEEDS_DECISION');
    const notYet = { ...returnDecided, data: { ...returnDecided.data, outcome: { kind: 'not-yet', reviewOn: '2027-02-01' } } } as const;
    given([...childrenPlacedVoluntarily, returnDecided, notYet])
      .when(returnHome)
      .thenThrows('PLACEMENT.RETURN_HOME_NEEDS_DECISION');
  });
});
