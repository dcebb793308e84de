import { HelpGoal, HelpService } from '../help-values';
import { actors, command, event, ids, uuid } from '../testing/fixtures';
import { given, stateAfter } from '../testing/given-when-then';
import { otsForSanne, parentsRecorded, signalRegistered } from '../testing/story';

const helpPlanId = uuid(800);
const [school, calm] = [uuid(801), uuid(802)];
const goals: HelpGoal[] = [
  { goalId: school, description: 'Sanne goes to school every day', childIds: [ids.sanne] },
  { goalId: calm, description: 'No shouting at home in front of the children', childIds: [ids.sanne, ids.daan] },
];
const parenting: HelpService = {
  serviceId: uuid(811),
  kind: 'parenting-support',
  provider: 'Wijkteam Ede-Noord',
  description: 'Weekly parenting course',
};
const therapy: HelpService = {
  serviceId: uuid(812),
  kind: 'ambulatory-youth-care',
  provider: 'Karakter',
  description: 'Trauma therapy for Sanne',
  beschikking: { reference: 'JH-2026-0412', decidedOn: '2026-11-20', validUntil: '2027-11-19' },
};

const agree = (extra: object = {}, by = actors.caseTeam) =>
  command(
    'AgreeHelpPlan',
    {
      helpPlanId,
      agreedOn: '2026-11-23',
      agreedWith: [ids.mother],
      goals,
      services: [parenting, therapy],
      evaluateOn: '2027-02-23',
      ...extra,
    },
    by,
  );
const agreed = event('HelpPlanAgreed', {
  helpPlanId,
  agreedOn: '2026-11-20',
  agreedWith: [ids.mother],
  goals,
  services: [parenting],
  evaluateOn: '2027-02-20',
});
const evaluate = (extra: object = {}, by = actors.caseTeam) =>
  command(
    'EvaluateHelpPlan',
    {
      helpPlanId,
      evaluationId: uuid(820),
      evaluatedOn: '2026-11-23',
      goals: [
        { goalId: school, progress: 'progressing', note: 'Two days absent this month, was ten' },
        { goalId: calm, progress: 'no-progress', note: 'The neighbours called the police once' },
      ],
      nextEvaluationOn: '2027-01-23',
      ...extra,
    },
    by,
  );
const family = [signalRegistered, ...parentsRecorded];

