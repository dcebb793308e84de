import { FosterCareChoice } from '../values';
import { actors, command, event, ids, uuid } from '../testing/fixtures';
import { given } from '../testing/given-when-then';
import {
  assessedUnsafe,
  childConsentOf,
  courtOrder,
  parentsConsented,
  parentsRecorded,
  placementDecided,
  placementRequested,
  placementStarted,
  signalWithSanneBornOn,
} from '../testing/story';
import { fosterCareEndsOn } from './coming-of-age';

const at = (day: string) => new Date(`${day}T10:00:00.000Z`);

/** Sanne, born 10 January 2009, lives in a foster family on her parents' consent: 17 today (2026-11-23), 18 on 2027-01-10. */
const placedAt17 = (legalBasis: 'voluntary' | 'court-order' = 'voluntary', ...orders: ReturnType<typeof courtOrder>[]) => [
  signalWithSanneBornOn('2009-01-10'),
  ...parentsRecorded,
  assessedUnsafe,
  ...parentsConsented,
  ...orders,
  placementRequested(ids.placement, [ids.sanne], legalBasis, 'Daan stays home'),
  placementDecided(ids.placement),
  placementStarted(ids.placement),
];
const herOwnConsent = childConsentOf(ids.sanne, ids.sanneConsent);

const choose = (choice: FosterCareChoice, chosenOn = '2026-11-23', by = actors.caseTeam, childId: string = ids.sanne) =>
  command('RecordFosterCareChoice', { placementId: ids.placement, childId, choice, chosenOn }, by);
const chosen = (choice: FosterCareChoice, chosenOn: string, placementEndsOn: string) =>
  event('FosterCareChoiceRecorded', { placementId: ids.placement, childId: ids.sanne, choice, chosenOn, placementEndsOn });

