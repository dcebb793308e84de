import { actors, command, event, ids, TODAY, uuid } from '../testing/fixtures';
import { given } from '../testing/given-when-then';
import { jeugdlinkJoined, jeugdlinkRequested, otsForSanne, parentsRecorded, signalRegistered } from '../testing/story';

const motherAccount = uuid(301);
const sanneAccount = uuid(302);
const link = (personId: string, accountId: string, by = actors.caseTeam) => command('LinkFamilyAccount', { personId, accountId }, by);
const motherLinked = event('FamilyAccountLinked', { personId: ids.mother, accountId: motherAccount, linkedOn: '2026-11-20' });
const family = [signalRegistered, ...parentsRecorded];

describe('who is who: a family account linked to its person on the case', () => {
  it('links the account of a recorded family member, and of a child of the case', () => {
    given(family)
      .when(link(ids.mother, motherAccount))
      .then([{ type: 'FamilyAccountLinked', data: { personId: ids.mother, accountId: motherAccount, linkedOn: TODAY } }]);
    given(family)
      .when(link(ids.sanne, sanneAccount))
      .thenEmits([{ type: 'FamilyAccountLinked', data: { personId: ids.sanne } }]);
  });

  it('links only a child or a recorded family member of this case', () => {
    given(family)
      .when(link(uuid(999), motherAccount))
      .thenThrows('FAMILY.PERSON_UNKNOWN');
    given([signalRegistered]).when(link(ids.mother, motherAccount)).thenThrows('FAMILY.PERSON_UNKNOWN');
  });

  it('keeps one live link per person and one per account', () => {
    given([...family, motherLinked])
      .when(link(ids.mother, uuid(303)))
      .thenThrows('FAMILY.ALREADY_LINKED');
    given([...family, motherLinked])
      .when(link(ids.father, motherAccount))
      .thenThrows('FAMILY.ACCOUNT_IN_USE');
  });

  it('is the case team’s step (and a joined Jeugdlink team’s), not a GI’s, nor the family’s own', () => {
    given([...family, jeugdlinkRequested, jeugdlinkJoined])
      .when(link(ids.mother, motherAccount, actors.jeugdlink))
      .thenEmits([{ type: 'FamilyAccountLinked' }]);
    given([...family, otsForSanne])
      .when(link(ids.mother, motherAccount, actors.gi))
      .thenThrows('ACCESS.STEP_NOT_FOR_ROLE');
    given(family)
      .when(link(ids.mother, motherAccount, actors.auditor))
      .thenThrows('ACCESS.READ_ONLY_ROLE');
    for (const outsider of [actors.otherWijkteam, actors.provider, actors.family]) {
      given(family)
        .when(link(ids.mother, motherAccount, outsider))
        .thenThrows('CASE.NOT_FOUND');
    }
  });

  it('ends with its reason, and then the person and the account may be linked anew', () => {
    given([...family, motherLinked])
      .when(command('EndFamilyAccountLink', { personId: ids.mother, reason: 'Mother asked to stop' }))
      .then([
        {
          type: 'FamilyAccountLinkEnded',
          data: { personId: ids.mother, accountId: motherAccount, endedOn: TODAY, reason: 'Mother asked to stop' },
        },
      ]);
    const endedLink = event('FamilyAccountLinkEnded', { personId: ids.mother, accountId: motherAccount, endedOn: TODAY, reason: 'stop' });
    given([...family, motherLinked, endedLink])
      .when(link(ids.father, motherAccount))
      .thenEmits([{ type: 'FamilyAccountLinked' }]);
    given([...family, motherLinked, endedLink])
      .when(command('EndFamilyAccountLink', { personId: ids.mother, reason: 'again' }))
      .thenThrows('FAMILY.NOT_LINKED');
  });

  it('needs a reason to end a link', () => {
    given([...family, motherLinked])
      .when(command('EndFamilyAccountLink', { personId: ids.mother, reason: ' ' }))
      .thenThrows('INPUT.MISSING');
  });
});
