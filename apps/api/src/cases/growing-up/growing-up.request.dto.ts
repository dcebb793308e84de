import { FOSTER_CARE_CHOICES, FOSTER_CHILD_CONTACT_KINDS, type FosterCareChoice, type FosterChildContactKind } from '@casus/domain';
import { DateField, EnumField, UuidField } from '../../http/fields';
import { CaseStepRequest, type CaseStepData } from '../shared/case-step.dto';

export class RecordFosterChildContactRequest extends CaseStepRequest implements CaseStepData<'RecordFosterChildContact'> {
  @UuidField()
  placementId!: string;

  @UuidField()
  childId!: string;

  @UuidField()
  contactId!: string;

  @EnumField(FOSTER_CHILD_CONTACT_KINDS, { description: 'A talk with the child, or the review of their development' })
  kind!: FosterChildContactKind;

  @DateField({ description: 'The day it was held' })
  heldOn!: string;
}

export class RecordFosterCareChoiceRequest extends CaseStepRequest implements CaseStepData<'RecordFosterCareChoice'> {
  @UuidField()
  placementId!: string;

  @UuidField()
  childId!: string;

  @EnumField(FOSTER_CARE_CHOICES, { description: 'Foster care continues to 21, or the young person declines it' })
  choice!: FosterCareChoice;

  @DateField({ description: 'The day the young person chose' })
  chosenOn!: string;
}
