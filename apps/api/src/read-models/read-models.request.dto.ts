import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { CASE_PHASES, type CasePhase } from '@casus/domain';
import { UuidField } from '../http/fields';

const asBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class FreshnessQuery {
  @ApiPropertyOptional({
    description: 'Wait (max 5 s) until the read models passed this position ("commit:prepare", from a command response)',
    example: '1042:17',
  })
  @IsOptional()
  @Matches(/^\d{1,20}:\d{1,20}$/, { message: 'minPosition must be "commit:prepare"' })
  minPosition?: string;
}

export class PageQuery extends FreshnessQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize: number = 50;
}

export class ListCasesQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  team?: string;

  @ApiPropertyOptional({ enum: ['open', 'closed'] })
  @IsOptional()
  @IsIn(['open', 'closed'])
  status?: 'open' | 'closed';

  @ApiPropertyOptional({ enum: CASE_PHASES })
  @IsOptional()
  @IsIn(CASE_PHASES)
  phase?: CasePhase;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  municipality?: string;

  @ApiPropertyOptional({ description: 'only cases with (true) or without (false) an overdue deadline' })
  @IsOptional()
  @Transform(asBoolean)
  @IsBoolean()
  overdue?: boolean;
}

export class ListDeadlinesQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(asBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  team?: string;

  @UuidField({ optional: true })
  caseId?: string;

  @ApiPropertyOptional({ enum: ['open', 'met', 'cancelled'] })
  @IsOptional()
  @IsIn(['open', 'met', 'cancelled'])
  status?: 'open' | 'met' | 'cancelled';
}
