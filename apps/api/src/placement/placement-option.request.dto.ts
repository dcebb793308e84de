import { CARE_INTENSITIES, PLACEMENT_OPTION_KINDS, type CareIntensity, type PlacementOptionKind } from '@casus/matching';
import type { ChangeCapacity, PausePlacementOption, RegisterPlacementOption, WithdrawPlacementOption } from '@casus/placement';
import {
  EnumField,
  EnumListField,
  IntegerField,
  MunicipalityCodeField,
  NestedField,
  TextField,
  TextListField,
  UuidField,
} from '../http/fields';
import { GeoLocationRequest } from '../cases/placement/placement.request.dto';

type AgeRange = RegisterPlacementOption['data']['ageRange'];

export class AgeRangeRequest implements AgeRange {
  @IntegerField({ min: 0, max: 30 })
  min!: number;

  @IntegerField({ min: 0, max: 30 })
  max!: number;
}

/** The API fills in what is left out: a fresh optionId, the caller's organisation, no family network. */
export class RegisterPlacementOptionRequest implements Omit<RegisterPlacementOption['data'], 'optionId' | 'provider' | 'networkFamilyId'> {
  @UuidField({ optional: true })
  optionId?: string;

  @EnumField(PLACEMENT_OPTION_KINDS)
  kind!: PlacementOptionKind;

  @TextField({ optional: true, max: 200, description: "Defaults to the caller's organisation; a provider registers only its own places" })
  provider?: string;

  @TextField({ max: 100 })
  municipality!: string;

  @MunicipalityCodeField()
  municipalityCode?: string;

  @TextField({ max: 100 })
  region!: string;

  @NestedField(() => GeoLocationRequest)
  location!: GeoLocationRequest;

  @IntegerField({ min: 1, max: 1_000 })
  capacity!: number;

  @NestedField(() => AgeRangeRequest)
  ageRange!: AgeRangeRequest;

  @EnumListField(CARE_INTENSITIES)
  careIntensities!: CareIntensity[];

  @TextListField({ max: 50 })
  specialisations!: string[];

  @IntegerField({ min: 1, max: 20 })
  maxSiblingGroup!: number;

  @UuidField({ optional: true })
  networkFamilyId?: string;
}

export class ChangeCapacityRequest implements Omit<ChangeCapacity['data'], 'optionId'> {
  @IntegerField({ min: 0, max: 1_000 })
  capacity!: number;

  @TextField()
  reason!: string;
}

export class ReasonRequest implements Omit<PausePlacementOption['data'] & WithdrawPlacementOption['data'], 'optionId'> {
  @TextField()
  reason!: string;
}
