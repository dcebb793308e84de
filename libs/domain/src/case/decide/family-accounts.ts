import { EndFamilyAccountLink, LinkFamilyAccount } from '../commands';
import { refuse } from '../errors';
import { FamilyAccountLinked, FamilyAccountLinkEnded } from '../events';
import { liveLinkOfAccount, liveLinkOfPerson, personOnCase } from '../family/family-person';
import { ExistingCase } from '../state';
import { Moment, requireText } from './guards';

/**
 * Who is who: the case team links a family user's account to their person on the case, a child or a recorded family
 * member. One live link per person and per account, so an account is one person on a case and a person one account.
 */
export function linkFamilyAccount({ data }: LinkFamilyAccount, state: ExistingCase, moment: Moment): [FamilyAccountLinked] {
  const { personId, accountId } = data;
  if (personOnCase(state, personId) === null) {
    refuse('FAMILY.PERSON_UNKNOWN', `${personId} is neither a child of this case nor a recorded family member`);
  }
  if (liveLinkOfPerson(state, personId)) refuse('FAMILY.ALREADY_LINKED', `${personId} already has an account linked on this case`);
  if (liveLinkOfAccount(state, accountId)) {
    refuse('FAMILY.ACCOUNT_IN_USE', `account ${accountId} is already linked to another person on this case`);
  }
  return [{ type: 'FamilyAccountLinked', data: { personId, accountId, linkedOn: moment.today } }];
}

/** The link ends with its reason; from then on the account reads nothing of the case. */
export function endFamilyAccountLink({ data }: EndFamilyAccountLink, state: ExistingCase, moment: Moment): [FamilyAccountLinkEnded] {
  const link = liveLinkOfPerson(state, data.personId);
  if (!link) refuse('FAMILY.NOT_LINKED', `${data.personId} has no account linked on this case`);
  const reason = requireText(data.reason, 'the reason the link ends');
  return [{ type: 'FamilyAccountLinkEnded', data: { personId: link.personId, accountId: link.accountId, endedOn: moment.today, reason } }];
}
