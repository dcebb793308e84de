import { command, ids } from '../testing/fixtures';
import { given } from '../testing/given-when-then';
import { consentOf, motherRecorded, parentsConsented, parentsRecorded, signalRegistered } from '../testing/story';

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
    familyMemberId: ids.mother,
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

  it('records a member again when parental authority changes', () => {
    given([signalRegistered, motherRecorded])
      .when(recordMother([ids.daan]))
      .then([{ ...motherRecorded, data: { ...motherRecorded.data, parentalAuthorityOver: [ids.daan] } }]);
  });

  it('refuses authority over a child who is not part of the case', () => {
    given([signalRegistered]).when(recordMother([ids.placement])).thenThrows('CASE.UNKNOWN_CHILD');
  });
});

describe('consent is a history, never a flag', () => {
  it("records the mother's consent to a voluntary placement", () => {
    given([signalRegistered, ...parentsRecorded]).when(recordConsent()).then([consentOf(ids.mother, ids.motherConsent)]);
  });

  it('refuses consent from someone not recorded as family member', () => {
    given([signalRegistered]).when(recordConsent()).thenThrows('CASE.UNKNOWN_FAMILY_MEMBER');
  });

  it('refuses the same consent twice', () => {
    given([signalRegistered, ...parentsRecorded, ...parentsConsented]).when(recordConsent()).thenThrows('CONSENT.ALREADY_RECORDED');
  });

  it('refuses consent given in the future', () => {
    given([signalRegistered, ...parentsRecorded]).when(recordConsent({ givenOn: '2026-12-01' })).thenThrows('INPUT.DATE_IN_FUTURE');
  });

  it('refuses consent about no child', () => {
    given([signalRegistered, ...parentsRecorded]).when(recordConsent({ childIds: [] })).thenThrows('INPUT.MISSING');
  });

  it('records a withdrawal with its reason', () => {
    given([signalRegistered, ...parentsRecorded, ...parentsConsented])
      .when(withdraw())
      .then([{ type: 'ConsentWithdrawn', data: { consentId: ids.motherConsent, withdrawnOn: '2026-11-22', reason: 'Wants Sanne home' } }]);
  });

  it('refuses to withdraw a consent that is not on record', () => {
    given([signalRegistered, ...parentsRecorded]).when(withdraw()).thenThrows('CONSENT.NOT_FOUND');
  });

  it('refuses to withdraw a consent twice', () => {
    const withdrawn = { type: 'ConsentWithdrawn', data: { consentId: ids.motherConsent, withdrawnOn: '2026-11-21', reason: 'no' } } as const;
    given([signalRegistered, ...parentsRecorded, ...parentsConsented, withdrawn]).when(withdraw()).thenThrows('CONSENT.ALREADY_WITHDRAWN');
  });

  it('refuses a withdrawal dated before the consent was given', () => {
    given([signalRegistered, ...parentsRecorded, ...parentsConsented])
      .when(withdraw({ withdrawnOn: '2026-11-01' }))
      .thenThrows('INPUT.INVALID_DATE');
  });
});
