import { actors, command, ids, TODAY } from '../testing/fixtures';
import { given } from '../testing/given-when-then';
import {
  requestPlacement,
  assessedUnsafe,
  consentOf,
  familyConsented,
  motherRecorded,
  parentsConsented,
  parentsRecorded,
  signalRegistered,
} from '../testing/story';

const recordMother = (parentalAuthorityOver: string[] = [ids.sanne, ids.daan]) =>
  command('RecordFamilyMember', {
    familyMemberId: ids.mother,
    name: 'Fatima de Vries',
    relation: 'parent',
    parentalAuthorityOver,
    contact: { phone: '06-12345678' },
  });

const recordConsent = (overrides: Partial<Parameters<typeof command<'RecordConsent'>>[1]> = {}) =>
  command('RecordConsent', {
    consentId: ids.motherConsent,
    givenBy: { giver: 'family-member', familyMemberId: ids.mother },
    purpose: 'voluntary-placement',
    childIds: [ids.sanne, ids.daan],
    givenOn: '2026-11-10',
    ...overrides,
  });

const withdraw = (overrides: Partial<Parameters<typeof command<'WithdrawConsent'>>[1]> = {}) =>
  command('WithdrawConsent', { consentId: ids.motherConsent, withdrawnOn: '2026-11-22', reason: 'Wants Sanne home', ...overrides });

describe('family members', () => {
  it('records a parent with parental authority (gezag) over both children', () => {
    given([signalRegistered]).when(recordMother()).then([motherRecorded]);
  });

  it('refuses to record a member again: the record is never silently replaced', () => {
    given([signalRegistered, motherRecorded])
      .when(recordMother([ids.daan]))
      .thenThrows('FAMILY_MEMBER.ALREADY_RECORDED');
  });

  it('refuses authority over a child who is not part of the case', () => {
    given([signalRegistered])
      .when(recordMother([ids.placement]))
      .thenThrows('CASE.UNKNOWN_CHILD');
  });
});

describe('a change of parental authority is its own step', () => {
  const change = (parentalAuthorityOver: string[], overrides: Partial<Parameters<typeof command<'ChangeParentalAuthority'>>[1]> = {}) =>
    command('ChangeParentalAuthority', {
      familyMemberId: ids.mother,
      parentalAuthorityOver,
      source: 'court-decision',
      reason: 'Rechtbank Gelderland gave sole authority over Sanne to the father',
      changedOn: '2026-11-21',
      ...overrides,
    });

  it('records the new authority with its source and reason, and withdraws the consents that rested on the old', () => {
    const [motherConsent, fatherConsent] = parentsConsented;
    given([signalRegistered, ...parentsRecorded, ...parentsConsented])
      .when(change([ids.daan]))
      .then([
        {
          type: 'ParentalAuthorityChanged',
          data: {
            familyMemberId: ids.mother,
            parentalAuthorityOver: [ids.daan],
            previousAuthorityOver: [ids.sanne, ids.daan],
            source: 'court-decision',
            reason: 'Rechtbank Gelderland gave sole authority over Sanne to the father',
            changedOn: '2026-11-21',
          },
        },
        {
          type: 'ConsentWithdrawn',
          data: {
            consentId: motherConsent.data.consentId,
            withdrawnOn: TODAY,
            reason:
              'parental authority changed on 2026-11-21 (court-decision): Rechtbank Gelderland gave sole authority over Sanne to the father',
          },
        },
      ]);
    expect(fatherConsent.data.givenBy).toEqual({ giver: 'family-member', familyMemberId: ids.father });
  });

  it('lets a voluntary placement of a child pass only with the consents of those who hold authority now', () => {
    const changed = given([signalRegistered, ...parentsRecorded, assessedUnsafe, ...familyConsented])
      .when(change([ids.daan]))
      .thenEmits([
        { type: 'ParentalAuthorityChanged', data: { familyMemberId: ids.mother, parentalAuthorityOver: [ids.daan] } },
        { type: 'ConsentWithdrawn', data: { consentId: ids.motherConsent } },
      ]);
    const voluntary = requestPlacement([ids.sanne, ids.daan], 'voluntary', actors.caseTeam, '2026-11-25');
    given([signalRegistered, ...parentsRecorded, assessedUnsafe, ...familyConsented, ...changed])
      .when(voluntary)
      .thenThrows('PLACEMENT.MISSING_PARENTAL_CONSENT');
  });

  it('gains authority without withdrawing anything', () => {
    given([signalRegistered, { ...motherRecorded, data: { ...motherRecorded.data, parentalAuthorityOver: [ids.daan] } }])
      .when(change([ids.daan, ids.sanne], { source: 'recognition' }))
      .thenEmits([{ type: 'ParentalAuthorityChanged', data: { parentalAuthorityOver: [ids.daan, ids.sanne], source: 'recognition' } }]);
  });

  it('refuses a change without a reason, in the future, over a stranger, of nobody, or to the same authority', () => {
    const given_ = given([signalRegistered, ...parentsRecorded]);
    given_.when(change([ids.daan], { reason: ' ' })).thenThrows('INPUT.MISSING');
    given_.when(change([ids.daan], { changedOn: '2026-12-01' })).thenThrows('INPUT.DATE_IN_FUTURE');
    given_.when(change([ids.placement])).thenThrows('CASE.UNKNOWN_CHILD');
    given_.when(change([ids.daan], { familyMemberId: ids.grandmother })).thenThrows('CASE.UNKNOWN_FAMILY_MEMBER');
    given_.when(change([ids.daan, ids.sanne])).thenThrows('FAMILY_MEMBER.AUTHORITY_UNCHANGED');
  });
});

