import { PLACEMENT_OPTION_KINDS, type PlacementOption } from '@casus/matching';
import type { PlacementBrief } from '@casus/domain';
import {
  CountAnswer,
  DayAnswer,
  EnumAnswer,
  IdAnswer,
  NestedAnswer,
  NumberAnswer,
  PositionAnswer,
  RecordAnswer,
  TextAnswer,
  TextListAnswer,
} from '../http/answer-fields';

export class PlacementOptionStepAnswer {
  @IdAnswer()
  optionId!: string;

  @CountAnswer({ description: "The place's stream revision after this step (0-based)" })
  revision!: number;

  @PositionAnswer({
    nullable: true,
    description: 'Global log position of the event written (null: nothing written); pass it as minPosition',
  })
  position!: string | null;
}

export class PlacementStepAnswer {
  @IdAnswer()
  placementId!: string;

  @CountAnswer({ description: "The placement process's stream revision after this step" })
  revision!: number;

  @PositionAnswer()
  position!: string;
}

class AgeRange {
  @CountAnswer()
  min!: number;

  @CountAnswer()
  max!: number;
}

class GeoPointAnswer {
  @NumberAnswer()
  lat!: number;

  @NumberAnswer()
  lon!: number;
}

/** In full (location, occupancy, free) to its provider, auditors and those placing a child now; otherwise without them. */
export class PlaceAnswer implements Partial<PlacementOption> {
  @IdAnswer()
  optionId!: string;

  @EnumAnswer(PLACEMENT_OPTION_KINDS)
  kind!: PlacementOption['kind'];

  @TextAnswer()
  provider!: string;

  @TextAnswer()
  municipality!: string;

  @TextAnswer({ nullable: true })
  municipalityCode!: string | null;

  @TextAnswer()
  region!: string;

  @NestedAnswer(() => AgeRange)
  ageRange!: AgeRange;

  @TextListAnswer()
  careIntensities!: PlacementOption['careIntensities'];

  @TextListAnswer()
  specialisations!: readonly string[];

  @CountAnswer()
  maxSiblingGroup!: number;

  @EnumAnswer(['active', 'paused', 'withdrawn'])
  status!: PlacementOption['status'];

  @NestedAnswer(() => GeoPointAnswer, { optional: true })
  location?: GeoPointAnswer;

  @CountAnswer({ optional: true })
  capacity?: number;

  @CountAnswer({ optional: true })
  reserved?: number;

  @CountAnswer({ optional: true })
  occupied?: number;

  @CountAnswer({ optional: true, description: 'capacity less reserved and occupied' })
  free?: number;

  @IdAnswer({ optional: true, description: 'Only for a netwerkpleeggezin: the network it belongs to' })
  networkFamilyId?: string;
}

export class PlacesAnswer {
  @NestedAnswer(() => PlaceAnswer, { array: true })
  items!: readonly PlaceAnswer[];
}

class BriefContact {
  @TextAnswer()
  name!: string;

  @TextAnswer()
  team!: string;
}

class BriefChild {
  @IdAnswer()
  childId!: string;

  @DayAnswer()
  birthDate!: string;
}

export class PlacementBriefAnswer implements PlacementBrief {
  @IdAnswer()
  placementId!: string;

  @EnumAnswer(['requested', 'decided', 'active', 'ended', 'withdrawn'])
  status!: PlacementBrief['status'];

  @NestedAnswer(() => BriefChild, { array: true })
  children!: PlacementBrief['children'];

  @RecordAnswer({ description: "The children's needs as the placement request states them" })
  needs!: PlacementBrief['needs'];

  @DayAnswer()
  intendedStartOn!: string;

  @DayAnswer({ nullable: true })
  startedOn!: string | null;

  @DayAnswer({ nullable: true })
  endedOn!: string | null;

  @NestedAnswer(() => BriefContact, { nullable: true })
  contact!: BriefContact | null;
}
