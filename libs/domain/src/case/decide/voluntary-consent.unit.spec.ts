import { actors, command, ids } from '../testing/fixtures';
import { given } from '../testing/given-when-then';
import {
  requestPlacement,
  assessedUnsafe,
  childConsentOf,
  parentsConsented,
  parentsRecorded,
  sanneConsented,
  signalRegistered,
  signalWithSanneBornOn,
} from '../testing/story';

// TODAY is 2026-11-23: Sanne (born 2014-05-12) is 12, Daan (born 2019-03-02) is 7.
const voluntary = (childIds: string[], intendedStartOn = '2026-11-23') =>
  requestPlacement(childIds, 'voluntary', actors.caseTeam, intendedStartOn);

const sanneWithdrew = {
  type: 'ConsentWithdrawn',
  data: { consentId: ids.sanneConsent, withdrawnOn: '2026-11-21', reason: 'Sanne wants to stay at home' },
} as const;

const sixteen = signalWithSanneBornOn('2010-05-12');

describe('consent to a voluntary placement follows the age of the child (Jeugdwet art. 7.3.4)', () => {
  it('places a child under 12 on the consent of the parents with authority', () => {
    given([signalRegistered, ...parentsRecorded, assessedUnsafe, ...parentsConsented])
      .when(voluntary([ids.daan]))
      .thenEmits([{ type: 'PlacementRequested', data: { childIds: [ids.daan], legalBasis: 'voluntary' } }]);
  });

  it("does not place a child of 12 on the parents' consent alone: the child consents too", () => {
    const refusal = given([signalRegistered, ...parentsRecorded, assessedUnsafe, ...parentsConsented])
      .when(voluntary([ids.sanne]))
      .thenThrows('PLACEMENT.MISSING_CHILD_CONSENT');
    expect(refusal.message).toBe(
      `child ${ids.sanne} is 12 on 2026-11-23: a voluntary placement needs the child's own consent as well as that of the parents with authority`,
    );
  });

  it("places a child of 12 with the child's own consent and the parents'", () => {
    given([signalRegistered, ...parentsRecorded, assessedUnsafe, ...parentsConsented, sanneConsented])
      .when(voluntary([ids.sanne, ids.daan]))
      .thenEmits([{ type: 'PlacementRequested', data: { childIds: [ids.sanne, ids.daan] } }]);
  });

  it("does not let the consent of a child of 12 stand in for the parents'", () => {
    given([signalRegistered, ...parentsRecorded, assessedUnsafe, sanneConsented])
      .when(voluntary([ids.sanne]))
      .thenThrows('PLACEMENT.MISSING_PARENTAL_CONSENT');
  });

  it('places a young person of 16 on their own consent alone: no parent needs to consent, none need be recorded', () => {
    given([sixteen, assessedUnsafe, sanneConsented])
      .when(voluntary([ids.sanne]))
      .thenEmits([{ type: 'PlacementRequested', data: { childIds: [ids.sanne] } }]);
  });

  it("does not place a young person of 16 on the parents' consent without their own", () => {
    const refusal = given([sixteen, ...parentsRecorded, assessedUnsafe, ...parentsConsented])
      .when(voluntary([ids.sanne]))
      .thenThrows('PLACEMENT.MISSING_CHILD_CONSENT');
    expect(refusal.message).toBe(
      `child ${ids.sanne} is 16 on 2026-11-23: a voluntary placement needs the young person's own consent; the parents' is not needed`,
    );
  });

  it('counts the age on the date the placement starts: a child turning 12 before it consents too', () => {
    const turnsTwelve = signalWithSanneBornOn('2014-11-30');
    const onRecord = [turnsTwelve, ...parentsRecorded, assessedUnsafe, ...parentsConsented];
    given(onRecord)
      .when(voluntary([ids.sanne], '2026-11-29'))
      .thenEmits([{ type: 'PlacementRequested', data: { intendedStartOn: '2026-11-29' } }]);
    given(onRecord)
      .when(voluntary([ids.sanne], '2026-11-30'))
      .thenThrows('PLACEMENT.MISSING_CHILD_CONSENT');
  });

  it("no longer counts a child's consent once withdrawn", () => {
    given([signalRegistered, ...parentsRecorded, assessedUnsafe, ...parentsConsented, sanneConsented, sanneWithdrew])
      .when(voluntary([ids.sanne]))
      .thenThrows('PLACEMENT.MISSING_CHILD_CONSENT');
  });

  it("needs the child's date of birth on record to know who consents", () => {
    const unknownAge = signalWithSanneBornOn('');
    given([unknownAge, ...parentsRecorded, assessedUnsafe, ...parentsConsented, sanneConsented])
      .when(voluntary([ids.sanne]))
      .thenThrows('CONSENT.BIRTH_DATE_MISSING');
  });
});

describe("the child's own consent", () => {
  const childConsents = (childId: string, childIds: string[]) =>
    command('RecordConsent', {
      consentId: ids.sanneConsent,
      givenBy: { giver: 'child', childId },
      purpose: 'voluntary-placement',
      childIds,
      givenOn: '2026-11-10',
    });

  it('is recorded like a parent’s, with the child as the one who consents', () => {
    given([signalRegistered])
      .when(childConsents(ids.sanne, [ids.sanne]))
      .then([childConsentOf(ids.sanne, ids.sanneConsent)]);
  });

  it('is given for the child alone, by a child of the case who is 12 or older', () => {
    given([signalRegistered])
      .when(childConsents(ids.sanne, [ids.sanne, ids.daan]))
      .thenThrows('CONSENT.CHILD_FOR_OTHERS');
    const young = given([signalRegistered])
      .when(childConsents(ids.daan, [ids.daan]))
      .thenThrows('CONSENT.CHILD_UNDER_12');
    expect(young.message).toBe(
      `child ${ids.daan} is under 12 on 2026-11-10: the parents with authority (or the guardian) consent for them; record the child's view instead`,
    );
    given([signalRegistered])
      .when(childConsents(ids.mother, [ids.mother]))
      .thenThrows('CASE.UNKNOWN_CHILD');
  });
});