describe('growing up: foster care after 18 (Jeugdwet since 2018, bill 35833)', () => {
  it('continues to the 21st birthday on the young person’s own consent', () => {
    given([...placedAt17(), herOwnConsent])
      .when(choose('continue'))
      .then([chosen('continue', '2026-11-23', '2030-01-10')]);
  });

  it('does not continue on the parents’ consent: from 16 the young person consents alone', () => {
    const refusal = given(placedAt17()).when(choose('continue')).thenThrows('PLACEMENT.MISSING_CHILD_CONSENT');
    expect(refusal.message).toContain("the young person's own consent");
  });

  it('declined before 18, the placement is to end on the 18th birthday (the team records the end then)', () => {
    given(placedAt17())
      .when(choose('decline'))
      .then([chosen('decline', '2026-11-23', '2027-01-10')]);
  });

  it('declined once of age, the placement ends that day, for the age of majority', () => {
    given([...placedAt17(), herOwnConsent, chosen('continue', '2026-11-23', '2030-01-10')])
      .when(choose('decline', '2027-09-01'), at('2027-09-01'))
      .thenEmits([
        { type: 'FosterCareChoiceRecorded', data: { choice: 'decline', placementEndsOn: '2027-09-01' } },
        {
          type: 'PlacementEnded',
          data: { placementId: ids.placement, childIds: [ids.sanne], endedOn: '2027-09-01', reason: 'age-of-majority' },
        },
      ]);
  });

  it('ends only the young person’s part of a placement shared with a younger sibling', () => {
    const together = placedAt17().map((e) =>
      e.type === 'PlacementRequested' ? placementRequested(ids.placement, [ids.sanne, ids.daan], 'voluntary') : e,
    );
    given(together)
      .when(choose('decline', '2027-02-01'), at('2027-02-01'))
      .thenEmits([
        { type: 'FosterCareChoiceRecorded' },
        { type: 'ChildLeftPlacement', data: { childIds: [ids.sanne], reason: 'age-of-majority' } },
      ]);
  });

  it('is the young person’s choice from 16 on, and not past the 21st birthday', () => {
    given([signalWithSanneBornOn('2011-01-10'), ...placedAt17().slice(1)])
      .when(choose('decline'))
      .thenThrows('FOSTER_CARE.CHOICE_BEFORE_16');
    given(placedAt17()).when(choose('decline', '2030-01-10'), at('2030-01-10')).thenThrows('FOSTER_CARE.PAST_21');
  });

  it('is recorded once per choice; after a decline care does not continue (that is a new placement)', () => {
    given([...placedAt17(), herOwnConsent, chosen('continue', '2026-11-23', '2030-01-10')])
      .when(choose('continue'))
      .thenThrows('FOSTER_CARE.ALREADY_CHOSEN');
    given([...placedAt17(), herOwnConsent, chosen('decline', '2026-11-20', '2027-01-10')])
      .when(choose('continue'))
      .thenThrows('FOSTER_CARE.ALREADY_DECLINED');
  });

  it('concerns a child who lives in the active placement, on a day that has come', () => {
    given(placedAt17())
      .when(choose('decline', '2026-11-23', actors.caseTeam, ids.daan))
      .thenThrows('PLACEMENT.CHILD_NOT_IN_PLACEMENT');
    given(placedAt17().slice(0, -1)).when(choose('decline')).thenThrows('PLACEMENT.NOT_ACTIVE');
    given(placedAt17()).when(choose('decline', '2026-11-24')).thenThrows('INPUT.DATE_IN_FUTURE');
  });

  it('is not the choice of an outsider, an auditor, a provider or the family', () => {
    for (const outsider of [actors.otherWijkteam, actors.provider, actors.family]) {
      given(placedAt17())
        .when(choose('decline', '2026-11-23', outsider))
        .thenThrows('CASE.NOT_FOUND');
    }
    given(placedAt17())
      .when(choose('decline', '2026-11-23', actors.auditor))
      .thenThrows('ACCESS.READ_ONLY_ROLE');
  });

  it('after 18 is recorded by the case team, no longer by the GI: its court orders ended on the birthday (BW 1:233)', () => {
    const ots = courtOrder('ots', ids.ots, ids.sanne, '2026-11-16', '2027-01-10');
    const machtiging = courtOrder('machtiging-uithuisplaatsing', ids.machtiging, ids.sanne, '2026-11-16', '2027-01-10');
    const placed = [...placedAt17('court-order', ots, machtiging), herOwnConsent];
    given(placed)
      .when(choose('continue', '2026-12-01', actors.gi), at('2026-12-01'))
      .thenEmits([{ type: 'FosterCareChoiceRecorded' }]);
    given(placed)
      .when(choose('continue', '2027-01-11', actors.gi), at('2027-01-11'))
      .thenThrows('ACCESS.GI_NOT_CHARGED');
    given(placed)
      .when(choose('continue', '2027-01-11'), at('2027-01-11'))
      .thenEmits([{ type: 'FosterCareChoiceRecorded', data: { placementEndsOn: '2030-01-10' } }]);
  });

  it('counts 21 from the one 18th birthday: born on 29 February, 1 March', () => {
    expect(fosterCareEndsOn('2008-02-29')).toBe('2029-03-01');
    expect(fosterCareEndsOn('2009-01-10')).toBe('2030-01-10');
  });
});

describe('growing up: the young person’s own consent replaces the parents’', () => {
  const consent = (givenBy: object, givenOn: string) =>
    command('RecordConsent', { consentId: uuid(950), givenBy, purpose: 'share-information', childIds: [ids.sanne], givenOn } as never);

  it('takes no parent’s consent for a child of 18: parental authority has ended (BW 1:233, 1:245)', () => {
    const refusal = given(placedAt17())
      .when(consent({ giver: 'family-member', familyMemberId: ids.mother }, '2027-01-10'), at('2027-01-10'))
      .thenThrows('CONSENT.CHILD_OF_AGE');
    expect(refusal.message).toContain('the young person consents themself');
    given(placedAt17())
      .when(consent({ giver: 'family-member', familyMemberId: ids.mother }, '2027-01-09'), at('2027-01-10'))
      .thenEmits([{ type: 'ConsentRecorded' }]);
    given(placedAt17())
      .when(consent({ giver: 'child', childId: ids.sanne }, '2027-01-10'), at('2027-01-10'))
      .thenEmits([{ type: 'ConsentRecorded' }]);
  });
});
