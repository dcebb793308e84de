import { LEGAL_BASES, URGENCIES, type PlacementRecord } from '@casus/domain';
import { DayAnswer, EnumAnswer, IdAnswer, IdListAnswer, RecordAnswer, RecordListAnswer, TextAnswer } from '../../http/answer-fields';

const PLACEMENT_STATUSES = ['requested', 'decided', 'active', 'ended', 'withdrawn'] as const satisfies readonly PlacementRecord['status'][];

/** A placement on the case page: implements the domain's record, its request's facts typed, what later steps added as records. */
export class PlacementAnswer implements PlacementRecord {
  @IdAnswer()
  placementId!: string;

  @IdListAnswer()
  childIds!: readonly string[];

  @EnumAnswer(LEGAL_BASES)
  legalBasis!: PlacementRecord['legalBasis'];

  @RecordAnswer({ description: "The children's needs: care intensity, specialisations, ages, wishes" })
  needs!: PlacementRecord['needs'];

  @EnumAnswer(URGENCIES)
  urgency!: PlacementRecord['urgency'];

  @DayAnswer()
  intendedStartOn!: string;

  @TextAnswer({ nullable: true })
  siblingSeparationReason!: string | null;

  @IdListAnswer({ optional: true, description: 'Siblings these children are never placed with' })
  keptApartFrom?: readonly string[];

  @RecordAnswer({ optional: true })
  parentsHome?: PlacementRecord['parentsHome'];

  @RecordAnswer({ optional: true })
  school?: PlacementRecord['school'];

  @TextAnswer({ optional: true })
  region?: string;

  @RecordListAnswer({ optional: true })
  excludedAreas?: PlacementRecord['excludedAreas'];

  @IdAnswer({ optional: true })
  familyNetworkId?: string;

  @EnumAnswer(PLACEMENT_STATUSES)
  status!: PlacementRecord['status'];

  @RecordAnswer({ nullable: true, description: 'The place decided on, by whom and when' })
  decision!: PlacementRecord['decision'];

  @RecordListAnswer({ description: 'Every view heard on a proposed place, in order' })
  views!: PlacementRecord['views'];

  @RecordListAnswer({ description: 'Kennismakingen planned, with heldOn once held' })
  introductions!: PlacementRecord['introductions'];

  @DayAnswer({ nullable: true })
  startedOn!: string | null;

  @DayAnswer({ nullable: true })
  planOfActionDueOn!: string | null;

  @RecordAnswer({ nullable: true })
  planOfAction!: PlacementRecord['planOfAction'];

  @RecordAnswer({ nullable: true, description: 'The return-home plan with its conditions and their assessments' })
  returnHomePlan!: PlacementRecord['returnHomePlan'];

  @RecordListAnswer()
  returnDecisions!: PlacementRecord['returnDecisions'];

  @RecordAnswer({ nullable: true })
  returnedHome!: PlacementRecord['returnedHome'];

  @RecordAnswer({ nullable: true })
  ended!: PlacementRecord['ended'];

  @RecordAnswer({ nullable: true })
  withdrawn!: PlacementRecord['withdrawn'];

  @RecordListAnswer({ description: "Each child's first talk and development review as due, then as held" })
  placedChildren!: PlacementRecord['placedChildren'];

  @RecordListAnswer()
  contacts!: PlacementRecord['contacts'];

  @RecordListAnswer()
  fosterCareChoices!: PlacementRecord['fosterCareChoices'];

  @RecordListAnswer({ description: 'Children who left while their siblings stayed' })
  departures!: PlacementRecord['departures'];
}
