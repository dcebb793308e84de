import { CaseEvent } from './events';
import { HelpGoal } from './help-values';
import { ExistingCase, HelpGoalRecord, HelpPlanRecord } from './state';

/** The steps of voluntary help, the perspective decision and aftercare. */
export type HelpEvent = Extract<
  CaseEvent,
  {
    type:
      | 'HelpPlanAgreed'
      | 'HelpPlanRevised'
      | 'HelpPlanEvaluated'
      | 'HelpPlanEnded'
      | 'PerspectiveDecided'
      | 'AftercareStarted'
      | 'AftercareEnded';
  }
>;

export function evolveHelp(state: ExistingCase, event: HelpEvent): ExistingCase {
  switch (event.type) {
    case 'HelpPlanAgreed': {
      const { goals, ...plan } = event.data;
      const helpPlan: HelpPlanRecord = {
        ...plan,
        goals: goals.map((goal) => ({ ...goal, progress: null })),
        revisions: [],
        evaluations: [],
        nextEvaluationOn: plan.evaluateOn,
        ended: null,
      };
      const earlierHelpPlans = state.helpPlan ? [...state.earlierHelpPlans, state.helpPlan] : state.earlierHelpPlans;
      return { ...state, helpPlan, earlierHelpPlans };
    }
    case 'HelpPlanRevised': {
      const { helpPlanId: _plan, revisedOn, reason, agreedWith, goals, services } = event.data;
      return withHelpPlan(state, (plan) => ({
        agreedWith,
        services,
        goals: keepingProgress(goals, plan.goals),
        revisions: [...plan.revisions, { revisedOn, reason }],
      }));
    }
    case 'HelpPlanEvaluated': {
      const { helpPlanId: _plan, ...evaluation } = event.data;
      const { evaluatedOn } = evaluation;
      return withHelpPlan(state, (plan) => ({
        goals: plan.goals.map((goal) => {
          const found = evaluation.goals.find((g) => g.goalId === goal.goalId);
          return found ? { ...goal, progress: { progress: found.progress, note: found.note, evaluatedOn } } : goal;
        }),
        evaluations: [...plan.evaluations, evaluation],
        nextEvaluationOn: evaluation.nextEvaluationOn,
      }));
    }
    case 'HelpPlanEnded': {
      const { endedOn, reason } = event.data;
      return withHelpPlan(state, () => ({ ended: { endedOn, reason } }));
    }
    case 'PerspectiveDecided':
      return { ...state, perspectiveDecisions: [...state.perspectiveDecisions, event.data] };
    case 'AftercareStarted':
      return { ...state, aftercare: [...state.aftercare, { ...event.data, ended: null }] };
    case 'AftercareEnded': {
      const { aftercareId, ...ended } = event.data;
      return { ...state, aftercare: state.aftercare.map((a) => (a.aftercareId === aftercareId ? { ...a, ended } : a)) };
    }
  }
}

/** A goal kept in a revision keeps the progress found so far. */
const keepingProgress = (goals: readonly HelpGoal[], before: readonly HelpGoalRecord[]): HelpGoalRecord[] =>
  goals.map((goal) => ({ ...goal, progress: before.find((b) => b.goalId === goal.goalId)?.progress ?? null }));

function withHelpPlan(state: ExistingCase, update: (plan: HelpPlanRecord) => Partial<HelpPlanRecord>): ExistingCase {
  return state.helpPlan ? { ...state, helpPlan: { ...state.helpPlan, ...update(state.helpPlan) } } : state;
}
