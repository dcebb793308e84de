import { ValidateIf } from 'class-validator';
import { PERSPECTIVE_PREFERENCES, PERSPECTIVES, type Perspective, type PerspectiveView } from '@casus/domain';
import { DateField, EnumField, NestedField, TextField, UuidField } from '../../http/fields';
import { CaseStepRequest, type CaseStepData } from '../shared/case-step.dto';
import { expressesPreference, JointDecisionViewRequest } from '../return-home/return-home.request.dto';

export class PerspectiveViewRequest extends JointDecisionViewRequest {
  @ValidateIf(expressesPreference)
  @EnumField(PERSPECTIVE_PREFERENCES, { optional: 'conditional' })
  prefers?: (typeof PERSPECTIVE_PREFERENCES)[number];
}

export class RecordPerspectiveDecisionRequest extends CaseStepRequest implements CaseStepData<'RecordPerspectiveDecision'> {
  @UuidField()
  placementId!: string;

  @UuidField()
  decisionId!: string;

  @DateField()
  decidedOn!: string;

  @EnumField(PERSPECTIVES)
  perspective!: Perspective;

  @ValidateIf((decision: RecordPerspectiveDecisionRequest) => decision.perspective === 'elsewhere')
  @TextField({ optional: 'conditional', max: 2000, description: 'elsewhere: where the child grows up' })
  where?: string;

  // Typed as the domain's union, which one class cannot implement: the class validates each variant's fields.
  @NestedField(() => PerspectiveViewRequest, { array: true })
  views!: readonly PerspectiveView[];

  @TextField({ max: 10_000 })
  justification!: string;
}
