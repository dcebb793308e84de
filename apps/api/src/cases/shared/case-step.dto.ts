import { ApiProperty } from '@nestjs/swagger';
import type { CaseCommandOfType, CaseCommandType } from '@casus/domain';
import { IntegerField } from '../../http/fields';

/** What a step's request body carries: the command's data less the case id, which the path names. */
export type CaseStepData<T extends CaseCommandType> = Omit<CaseCommandOfType<T>['data'], 'caseId'>;

/** What a controller hands to `CaseSteps.run` for the step T: its command's data, and the revision the client expects. */
export type CaseStepBody<T extends CaseCommandType> = CaseStepData<T> & CaseStepRequest;

export class CaseStepRequest {
  @IntegerField({
    optional: true,
    min: 0,
    max: Number.MAX_SAFE_INTEGER,
    description: 'Refuse with 409 unless the case still stands at this revision (or send If-Match)',
  })
  expectedRevision?: number;
}

export class CaseStepResponse {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ description: "The case stream's revision after this step (0-based)" })
  revision!: number;

  @ApiProperty({ description: 'Global log position of the last event written, "commit:prepare"', example: '1042:17' })
  position!: string;
}
