import { IsoDate } from '../../shared/iso-date';
import { AgreeHelpPlan, EndHelpPlan, EvaluateHelpPlan, ReviseHelpPlan } from '../commands';
import { refuse } from '../errors';
import { HelpPlanAgreed, HelpPlanEnded, HelpPlanEvaluated, HelpPlanRevised } from '../events';
import { HELP_SERVICE_ACCESS, HelpGoal, HelpService } from '../help-values';
import { ExistingCase, HelpPlanRecord } from '../state';
import {
  Moment,
  requireChildrenOfCase,
  requireDate,
  requireFamilyMember,
  requireNonEmpty,
  requireNotAfterToday,
  requireText,
} from './guards';

/** One family, one plan ("één gezin, één plan"): agreed, revised and evaluated until it ends; then a new one may follow. */
export function agreeHelpPlan({ data }: AgreeHelpPlan, state: ExistingCase, moment: Moment): [HelpPlanAgreed] {
  requireNoRunningHelpPlan(state);
  if ([state.helpPlan, ...state.earlierHelpPlans].some((plan) => plan?.helpPlanId === data.helpPlanId)) {
    refuse('HELP_PLAN.ALREADY_AGREED', `help plan ${data.helpPlanId} is already on record`);
  }
  requireNotAfterToday(data.agreedOn, 'the date the plan was agreed', moment);
  if (state.helpPlan?.ended) requireOnOrAfter(data.agreedOn, state.helpPlan.ended.endedOn, 'the new plan');
  requirePlanContent(state, data, data.agreedOn);
  requireAhead(data.evaluateOn, data.agreedOn, 'the first evaluation');
  const { helpPlanId, agreedOn, agreedWith, goals, services, evaluateOn } = data;
  return [{ type: 'HelpPlanAgreed', data: { helpPlanId, agreedOn, agreedWith, goals, services, evaluateOn } }];
}

export function reviseHelpPlan({ data }: ReviseHelpPlan, state: ExistingCase, moment: Moment): [HelpPlanRevised] {
  const plan = requireHelpPlan(state, data.helpPlanId);
  requireNotAfterToday(data.revisedOn, 'the date of the revision', moment);
  requireOnOrAfter(data.revisedOn, lastChangeOf(plan), 'the revision');
  requirePlanContent(state, data, data.revisedOn);
  requireText(data.reason, 'the reason for the revision');
  const { helpPlanId, revisedOn, agreedWith, goals, services, reason } = data;
  return [{ type: 'HelpPlanRevised', data: { helpPlanId, revisedOn, agreedWith, goals, services, reason } }];
}

/** Every goal of the plan as it stands gets its progress; the evaluation sets the next one. */
export function evaluateHelpPlan({ data }: EvaluateHelpPlan, state: ExistingCase, moment: Moment): [HelpPlanEvaluated] {
  const plan = requireHelpPlan(state, data.helpPlanId);
  if (plan.evaluations.some((e) => e.evaluationId === data.evaluationId)) {
    refuse('HELP_PLAN.ALREADY_EVALUATED', `evaluation ${data.evaluationId} of the help plan is already on record`);
  }
  requireNotAfterToday(data.evaluatedOn, 'the evaluation date', moment);
  requireOnOrAfter(data.evaluatedOn, lastChangeOf(plan), 'the evaluation');
  const unknown = data.goals.filter((g) => !plan.goals.some((goal) => goal.goalId === g.goalId)).map((g) => g.goalId);
  if (unknown.length > 0) refuse('HELP_PLAN.UNKNOWN_GOAL', `not a goal of the help plan as it stands: ${unknown.join(', ')}`);
  const missing = plan.goals.filter((goal) => data.goals.filter((g) => g.goalId === goal.goalId).length !== 1);
  if (missing.length > 0) {
    const goals = missing.map((goal) => `"${goal.description}" (${goal.goalId})`).join(', ');
    refuse('HELP_PLAN.GOAL_NOT_EVALUATED', `an evaluation records the progress on each goal once; not so for ${goals}`);
  }
  data.goals.forEach((g) => requireText(g.note, `what was found on goal ${g.goalId}`));
  requireAhead(data.nextEvaluationOn, data.evaluatedOn, 'the next evaluation');
  const { helpPlanId, evaluationId, evaluatedOn, goals, nextEvaluationOn } = data;
  return [{ type: 'HelpPlanEvaluated', data: { helpPlanId, evaluationId, evaluatedOn, goals, nextEvaluationOn } }];
}

