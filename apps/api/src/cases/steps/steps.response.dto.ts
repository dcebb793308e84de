import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { STEP_TYPES } from '@casus/domain';

/** A step this person may take now, and where. */
export class OpenStepView {
  @ApiProperty({ enum: STEP_TYPES, description: 'The command the step is' })
  type!: string;

  @ApiProperty({ type: Boolean, enum: [true] })
  open!: true;

  @ApiProperty({ example: 'POST', description: 'The HTTP method of its route' })
  method!: string;

  @ApiProperty({ example: '/cases/{caseId}/assign-case-lead', description: 'Its route, as this document names it' })
  path!: string;

  @ApiProperty({ required: false, format: 'uuid', description: 'The placement a placement step is open on (the latest, when several are)' })
  placementId?: string;
}

/** A step closed now, with the refusal its request would meet whatever it carries. */
export class ClosedStepView {
  @ApiProperty({ enum: STEP_TYPES, description: 'The command the step is' })
  type!: string;

  @ApiProperty({ type: Boolean, enum: [false] })
  open!: false;

  @ApiProperty({ example: 'ACCESS.READ_ONLY_ROLE', description: 'The stable code the request would be refused with' })
  code!: string;

  @ApiProperty({ description: 'The refusal in the words of the professional, in the language of Content-Language' })
  text!: string;

  @ApiProperty({ required: false, format: 'uuid', description: 'The placement a placement step was asked about' })
  placementId?: string;
}

const STEP_SCHEMA = { oneOf: [{ $ref: getSchemaPath(OpenStepView) }, { $ref: getSchemaPath(ClosedStepView) }] };

/** `GET /steps`: the steps outside any case (registering a signal). */
@ApiExtraModels(OpenStepView, ClosedStepView)
export class StepsResponse {
  @ApiProperty({ type: 'array', items: STEP_SCHEMA, description: 'Every step, open or with the refusal that closes it now' })
  steps!: (OpenStepView | ClosedStepView)[];
}

/** `GET /cases/{caseId}/steps`: every step on the case, as it stands at `revision`. */
@ApiExtraModels(OpenStepView, ClosedStepView)
export class CaseStepsResponse extends StepsResponse {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ description: 'The revision the answer is about (If-Match for the next step)' })
  revision!: number;
}
