import { RecordConsent, RecordFamilyMember, WithdrawConsent } from '../commands';
import { refuse } from '../errors';
import { ConsentRecorded, ConsentWithdrawn, FamilyMemberRecorded } from '../events';
import { ExistingCase } from '../state';
import {
  Moment,
  requireChildrenOfCase,
  requireFamilyMember,
  requireNonEmpty,
  requireNotAfterToday,
  requireText,
} from './guards';

/** Recording a member again replaces the record, e.g. when parental authority (gezag) changes. */
export function recordFamilyMember({ data }: RecordFamilyMember, state: ExistingCase): [FamilyMemberRecorded] {
  requireText(data.name, 'the name of the family member');
  requireChildrenOfCase(state, data.parentalAuthorityOver);
  const { familyMemberId, name, relation, parentalAuthorityOver, contact } = data;
  return [{ type: 'FamilyMemberRecorded', data: { familyMemberId, name, relation, parentalAuthorityOver, contact } }];
}

// Consent is a history, never a flag (DOMAIN.md): a withdrawal is a new fact, the consent stays on record.
export function recordConsent({ data }: RecordConsent, state: ExistingCase, moment: Moment): [ConsentRecorded] {
  if (state.consents.some((c) => c.consentId === data.consentId)) {
    refuse('CONSENT.ALREADY_RECORDED', `consent ${data.consentId} is already on record`);
  }
  requireFamilyMember(state, data.familyMemberId);
  requireNonEmpty(data.childIds, 'the children the consent concerns');
  requireChildrenOfCase(state, data.childIds);
  requireNotAfterToday(data.givenOn, 'the date consent was given', moment);
  const { consentId, familyMemberId, purpose, childIds, givenOn } = data;
  return [{ type: 'ConsentRecorded', data: { consentId, familyMemberId, purpose, childIds, givenOn } }];
}

export function withdrawConsent({ data }: WithdrawConsent, state: ExistingCase, moment: Moment): [ConsentWithdrawn] {
  const consent = state.consents.find((c) => c.consentId === data.consentId);
  if (!consent) refuse('CONSENT.NOT_FOUND', `no consent ${data.consentId} on this case`);
  if (consent.withdrawn) {
    refuse('CONSENT.ALREADY_WITHDRAWN', `consent ${data.consentId} was already withdrawn on ${consent.withdrawn.on}`);
  }
  requireText(data.reason, 'the reason for withdrawing consent');
  requireNotAfterToday(data.withdrawnOn, 'the date consent was withdrawn', moment);
  if (data.withdrawnOn < consent.givenOn) {
    refuse('INPUT.INVALID_DATE', `consent cannot be withdrawn (${data.withdrawnOn}) before it was given (${consent.givenOn})`);
  }
  const { consentId, withdrawnOn, reason } = data;
  return [{ type: 'ConsentWithdrawn', data: { consentId, withdrawnOn, reason } }];
}