describe('consent is a history, never a flag', () => {
  it("records the mother's consent to a voluntary placement", () => {
    given([signalRegistered, ...parentsRecorded])
      .when(recordConsent())
      .then([consentOf(ids.mother, ids.motherConsent)]);
  });

  it('refuses consent from someone not recorded as family member', () => {
    given([signalRegistered]).when(recordConsent()).thenThrows('CASE.UNKNOWN_FAMILY_MEMBER');
  });

  it('refuses the same consent twice', () => {
    given([signalRegistered, ...parentsRecorded, ...parentsConsented])
      .when(recordConsent())
      .thenThrows('CONSENT.ALREADY_RECORDED');
  });

  it('refuses consent given in the future', () => {
    given([signalRegistered, ...parentsRecorded])
      .when(recordConsent({ givenOn: '2026-12-01' }))
      .thenThrows('INPUT.DATE_IN_FUTURE');
  });

  it('refuses consent about no child', () => {
    given([signalRegistered, ...parentsRecorded])
      .when(recordConsent({ childIds: [] }))
      .thenThrows('INPUT.MISSING');
  });

  it('records a withdrawal with its reason', () => {
    given([signalRegistered, ...parentsRecorded, ...parentsConsented])
      .when(withdraw())
      .then([{ type: 'ConsentWithdrawn', data: { consentId: ids.motherConsent, withdrawnOn: '2026-11-22', reason: 'Wants Sanne home' } }]);
  });

  it('refuses to withdraw a consent that is not on record', () => {
    given([signalRegistered, ...parentsRecorded])
      .when(withdraw())
      .thenThrows('CONSENT.NOT_FOUND');
  });

  it('refuses to withdraw a consent twice', () => {
    const withdrawn = {
      type: 'ConsentWithdrawn',
      data: { consentId: ids.motherConsent, withdrawnOn: '2026-11-21', reason: 'no' },
    } as const;
    given([signalRegistered, ...parentsRecorded, ...parentsConsented, withdrawn])
      .when(withdraw())
      .thenThrows('CONSENT.ALREADY_WITHDRAWN');
  });

  it('refuses a withdrawal dated before the consent was given', () => {
    given([signalRegistered, ...parentsRecorded, ...parentsConsented])
      .when(withdraw({ withdrawnOn: '2026-11-01' }))
      .thenThrows('INPUT.INVALID_DATE');
  });
});
