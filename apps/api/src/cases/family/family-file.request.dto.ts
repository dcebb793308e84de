import { WITHHOLDING_GROUNDS, type WithheldFrom, type WithholdingGround } from '@casus/domain';
import { EnumField, IntegerField, TextField, UuidField, WithheldFromField } from '../../http/fields';
import { CaseStepRequest, type CaseStepData } from '../shared/case-step.dto';

const EVENT_NUMBER = {
  min: 0,
  max: Number.MAX_SAFE_INTEGER,
  description: 'The revision of the step on the case (0-based), as the timeline numbers it',
};

export class LinkFamilyAccountRequest extends CaseStepRequest implements CaseStepData<'LinkFamilyAccount'> {
  @UuidField({ description: 'A child of the case (childId) or a recorded family member (familyMemberId)' })
  personId!: string;

  @UuidField({ description: "The family user's account: the subject of their token (role family)" })
  accountId!: string;
}

export class EndFamilyAccountLinkRequest extends CaseStepRequest implements CaseStepData<'EndFamilyAccountLink'> {
  @UuidField({ description: 'The person whose account link ends' })
  personId!: string;

  @TextField({ description: 'Why the link ends' })
  reason!: string;
}

export class WithholdFromFamilyRequest extends CaseStepRequest implements CaseStepData<'WithholdFromFamily'> {
  @UuidField()
  withholdingId!: string;

  @IntegerField(EVENT_NUMBER)
  eventNumber!: number;

  @WithheldFromField({ description: 'parents (every family member who is not a child of the case), everyone, or the persons named' })
  from!: WithheldFrom;

  @EnumField(WITHHOLDING_GROUNDS, { description: "Whose interest weighs heavier: another person's privacy, or the child's" })
  ground!: WithholdingGround;

  @TextField({ description: 'Why the part is withheld: the family reads this reason' })
  reason!: string;
}

export class EndWithholdingRequest extends CaseStepRequest implements CaseStepData<'EndWithholding'> {
  @UuidField()
  withholdingId!: string;

  @TextField({ description: 'Why the family may see the part again' })
  reason!: string;
}

export class MarkNotForParentsRequest extends CaseStepRequest implements CaseStepData<'MarkNotForParents'> {
  @UuidField()
  markId!: string;

  @IntegerField(EVENT_NUMBER)
  eventNumber!: number;

  @TextField({ description: 'Why a parent must never learn of this part (the parents never read this reason)' })
  reason!: string;
}
