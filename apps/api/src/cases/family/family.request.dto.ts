import { ValidateIf } from 'class-validator';
import { DateField, EnumField, NestedField, TextField, UuidField, UuidListField } from '../../http/fields';
import {
  AUTHORITY_SOURCES,
  CONSENT_GIVERS,
  CONSENT_PURPOSES,
  FAMILY_RELATIONS,
  type AuthoritySource,
  type ConsentGiver,
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

const givenBy = (giver: ConsentGiver['giver']) => (request: ConsentGiverRequest) => request.giver === giver;

/** Who gave the consent; which id applies depends on `giver`. */
export class ConsentGiverRequest implements Pick<ConsentGiver, 'giver'> {
  @EnumField(CONSENT_GIVERS, { description: 'a recorded family member, the child themself (from 12), or the GI as guardian (voogdij)' })
  giver!: ConsentGiver['giver'];

  @ValidateIf(givenBy('family-member'))
  @UuidField({ optional: 'conditional', description: 'family-member' })
  familyMemberId?: string;

  @ValidateIf(givenBy('child'))
  @UuidField({ optional: 'conditional', description: 'child: the child of the case who consents, for themself' })
  childId?: string;

  @ValidateIf(givenBy('guardian'))
  @UuidField({ optional: 'conditional', description: 'guardian: the voogdij court order that makes the GI guardian' })
  courtOrderId?: string;
}

export class RecordConsentRequest extends CaseStepRequest implements CaseStepData<'RecordConsent'> {
  @UuidField()
  consentId!: string;

  // Typed as the domain's union, which one class cannot implement: the class validates each variant's fields.
  @NestedField(() => ConsentGiverRequest)
  givenBy!: ConsentGiver;

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
