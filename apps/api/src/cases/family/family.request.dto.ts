import { DateField, EnumField, NestedField, TextField, UuidField, UuidListField } from '../../http/fields';
import {
  AUTHORITY_SOURCES,
  CONSENT_PURPOSES,
  FAMILY_RELATIONS,
  type AuthoritySource,
  type ConsentPurpose,
  type ContactDetails,
  type FamilyRelation,
} from '@casus/domain';
import { CaseStepRequest, type CaseStepData } from '../shared/case-step.dto';

export class ContactDetailsRequest implements ContactDetails {
  @TextField({ optional: true, max: 50 })
  phone?: string;

  @TextField({ optional: true, max: 200 })
  email?: string;

  @TextField({ optional: true, max: 500 })
  address?: string;
}

export class RecordFamilyMemberRequest extends CaseStepRequest implements CaseStepData<'RecordFamilyMember'> {
  @UuidField()
  familyMemberId!: string;

  @TextField({ max: 200 })
  name!: string;

  @EnumField(FAMILY_RELATIONS)
  relation!: FamilyRelation;

  @UuidListField({ description: 'Children of the case over whom this person holds parental authority (gezag)' })
  parentalAuthorityOver!: string[];

  @NestedField(() => ContactDetailsRequest)
  contact!: ContactDetailsRequest;
}

export class ChangeParentalAuthorityRequest extends CaseStepRequest implements CaseStepData<'ChangeParentalAuthority'> {
  @UuidField()
  familyMemberId!: string;

  @UuidListField({ description: 'The children over whom this person holds parental authority (gezag) from now on' })
  parentalAuthorityOver!: string[];

  @EnumField(AUTHORITY_SOURCES, { description: 'Where the change comes from' })
  source!: AuthoritySource;

  @TextField({ description: 'Why authority changed, e.g. the court decision and its case number' })
  reason!: string;

  @DateField({ description: 'When the change took effect' })
  changedOn!: string;
}

export class RecordConsentRequest extends CaseStepRequest implements CaseStepData<'RecordConsent'> {
  @UuidField()
  consentId!: string;

  @UuidField()
  familyMemberId!: string;

  @EnumField(CONSENT_PURPOSES)
  purpose!: ConsentPurpose;

  @UuidListField()
  childIds!: string[];

  @DateField()
  givenOn!: string;
}

export class WithdrawConsentRequest extends CaseStepRequest implements CaseStepData<'WithdrawConsent'> {
  @UuidField()
  consentId!: string;

  @DateField()
  withdrawnOn!: string;

  @TextField()
  reason!: string;
}
