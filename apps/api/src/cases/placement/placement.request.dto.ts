import {
  LEGAL_BASES,
  PLACEMENT_END_REASONS,
  PLACEMENT_VIEW_PARTICIPANTS,
  URGENCIES,
  type BehaviouralScientistConsent,
  type ExcludedArea,
  type GeoLocation,
  type IntroductionParticipants,
  type LegalBasis,
  type NetworkFamilyArea,
  type PlacementEndReason,
  type PlacementNeeds,
  type PlacementView,
  type SiblingGroup,
  type Urgency,
  type ViewHeard,
} from '@casus/domain';
import { CARE_INTENSITIES, type CareIntensity } from '@casus/matching';
import {
  DateField,
  EnumField,
  EnumListField,
  IntegerField,
  MunicipalityCodeField,
  NestedField,
  NumberField,
  TextField,
  TextListField,
  UuidField,
  UuidListField,
} from '../../http/fields';
import { CaseStepRequest, type CaseStepData } from '../shared/case-step.dto';
import { OwnWordsViewRequest } from '../shared/own-words-view.dto';

export class PlacementNeedsRequest implements PlacementNeeds {
  @EnumField(CARE_INTENSITIES)
  careIntensity!: CareIntensity;

  @TextListField()
  specialisations!: string[];

  @TextField({ max: 10_000 })
  description!: string;
}

export class GeoLocationRequest implements GeoLocation {
  @NumberField({ min: -90, max: 90, description: 'Latitude (WGS84)' })
  lat!: number;

  @NumberField({ min: -180, max: 180, description: 'Longitude (WGS84)' })
  lon!: number;
}

export class ExcludedAreaRequest implements ExcludedArea {
  @NestedField(() => GeoLocationRequest)
  center!: GeoLocationRequest;

  @NumberField({ min: 0.1, max: 500, description: 'Radius around the centre in km' })
  radiusKm!: number;

  @TextField({ max: 2_000, description: 'Why the child must not be placed here, e.g. a contact ban' })
  reason!: string;
}

export class SiblingGroupRequest implements SiblingGroup {
  @UuidField({ description: 'The placement of this group: its own place, its own matching' })
  placementId!: string;

  @UuidListField({ description: 'The children who stay together in this group' })
  childIds!: string[];
}

export class NetworkFamilyAreaRequest implements Omit<NetworkFamilyArea, 'municipalityCode'> {
  @TextField({ max: 100 })
  municipality!: string;

  @MunicipalityCodeField()
  municipalityCode?: string;

  @TextField({ max: 100, description: 'The region (e.g. FoodValley)' })
  region!: string;

  @NestedField(() => GeoLocationRequest, { description: 'Where the family lives: personal data, sealed under the family member' })
  location!: GeoLocationRequest;
}

export class ProposeNetworkFamilyRequest extends CaseStepRequest implements CaseStepData<'ProposeNetworkFamily'> {
  @UuidField({ description: 'The id of the place the family offers, as matching ranks it and the process reserves it' })
  optionId!: string;

  @UuidField({ description: 'The recorded family member or friend who would take the child' })
  familyMemberId!: string;

  @TextField({ max: 200, description: 'The pleegzorgaanbieder that screens the family and answers the reservation for it' })
  provider!: string;

  @IntegerField({ min: 1, max: 10, description: 'How many children the family can take' })
  capacity!: number;

  @EnumListField(CARE_INTENSITIES, { description: 'The care the family can give' })
  careIntensities!: CareIntensity[];

  @NestedField(() => NetworkFamilyAreaRequest)
  area!: NetworkFamilyAreaRequest;
}

export class RequestPlacementRequest extends CaseStepRequest implements CaseStepData<'RequestPlacement'> {
  @UuidField()
  placementId!: string;

  @UuidListField({ description: 'The children placed together under this placement id' })
  childIds!: string[];

  @EnumField(LEGAL_BASES)
  legalBasis!: LegalBasis;

  @NestedField(() => PlacementNeedsRequest)
  needs!: PlacementNeedsRequest;

  @EnumField(URGENCIES)
  urgency!: Urgency;

  @DateField()
  intendedStartOn!: string;

  @TextField({ optional: true, description: 'Why these children are placed apart from their siblings (needed for the two fields below)' })
  siblingSeparationReason?: string;

  @UuidListField({ optional: true, description: 'Siblings these children must never be placed with, because one harms the other' })
  keptApartFrom?: string[];

  @NestedField(() => SiblingGroupRequest, {
    optional: true,
    array: true,
    description: "The request's other children, each group placed apart from the rest under its own placement id",
  })
  separateGroups?: SiblingGroupRequest[];

  @NestedField(() => GeoLocationRequest, { optional: true, description: "The parents' home: matching prefers places close to it" })
  parentsHome?: GeoLocationRequest;

  @NestedField(() => GeoLocationRequest, { optional: true, description: "The child's school: matching prefers places close to it" })
  school?: GeoLocationRequest;

  @TextField({ optional: true, max: 100, description: "The child's own region (e.g. FoodValley)" })
  region?: string;

