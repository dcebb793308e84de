import { ChangeParentalAuthority, RecordConsent, RecordFamilyMember, WithdrawConsent } from '../commands';
import { refuse } from '../errors';
import { ConsentRecorded, ConsentWithdrawn, FamilyMemberRecorded, ParentalAuthorityChanged } from '../events';
import { Uuid } from '../../shared/ids';
import { ConsentRecord, ExistingCase, FamilyMemberRecord } from '../state';
import { requireConsentGiver } from './consenters';
import { Moment, requireChildrenOfCase, requireFamilyMember, requireNonEmpty, requireNotAfterToday, requireText } from './guards';

/** A member is recorded once: a change of parental authority (gezag) is its own step, with its reason and source. */
export function recordFamilyMember({ data }: RecordFamilyMember, state: ExistingCase): [FamilyMemberRecorded] {
  if (state.familyMembers.some((m) => m.familyMemberId === data.familyMemberId)) {
    refuse(
      'FAMILY_MEMBER.ALREADY_RECORDED',
      `family member ${data.familyMemberId} is already on record; change parental authority with its own step`,
    );
  }
  requireText(data.name, 'the name of the family member');
  requireChildrenOfCase(state, data.parentalAuthorityOver);
  const { familyMemberId, name, relation, parentalAuthorityOver, contact } = data;
  return [{ type: 'FamilyMemberRecorded', data: { familyMemberId, name, relation, parentalAuthorityOver, contact } }];
}

/** A change of parental authority (gezag) by its own step, with its source and reason. */
export function changeParentalAuthority(
  { data }: ChangeParentalAuthority,
  state: ExistingCase,
  moment: Moment,
): [ParentalAuthorityChanged, ...ConsentWithdrawn[]] {
  const member = requireFamilyMember(state, data.familyMemberId);
  requireChildrenOfCase(state, data.parentalAuthorityOver);
  requireText(data.reason, 'the reason parental authority changed');
  requireNotAfterToday(data.changedOn, 'the date parental authority changed', moment);
  const next = [...new Set(data.parentalAuthorityOver)];
  const previous = member.parentalAuthorityOver;
  if (next.length === previous.length && next.every((child) => previous.includes(child))) {
    refuse('FAMILY_MEMBER.AUTHORITY_UNCHANGED', `family member ${data.familyMemberId} already holds exactly this parental authority`);
  }
  const { source, reason, changedOn } = data;
  return authorityChanged(state, member, next, { source, reason, changedOn }, moment);
}

/**
 * A consent given by someone for a child over whom they no longer hold authority rests on nothing:
 * it is withdrawn in the same decision, so the history shows why it no longer counts.
 */
export function authorityChanged(
  state: ExistingCase,
  member: FamilyMemberRecord,
  next: readonly Uuid[],
  change: Pick<ParentalAuthorityChanged['data'], 'source' | 'reason' | 'changedOn'>,
  moment: Moment,
): [ParentalAuthorityChanged, ...ConsentWithdrawn[]] {
  const previous = member.parentalAuthorityOver;
  const lost = previous.filter((child) => !next.includes(child));
  const withdrawn: ConsentWithdrawn[] = state.consents
    .filter((c) => isGivenBy(c, member) && !c.withdrawn && c.childIds.some((child) => lost.includes(child)))
    .map((c) => ({
      type: 'ConsentWithdrawn',
      data: {
        consentId: c.consentId,
        withdrawnOn: moment.today,
        reason: `parental authority changed on ${change.changedOn} (${change.source}): ${change.reason}`,
      },
    }));
  return [
    {
      type: 'ParentalAuthorityChanged',
      data: { familyMemberId: member.familyMemberId, parentalAuthorityOver: next, previousAuthorityOver: previous, ...change },
    },
    ...withdrawn,
  ];
}

const isGivenBy = ({ givenBy }: ConsentRecord, member: FamilyMemberRecord): boolean =>
  givenBy.giver === 'family-member' && givenBy.familyMemberId === member.familyMemberId;

// Consent is a history, never a flag (DOMAIN.md): a withdrawal is a new fact, the consent stays on record.
export function recordConsent({ data }: RecordConsent, state: ExistingCase, moment: Moment): [ConsentRecorded] {
  if (state.consents.some((c) => c.consentId === data.consentId)) {
    refuse('CONSENT.ALREADY_RECORDED', `consent ${data.consentId} is already on record`);
  }
  requireNonEmpty(data.childIds, 'the children the consent concerns');
  requireChildrenOfCase(state, data.childIds);
  requireNotAfterToday(data.givenOn, 'the date consent was given', moment);
  requireConsentGiver(state, data);
  const { consentId, givenBy, purpose, childIds, givenOn } = data;
  return [{ type: 'ConsentRecorded', data: { consentId, givenBy, purpose, childIds, givenOn } }];
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
