import { ValidateIf } from 'class-validator';
import {
  PARTICIPANTS,
  RETURN_OUTCOMES,
  RETURN_PREFERENCES,
  type ParticipantView,
  type ReturnCondition,
  type ReturnDecisionOutcome,
  type ReturnPreference,
} from '@casus/domain';
import { BooleanField, DateField, EnumField, NestedField, TextField, UuidField } from '../../http/fields';
import { CaseStepRequest, type CaseStepData } from '../shared/case-step.dto';
import { isUnheardChild, OwnWordsViewRequest } from '../shared/own-words-view.dto';

export class ReturnConditionRequest implements ReturnCondition {
  @UuidField()
  conditionId!: string;

  @TextField()
  description!: string;

  @TextField({ max: 200 })
  responsible!: string;
}

export class DraftReturnHomePlanRequest extends CaseStepRequest implements CaseStepData<'DraftReturnHomePlan'> {
  @UuidField()
  placementId!: string;

  @NestedField(() => ReturnConditionRequest, { array: true })
  conditions!: ReturnConditionRequest[];

  @TextField({ max: 10_000 })
  support!: string;

  @DateField()
  targetOn!: string;
}

export class AssessReturnConditionRequest extends CaseStepRequest implements CaseStepData<'AssessReturnCondition'> {
  @UuidField()
  placementId!: string;

  @UuidField()
  conditionId!: string;

  @BooleanField()
  met!: boolean;

  @TextField({ max: 10_000 })
  evidence!: string;

  @DateField()
  assessedOn!: string;
}

export class ReturnDecisionOutcomeRequest implements Pick<ReturnDecisionOutcome, 'kind'> {
  @EnumField(RETURN_OUTCOMES)
  kind!: ReturnDecisionOutcome['kind'];

  @ValidateIf((outcome: ReturnDecisionOutcomeRequest) => outcome.kind === 'not-yet')
  @DateField({ optional: 'conditional', description: 'not-yet: the next review date' })
  reviewOn?: string;

  @ValidateIf((outcome: ReturnDecisionOutcomeRequest) => outcome.kind === 'no-return')
  @TextField({ optional: 'conditional', max: 10_000, description: 'no-return: the long-term perspective' })
  perspective?: string;
}

const isProfessional = (view: JointDecisionViewRequest) => view.participant !== 'child' && view.participant !== 'parent';

/** One participant's view in a joint decision: the child and the parents as for every decision, the others by name and organisation. */
export abstract class JointDecisionViewRequest extends OwnWordsViewRequest {
  @EnumField(PARTICIPANTS)
  participant!: ParticipantView['participant'];

  @ValidateIf(isProfessional)
  @TextField({ optional: 'conditional', max: 200, description: 'caregiver, gemeente, provider, gi' })
  name?: string;

  @ValidateIf(isProfessional)
  @TextField({ optional: 'conditional', max: 200, description: 'caregiver, gemeente, provider, gi' })
  organisation?: string;
}

/** What a participant prefers, except a child who was not heard. */
export const expressesPreference = (view: JointDecisionViewRequest) => !isUnheardChild(view);

export class ParticipantViewRequest extends JointDecisionViewRequest implements Pick<ParticipantView, 'participant'> {
  @ValidateIf(expressesPreference)
  @EnumField(RETURN_PREFERENCES, { optional: 'conditional' })
  prefers?: ReturnPreference;
}

export class RecordReturnDecisionRequest extends CaseStepRequest implements CaseStepData<'RecordReturnDecision'> {
  @UuidField()
  placementId!: string;

  @UuidField()
  decisionId!: string;

  @DateField()
  decidedOn!: string;

  // Typed as the domain's unions, which one class cannot implement: the classes validate each variant's fields.
  @NestedField(() => ReturnDecisionOutcomeRequest)
  outcome!: ReturnDecisionOutcome;

  @NestedField(() => ParticipantViewRequest, { array: true })
  views!: readonly ParticipantView[];

  @TextField({ max: 10_000 })
  rationale!: string;

  @TextField({ optional: true, description: 'return-home although not every condition is met: why' })
  conditionsOverrideReason?: string;
}

export class RecordReturnHomeRequest extends CaseStepRequest implements CaseStepData<'RecordReturnHome'> {
  @UuidField()
  placementId!: string;

  @DateField()
  returnedOn!: string;

  @TextField({ max: 10_000 })
  aftercare!: string;
}