export function endHelpPlan({ data }: EndHelpPlan, state: ExistingCase, moment: Moment): [HelpPlanEnded] {
  const plan = requireHelpPlan(state, data.helpPlanId);
  requireNotAfterToday(data.endedOn, 'the end of the plan', moment);
  requireOnOrAfter(data.endedOn, lastChangeOf(plan), 'the end');
  requireText(data.reason, 'why the plan ends');
  const { helpPlanId, endedOn, reason } = data;
  return [{ type: 'HelpPlanEnded', data: { helpPlanId, endedOn, reason } }];
}

export function requireNoRunningHelpPlan(state: ExistingCase): void {
  const running = state.helpPlan?.ended === null ? state.helpPlan : null;
  if (running) refuse('HELP_PLAN.ALREADY_AGREED', `the family's help plan ${running.helpPlanId} runs: revise it instead`);
}

/** The plan running now: an ended plan is neither revised nor evaluated again. */
export function requireHelpPlan(state: ExistingCase, helpPlanId: string): HelpPlanRecord {
  if (state.helpPlan?.helpPlanId !== helpPlanId) refuse('HELP_PLAN.NOT_FOUND', `no running help plan ${helpPlanId} on this case`);
  if (state.helpPlan.ended) refuse('HELP_PLAN.ENDED', `help plan ${helpPlanId} ended on ${state.helpPlan.ended.endedOn}`);
  return state.helpPlan;
}

const lastChangeOf = (plan: HelpPlanRecord): IsoDate =>
  [plan.agreedOn, ...plan.revisions.map((r) => r.revisedOn), ...plan.evaluations.map((e) => e.evaluatedOn)].sort().at(-1)!;

type PlanContent = Readonly<{ agreedWith: readonly string[]; goals: readonly HelpGoal[]; services: readonly HelpService[] }>;

// Voluntary help rests on the family's agreement; the help it arranges on the gemeente's decision where one is needed.
function requirePlanContent(state: ExistingCase, { agreedWith, goals, services }: PlanContent, on: IsoDate): void {
  if (agreedWith.length === 0) refuse('HELP_PLAN.NOT_AGREED_WITH_FAMILY', 'a help plan is agreed with the family: name who agreed');
  agreedWith.forEach((id) => requireFamilyMember(state, id));
  requireNonEmpty(goals, 'the goals of the help plan');
  goals.forEach((goal, i) => {
    requireText(goal.description, `goal ${i + 1}`);
    requireChildrenOfCase(state, requireNonEmpty(goal.childIds, `the children goal ${i + 1} is for`));
  });
  requireUnique(
    goals.map((g) => g.goalId),
    'HELP_PLAN.DUPLICATE_GOAL',
    'goal',
  );
  requireUnique(
    services.map((s) => s.serviceId),
    'HELP_PLAN.DUPLICATE_SERVICE',
    'service',
  );
  services.forEach((service) => requireGrounds(service, on));
}

function requireGrounds(service: HelpService, on: IsoDate): void {
  requireText(service.provider, `the provider of service ${service.serviceId}`);
  requireText(service.description, `what service ${service.serviceId} is`);
  const { beschikking } = service;
  if (beschikking) {
    requireText(beschikking.reference, `the reference of the beschikking for service ${service.serviceId}`);
    if (requireDate(beschikking.decidedOn, 'the date of the beschikking') > on) {
      refuse(
        'INPUT.INVALID_DATE',
        `the beschikking for service ${service.serviceId} (${beschikking.decidedOn}) lies after the plan (${on})`,
      );
    }
    if (beschikking.validUntil !== undefined && requireDate(beschikking.validUntil, 'the end of the beschikking') < beschikking.decidedOn) {
      refuse('INPUT.INVALID_DATE', `the beschikking for service ${service.serviceId} ends (${beschikking.validUntil}) before it was given`);
    }
  }
  if (HELP_SERVICE_ACCESS[service.kind] === 'individual' && !beschikking && !service.referredBy) {
    refuse(
      'HELP_PLAN.BESCHIKKING_MISSING',
      `${service.kind} is an individual provision: record the gemeente's beschikking for service ${service.serviceId}, or the doctor who referred`,
    );
  }
}

function requireUnique(ids: readonly string[], code: 'HELP_PLAN.DUPLICATE_GOAL' | 'HELP_PLAN.DUPLICATE_SERVICE', what: string): void {
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) refuse(code, `${what} ${duplicate} appears twice in the plan`);
}

function requireAhead(date: IsoDate, after: IsoDate, what: string): void {
  if (!(requireDate(date, what) > after)) refuse('HELP_PLAN.EVALUATION_NOT_AHEAD', `${what} (${date}) must lie after ${after}`);
}

function requireOnOrAfter(date: IsoDate, last: IsoDate, what: string): void {
  if (date < last) refuse('HELP_PLAN.DATE_BEFORE_PLAN', `${what} (${date}) lies before the plan's last change (${last})`);
}
