import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { CaseCommand, CaseCommandType } from '@casus/domain';

/** What a step's request body carries: the command's data less the case id, which the path names. */
export type CaseStepData<T extends CaseCommandType> = Omit<Extract<CaseCommand, { type: T }>['data'], 'caseId'>;

/** What a controller hands to `CaseSteps.run` for the step T: its command's data, and the revision the client expects. */
export type CaseStepBody<T extends CaseCommandType> = CaseStepData<T> & CaseStepRequest;

export class CaseStepRequest {
  @ApiPropertyOptional({ description: 'Refuse with 409 unless the case still stands at this revision (or send If-Match)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
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
