import {
  GOAL_PROGRESS,
  HELP_SERVICE_KINDS,
  MEDICAL_REFERRERS,
  type Beschikking,
  type GoalEvaluation,
  type GoalProgress,
  type HelpGoal,
  type HelpService,
  type HelpServiceKind,
  type MedicalReferrer,
} from '@casus/domain';
import { DateField, EnumField, NestedField, TextField, UuidField, UuidListField } from '../../http/fields';
import { CaseStepRequest, type CaseStepData } from '../shared/case-step.dto';

export class HelpGoalRequest implements HelpGoal {
  @UuidField()
  goalId!: string;

  @TextField()
  description!: string;

  @UuidListField({ description: 'The children of the case the goal is for' })
  childIds!: string[];
}

export class BeschikkingRequest implements Beschikking {
  @TextField({ max: 200, description: "The gemeente's reference of the decision" })
  reference!: string;

  @DateField()
  decidedOn!: string;

  @DateField({ optional: true })
  validUntil?: string;
}

export class HelpServiceRequest implements HelpService {
  @UuidField()
  serviceId!: string;

  @EnumField(HELP_SERVICE_KINDS, { description: 'An individual provision needs a beschikking or a doctor’s referral' })
  kind!: HelpServiceKind;

  @TextField({ max: 200 })
  provider!: string;

  @TextField({ max: 4000 })
  description!: string;

  @NestedField(() => BeschikkingRequest, { optional: true, description: "The gemeente's decision granting it" })
  beschikking?: BeschikkingRequest;

  @EnumField(MEDICAL_REFERRERS, { optional: true, description: 'The doctor who referred, instead of a beschikking' })
  referredBy?: MedicalReferrer;
}

/** What the plan holds: agreed, and as revised. */
abstract class HelpPlanContentRequest extends CaseStepRequest {
  @UuidField()
  helpPlanId!: string;

  @UuidListField({ description: 'The family members who agreed to the plan' })
  agreedWith!: string[];

  @NestedField(() => HelpGoalRequest, { array: true })
  goals!: HelpGoalRequest[];

  @NestedField(() => HelpServiceRequest, { array: true })
  services!: HelpServiceRequest[];
}

export class AgreeHelpPlanRequest extends HelpPlanContentRequest implements CaseStepData<'AgreeHelpPlan'> {
  @DateField()
  agreedOn!: string;

  @DateField({ description: 'The first evaluation; each evaluation sets the next' })
  evaluateOn!: string;
}

export class ReviseHelpPlanRequest extends HelpPlanContentRequest implements CaseStepData<'ReviseHelpPlan'> {
  @DateField()
  revisedOn!: string;

  @TextField({ max: 4000 })
  reason!: string;
}

export class GoalEvaluationRequest implements GoalEvaluation {
  @UuidField()
  goalId!: string;

  @EnumField(GOAL_PROGRESS)
  progress!: GoalProgress;

  @TextField({ max: 4000 })
  note!: string;
}

export class EvaluateHelpPlanRequest extends CaseStepRequest implements CaseStepData<'EvaluateHelpPlan'> {
  @UuidField()
  helpPlanId!: string;

  @UuidField()
  evaluationId!: string;

  @DateField()
  evaluatedOn!: string;

  @NestedField(() => GoalEvaluationRequest, { array: true, description: 'The progress on each goal of the plan' })
  goals!: GoalEvaluationRequest[];

  @DateField()
  nextEvaluationOn!: string;
}

export class EndHelpPlanRequest extends CaseStepRequest implements CaseStepData<'EndHelpPlan'> {
  @UuidField()
  helpPlanId!: string;

  @DateField()
  endedOn!: string;

  @TextField({ max: 4000 })
  reason!: string;
}
