import { CARE_INTENSITIES, PLACEMENT_OPTION_KINDS, type CareIntensity, type PlacementOptionKind } from '@casus/matching';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCanonicalUuid } from '../http/fields';

class LocationDto {
  @IsLatitude() lat!: number;
  @IsLongitude() lon!: number;
}

class AgeRangeDto {
  @IsInt() @Min(0) min!: number;
  @IsInt() @Min(0) max!: number;
}

export class RegisterPlacementOptionRequest {
  @IsOptional() @IsCanonicalUuid() optionId?: string;
  @IsIn(PLACEMENT_OPTION_KINDS) kind!: PlacementOptionKind;
  /** Defaults to the caller's organisation; a provider registers only its own places. */
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) provider?: string;
  @IsString() @IsNotEmpty() @MaxLength(100) municipality!: string;
  @IsString() @IsNotEmpty() @MaxLength(100) region!: string;
  @ValidateNested() @Type(() => LocationDto) location!: LocationDto;
  @IsInt() @Min(1) capacity!: number;
  @ValidateNested() @Type(() => AgeRangeDto) ageRange!: AgeRangeDto;
  @IsArray() @IsIn(CARE_INTENSITIES, { each: true }) careIntensities!: CareIntensity[];
  @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(100, { each: true }) specialisations!: string[];
  @IsInt() @Min(1) maxSiblingGroup!: number;
  @IsOptional() @IsCanonicalUuid() networkFamilyId?: string;
}

export class ChangeCapacityRequest {
  @IsInt() @Min(0) capacity!: number;
  @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

export class ReasonRequest {
  @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

export class EmptyRequest {}