describe('voluntary help: the family’s help plan (vrijwillig kader)', () => {
  it('is agreed with the family: goals for the children, the help arranged, and the first evaluation', () => {
    given(family)
      .when(agree())
      .thenEmits([{ type: 'HelpPlanAgreed', data: { helpPlanId, goals, services: [parenting, therapy], evaluateOn: '2027-02-23' } }]);
  });

  it('arranges an individual provision only on the gemeente’s beschikking or a doctor’s referral; free help needs neither', () => {
    const { beschikking: _, ...unauthorised } = therapy;
    const refusal = given(family)
      .when(agree({ services: [unauthorised] }))
      .thenThrows('HELP_PLAN.BESCHIKKING_MISSING');
    expect(refusal.message).toContain('ambulatory-youth-care');
    given(family)
      .when(agree({ services: [{ ...unauthorised, referredBy: 'huisarts' }] }))
      .thenEmits([{ type: 'HelpPlanAgreed' }]);
    given(family)
      .when(agree({ services: [parenting] }))
      .thenEmits([{ type: 'HelpPlanAgreed' }]);
    given(family)
      .when(agree({ services: [{ ...therapy, beschikking: { reference: 'JH-1', decidedOn: '2026-11-24' } }] }))
      .thenThrows('INPUT.INVALID_DATE');
  });

  it('is agreed with recorded family members, for children of the case, each goal and service once', () => {
    given(family)
      .when(agree({ agreedWith: [] }))
      .thenThrows('HELP_PLAN.NOT_AGREED_WITH_FAMILY');
    given(family)
      .when(agree({ agreedWith: [uuid(999)] }))
      .thenThrows('CASE.UNKNOWN_FAMILY_MEMBER');
    given(family)
      .when(agree({ goals: [] }))
      .thenThrows('INPUT.MISSING');
    given(family)
      .when(agree({ goals: [{ ...goals[0], childIds: [uuid(998)] }] }))
      .thenThrows('CASE.UNKNOWN_CHILD');
    given(family)
      .when(agree({ goals: [goals[0], { ...goals[1], goalId: school }] }))
      .thenThrows('HELP_PLAN.DUPLICATE_GOAL');
    given(family)
      .when(agree({ services: [parenting, parenting] }))
      .thenThrows('HELP_PLAN.DUPLICATE_SERVICE');
    given(family)
      .when(agree({ evaluateOn: '2026-11-23' }))
      .thenThrows('HELP_PLAN.EVALUATION_NOT_AHEAD');
  });

  it('is one plan per family: a second is refused, a revision keeps the history', () => {
    given([...family, agreed])
      .when(agree({ helpPlanId: uuid(809) }))
      .thenThrows('HELP_PLAN.ALREADY_AGREED');
    const revise = command('ReviseHelpPlan', {
      helpPlanId,
      revisedOn: '2026-11-23',
      agreedWith: [ids.mother, ids.father],
      goals: [goals[0]],
      services: [parenting, therapy],
      reason: 'Father joins the plan; therapy for Sanne arranged',
    });
    const [revised] = given([...family, agreed])
      .when(revise)
      .thenEmits([{ type: 'HelpPlanRevised', data: { goals: [goals[0]], reason: 'Father joins the plan; therapy for Sanne arranged' } }]);
    const state = stateAfter([...family, agreed, revised]);
    expect(state.status === 'open' && state.helpPlan).toMatchObject({
      agreedOn: '2026-11-20',
      agreedWith: [ids.mother, ids.father],
      goals: [{ goalId: school, progress: null }],
      revisions: [{ revisedOn: '2026-11-23', reason: 'Father joins the plan; therapy for Sanne arranged' }],
    });
    given(family).when(revise).thenThrows('HELP_PLAN.NOT_FOUND');
    given([...family, agreed])
      .when(command('ReviseHelpPlan', { ...revise.data, revisedOn: '2026-11-19' }))
      .thenThrows('HELP_PLAN.DATE_BEFORE_PLAN');
    given([...family, agreed])
      .when(command('ReviseHelpPlan', { ...revise.data, reason: ' ' }))
      .thenThrows('INPUT.MISSING');
  });

  it('is evaluated on every goal, and the case shows the progress with the next evaluation', () => {
    const [evaluated] = given([...family, agreed])
      .when(evaluate())
      .thenEmits([{ type: 'HelpPlanEvaluated', data: { evaluationId: uuid(820), nextEvaluationOn: '2027-01-23' } }]);
    const state = stateAfter([...family, agreed, evaluated]);
    expect(state.status === 'open' && state.helpPlan).toMatchObject({
      nextEvaluationOn: '2027-01-23',
      goals: [
        { goalId: school, progress: { progress: 'progressing', evaluatedOn: '2026-11-23' } },
        { goalId: calm, progress: { progress: 'no-progress' } },
      ],
    });
    given([...family, agreed, evaluated])
      .when(evaluate())
      .thenThrows('HELP_PLAN.ALREADY_EVALUATED');
  });

  it('refuses an evaluation that leaves a goal out, names one not in the plan, or sets no next date ahead', () => {
    const [first, second] = evaluate().data.goals;
    const refusal = given([...family, agreed])
      .when(evaluate({ goals: [first] }))
      .thenThrows('HELP_PLAN.GOAL_NOT_EVALUATED');
    expect(refusal.message).toContain(calm);
    given([...family, agreed])
      .when(evaluate({ goals: [first, second, first] }))
      .thenThrows('HELP_PLAN.GOAL_NOT_EVALUATED');
    given([...family, agreed])
      .when(evaluate({ goals: [first, second, { ...first, goalId: uuid(997) }] }))
      .thenThrows('HELP_PLAN.UNKNOWN_GOAL');
    given([...family, agreed])
      .when(evaluate({ nextEvaluationOn: '2026-11-23' }))
      .thenThrows('HELP_PLAN.EVALUATION_NOT_AHEAD');
    given([...family, agreed])
      .when(evaluate({ evaluatedOn: '2026-11-24' }))
      .thenThrows('INPUT.DATE_IN_FUTURE');
  });

  it('ends with its reason: no evaluation or revision after it, and a new plan may follow', () => {
    const end = command('EndHelpPlan', { helpPlanId, endedOn: '2026-11-23', reason: 'Every goal reached; the family manages' });
    const [ended] = given([...family, agreed])
      .when(end)
      .thenEmits([{ type: 'HelpPlanEnded', data: { helpPlanId, reason: 'Every goal reached; the family manages' } }]);
    given([...family, agreed, ended])
      .when(evaluate())
      .thenThrows('HELP_PLAN.ENDED');
    given([...family, agreed, ended])
      .when(end)
      .thenThrows('HELP_PLAN.ENDED');
    given([...family, agreed])
      .when(command('EndHelpPlan', { ...end.data, reason: '' }))
      .thenThrows('INPUT.MISSING');
    given([...family, agreed])
      .when(command('EndHelpPlan', { ...end.data, endedOn: '2026-11-19' }))
      .thenThrows('HELP_PLAN.DATE_BEFORE_PLAN');
    given([...family, agreed, ended])
      .when(agree())
      .thenThrows('HELP_PLAN.ALREADY_AGREED');
    const [next] = given([...family, agreed, ended])
      .when(agree({ helpPlanId: uuid(809) }))
      .thenEmits([{ type: 'HelpPlanAgreed', data: { helpPlanId: uuid(809) } }]);
    const state = stateAfter([...family, agreed, ended, next]);
    expect(state.status === 'open' && [state.helpPlan?.helpPlanId, state.earlierHelpPlans.map((p) => [p.helpPlanId, p.ended])]).toEqual([
      uuid(809),
      [[helpPlanId, { endedOn: '2026-11-23', reason: 'Every goal reached; the family manages' }]],
    ]);
  });

  it('is the family’s part of the case: not the GI’s, never an auditor’s, provider’s or family member’s', () => {
    given([...family, otsForSanne])
      .when(agree({}, actors.gi))
      .thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
    given([...family, agreed])
      .when(evaluate({}, actors.auditor))
      .thenThrows('ACCESS.READ_ONLY_ROLE');
    // Neither reads this case: one answer for "no such case" and "not yours".
    for (const outsider of [actors.provider, actors.family]) {
      given([...family, agreed])
        .when(evaluate({}, outsider))
        .thenThrows('CASE.NOT_FOUND');
    }
    given(family).when(agree({}, actors.otherWijkteam)).thenThrows('CASE.NOT_FOUND');
  });
});
