import { DateField, EnumField, NestedField, TextField, TextListField, UuidField, UuidListField } from '../../http/fields';
import { CaseStepRequest } from '../shared/case-step.dto';
import { URGENCIES } from '../signal/signal.request.dto';

export const LEGAL_BASES = ['voluntary', 'court-order'] as const;
export const CARE_INTENSITIES = ['light', 'medium', 'intensive'] as const;
export const PLACEMENT_END_REASONS = ['return-home', 'breakdown', 'transfer', 'age-of-majority', 'other'] as const;

export class PlacementNeedsRequest {
  @EnumField(CARE_INTENSITIES)
  careIntensity!: string;

  @TextListField()
  specialisations!: string[];

  @TextField({ max: 10_000 })
  description!: string;
}

export class RequestPlacementRequest extends CaseStepRequest {
  @UuidField()
  placementId!: string;

  @UuidListField()
  childIds!: string[];

  @EnumField(LEGAL_BASES)
  legalBasis!: string;

  @NestedField(() => PlacementNeedsRequest)
  needs!: PlacementNeedsRequest;

  @EnumField(URGENCIES)
  urgency!: string;

  @DateField()
  intendedStartOn!: string;

  @TextField({ optional: true, description: 'Why placing siblings apart would otherwise harm one of them' })
  siblingSeparationReason?: string;
}

export class ViewHeardRequest {
  @TextField({ max: 200 })
  participant!: string;

  @TextField({ max: 10_000 })
  view!: string;
}

export class BehaviouralScientistConsentRequest {
  @TextField({ max: 200 })
  name!: string;

  @DateField()
  consentedOn!: string;
}

export class DecidePlacementRequest extends CaseStepRequest {
  @UuidField()
  placementId!: string;

  @TextField({ max: 10_000 })
  reasons!: string;

  @NestedField(() => ViewHeardRequest, { array: true })
  viewsHeard!: ViewHeardRequest[];

  @NestedField(() => BehaviouralScientistConsentRequest, { optional: true })
  behaviouralScientistConsent?: BehaviouralScientistConsentRequest;
}

export class StartPlacementRequest extends CaseStepRequest {
  @UuidField()
  placementId!: string;

  @DateField()
  startedOn!: string;
}

export class RecordPlacementPlanRequest extends CaseStepRequest {
  @UuidField()
  placementId!: string;

  @DateField()
  perspectiveDecisionOn!: string;

  @TextField({ max: 10_000 })
  justification!: string;
}

export class EndPlacementRequest extends CaseStepRequest {
  @UuidField()
  placementId!: string;

  @DateField()
  endedOn!: string;

  @EnumField(PLACEMENT_END_REASONS)
  reason!: string;

  @TextField({ max: 10_000 })
  explanation!: string;
}