  @NestedField(() => ExcludedAreaRequest, { optional: true, array: true, description: 'Areas the child must not be placed in' })
  excludedAreas?: ExcludedAreaRequest[];

  @UuidField({
    optional: true,
    description: 'The family network whose netwerkpleeggezinnen may take the child; the case itself when left out',
  })
  familyNetworkId?: string;
}

export class WithdrawPlacementRequestRequest extends CaseStepRequest implements CaseStepData<'WithdrawPlacementRequest'> {
  @UuidField()
  placementId!: string;

  @TextField({ max: 10_000, description: 'Why the request is no longer pursued' })
  reason!: string;
}

export class RematchPlacementRequest extends CaseStepRequest implements CaseStepData<'RematchPlacement'> {
  @UuidField()
  placementId!: string;

  @TextField({ max: 10_000, description: 'Why matching runs again (new places, changed needs)' })
  reason!: string;

  @NestedField(() => PlacementNeedsRequest, { optional: true, description: 'The needs as they are now; unchanged when left out' })
  needs?: PlacementNeedsRequest;
}

export class ViewHeardRequest implements ViewHeard {
  @TextField({ max: 200 })
  participant!: string;

  @TextField({ max: 10_000 })
  view!: string;
}

export class BehaviouralScientistConsentRequest implements BehaviouralScientistConsent {
  @TextField({ max: 200 })
  name!: string;

  @DateField()
  consentedOn!: string;
}

/** A child's or parent's view on the proposed place. */
export class PlacementViewRequest extends OwnWordsViewRequest implements Pick<PlacementView, 'participant'> {
  @EnumField(PLACEMENT_VIEW_PARTICIPANTS)
  participant!: PlacementView['participant'];
}

/** The place the view is on is the one reserved now: the API fills it in, as for the decision. */
export class RecordPlacementViewRequest extends CaseStepRequest implements Omit<CaseStepData<'RecordPlacementView'>, 'reservation'> {
  @UuidField()
  placementId!: string;

  // Typed as the domain's union, which one class cannot implement: the class validates each variant's fields.
  @NestedField(() => PlacementViewRequest)
  view!: PlacementView;

  @DateField()
  heardOn!: string;
}

export class IntroductionParticipantsRequest implements IntroductionParticipants {
  @UuidListField({ description: 'The children of the placement who take part' })
  childIds!: string[];

  @UuidListField({ description: 'The family members who take part' })
  familyMemberIds!: string[];

  @TextListField({ description: 'The others by their role (the foster parents, the case lead), never by name' })
  others!: string[];
}

/** The kennismaking is at the place reserved now: the API fills it in. */
export class PlanIntroductionRequest extends CaseStepRequest implements Omit<CaseStepData<'PlanIntroduction'>, 'reservation'> {
  @UuidField()
  placementId!: string;

  @UuidField()
  introductionId!: string;

  @DateField({ description: 'The day of the kennismaking' })
  plannedOn!: string;

  @NestedField(() => IntroductionParticipantsRequest)
  participants!: IntroductionParticipantsRequest;
}

export class RecordIntroductionHeldRequest extends CaseStepRequest implements CaseStepData<'RecordIntroductionHeld'> {
  @UuidField()
  placementId!: string;

  @UuidField()
  introductionId!: string;

  @DateField()
  heldOn!: string;
}

/** The reservation is not the client's to state, and the consent may be left out: the API fills in both. */
export class DecidePlacementRequest
  extends CaseStepRequest
  implements Omit<CaseStepData<'DecidePlacement'>, 'reservation' | 'behaviouralScientistConsent'>
{
  @UuidField()
  placementId!: string;

  @TextField({ max: 10_000 })
  reasons!: string;

  @NestedField(() => ViewHeardRequest, {
    array: true,
    optional: true,
    description: "Others heard (the school, the current carer); the child's and parents' views are those recorded on the place",
  })
  viewsHeard?: ViewHeardRequest[];

  @NestedField(() => BehaviouralScientistConsentRequest, { optional: true })
  behaviouralScientistConsent?: BehaviouralScientistConsentRequest;

  @DateField({ optional: true, description: 'The day the child is to move in, when not right away; record the start when it happens' })
  moveInOn?: string;
}

export class StartPlacementRequest extends CaseStepRequest implements CaseStepData<'StartPlacement'> {
  @UuidField()
  placementId!: string;

  @DateField()
  startedOn!: string;
}

export class RecordPlacementPlanRequest extends CaseStepRequest implements CaseStepData<'RecordPlacementPlan'> {
  @UuidField()
  placementId!: string;

  @DateField()
  perspectiveDecisionOn!: string;

  @TextField({ max: 10_000 })
  justification!: string;
}

export class EndPlacementRequest extends CaseStepRequest implements CaseStepData<'EndPlacement'> {
  @UuidField()
  placementId!: string;

  @DateField()
  endedOn!: string;

  @EnumField(PLACEMENT_END_REASONS)
  reason!: PlacementEndReason;

  @TextField({ max: 10_000 })
  explanation!: string;
  @UuidListField({ optional: true, description: 'The children who leave while their brothers and sisters stay; all when left out' })
  childIds?: string[];
}
