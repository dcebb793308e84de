import { CourtOrderKind } from '../values';
import { actors, command, event, ids, uuid } from '../testing/fixtures';
import { given } from '../testing/given-when-then';
import { courtOrder, otsForSanne, signalRegistered, signalWithSanneBornOn } from '../testing/story';

const record = (
  kind: CourtOrderKind,
  validFrom: string,
  validUntil: string,
  extra: { extendsCourtOrderId?: string; parentsHeard?: boolean; childId?: string } = {},
) =>
  command(
    'RecordCourtOrder',
    {
      courtOrderId: uuid(500),
      kind,
      childId: ids.sanne,
      issuedOn: '2026-11-16',
      validFrom,
      validUntil,
      court: 'Rechtbank Gelderland',
      caseNumber: 'C/05/123456',
      giOrganisation: 'William Schrikker Stichting',
      ...extra,
    },
    actors.caseTeam,
  );

describe('court orders are recorded as the juvenile judge issued them', () => {
  it('records an OTS of one year', () => {
    given([signalRegistered])
      .when(record('ots', '2026-11-16', '2027-11-16'))
      .then([courtOrder('ots', uuid(500), ids.sanne, '2026-11-16', '2027-11-16')]);
  });

  it('refuses an OTS longer than one year', () => {
    const refusal = given([signalRegistered])
      .when(record('ots', '2026-11-16', '2027-11-17'))
      .thenThrows('COURT_ORDER.EXCEEDS_LEGAL_MAXIMUM');
    expect(refusal.message).toContain('2027-11-16');
  });

  it('records an extension of an OTS by at most one year', () => {
    given([signalRegistered, otsForSanne])
      .when(record('ots', '2027-11-16', '2028-11-16', { extendsCourtOrderId: ids.ots }))
      .thenEmits([
        {
          type: 'CourtOrderRecorded',
          data: { kind: 'ots', validFrom: '2027-11-16', validUntil: '2028-11-16', extendsCourtOrderId: ids.ots },
        },
      ]);
    given([signalRegistered, otsForSanne])
      .when(record('ots', '2027-11-16', '2029-01-01', { extendsCourtOrderId: ids.ots }))
      .thenThrows('COURT_ORDER.EXCEEDS_LEGAL_MAXIMUM');
  });

  it('refuses an extension of an order of another kind or child', () => {
    given([signalRegistered, otsForSanne])
      .when(record('machtiging-uithuisplaatsing', '2026-11-16', '2027-05-16', { extendsCourtOrderId: ids.ots }))
      .thenThrows('COURT_ORDER.EXTENSION_MISMATCH');
  });

  it('refuses a voorlopige OTS longer than three months', () => {
    given([signalRegistered])
      .when(record('voorlopige-ots', '2026-11-16', '2027-02-16'))
      .thenEmits([{ type: 'CourtOrderRecorded', data: { kind: 'voorlopige-ots', validFrom: '2026-11-16', validUntil: '2027-02-16' } }]);
    given([signalRegistered])
      .when(record('voorlopige-ots', '2026-11-16', '2027-02-17'))
      .thenThrows('COURT_ORDER.EXCEEDS_LEGAL_MAXIMUM');
  });

  it('refuses a machtiging uithuisplaatsing longer than one year', () => {
    given([signalRegistered, otsForSanne])
      .when(record('machtiging-uithuisplaatsing', '2026-11-16', '2027-11-17'))
      .thenThrows('COURT_ORDER.EXCEEDS_LEGAL_MAXIMUM');
  });

  it('refuses a machtiging running beyond the OTS it rests on', () => {
    const shortOts = courtOrder('ots', ids.ots, ids.sanne, '2026-11-16', '2027-03-01');
    given([signalRegistered, shortOts])
      .when(record('machtiging-uithuisplaatsing', '2026-11-16', '2027-05-16'))
      .thenThrows('COURT_ORDER.EXCEEDS_OTS');
  });

  it('accepts a machtiging that an extended OTS covers without a gap', () => {
    const shortOts = courtOrder('ots', ids.ots, ids.sanne, '2026-11-16', '2027-03-01');
    const extension = courtOrder('ots', uuid(501), ids.sanne, '2027-03-01', '2028-03-01');
    given([signalRegistered, shortOts, extension])
      .when(record('machtiging-uithuisplaatsing', '2026-11-16', '2027-11-16'))
      .thenEmits([
        { type: 'CourtOrderRecorded', data: { kind: 'machtiging-uithuisplaatsing', validFrom: '2026-11-16', validUntil: '2027-11-16' } },
      ]);
  });

  it('refuses a machtiging starting when no OTS of the child is valid', () => {
    given([signalRegistered, otsForSanne])
      .when(record('machtiging-uithuisplaatsing', '2026-11-01', '2027-05-16'))
      .thenThrows('COURT_ORDER.EXCEEDS_OTS');
  });

  it('refuses a spoedmachtiging longer than four weeks', () => {
    given([signalRegistered])
      .when(record('spoedmachtiging', '2026-11-16', '2026-12-14'))
      .thenEmits([{ type: 'CourtOrderRecorded', data: { kind: 'spoedmachtiging', validUntil: '2026-12-14' } }]);
    const refusal = given([signalRegistered])
      .when(record('spoedmachtiging', '2026-11-16', '2036-11-16'))
      .thenThrows('COURT_ORDER.EXCEEDS_LEGAL_MAXIMUM');
    expect(refusal.message).toContain('2026-12-14');
    expect(refusal.params).toEqual({ latestValidUntil: '2026-12-14' });
  });

  it('refuses a machtiging when no OTS of the child is on record', () => {
    const refusal = given([signalRegistered])
      .when(record('machtiging-uithuisplaatsing', '2026-11-16', '2027-05-16'))
      .thenThrows('COURT_ORDER.NO_OTS');
    expect(refusal.message).toContain(ids.sanne);
    const otsForDaan = courtOrder('ots', ids.ots, ids.daan, '2026-11-16', '2027-11-16');
    given([signalRegistered, otsForDaan])
      .when(record('machtiging-uithuisplaatsing', '2026-11-16', '2027-05-16'))
      .thenThrows('COURT_ORDER.NO_OTS');
  });

  it('accepts a machtiging resting on a voorlopige OTS, within it', () => {
    const provisional = courtOrder('voorlopige-ots', ids.ots, ids.sanne, '2026-11-16', '2027-02-16');
    given([signalRegistered, provisional])
      .when(record('machtiging-uithuisplaatsing', '2026-11-16', '2027-02-16'))
      .thenEmits([{ type: 'CourtOrderRecorded', data: { kind: 'machtiging-uithuisplaatsing' } }]);
    given([signalRegistered, provisional])
      .when(record('machtiging-uithuisplaatsing', '2026-11-16', '2027-05-16'))
      .thenThrows('COURT_ORDER.EXCEEDS_OTS');
  });

  it('refuses an extension that does not start where the order it extends ends', () => {
    const later = given([signalRegistered, otsForSanne])
      .when(record('ots', '2028-03-01', '2029-03-01', { extendsCourtOrderId: ids.ots }))
      .thenThrows('COURT_ORDER.EXTENSION_NOT_CONTIGUOUS');
    expect(later.message).toContain('2027-11-16');
    given([signalRegistered, otsForSanne])
      .when(record('ots', '2027-06-01', '2028-06-01', { extendsCourtOrderId: ids.ots }))
      .thenThrows('COURT_ORDER.EXTENSION_NOT_CONTIGUOUS');
    given([signalRegistered, otsForSanne])
      .when(record('ots', '2027-11-17', '2028-11-16', { extendsCourtOrderId: ids.ots }))
      .thenEmits([{ type: 'CourtOrderRecorded', data: { validFrom: '2027-11-17', extendsCourtOrderId: ids.ots } }]);
  });

  it('refuses a voorlopige OTS extended by another voorlopige OTS, named as an extension or not', () => {
    const provisional = courtOrder('voorlopige-ots', ids.ots, ids.sanne, '2026-11-16', '2027-02-16');
    given([signalRegistered, provisional])
      .when(record('voorlopige-ots', '2027-02-16', '2027-05-16', { extendsCourtOrderId: ids.ots }))
      .thenThrows('COURT_ORDER.PROVISIONAL_NOT_EXTENDED');
    given([signalRegistered, provisional])
      .when(record('voorlopige-ots', '2027-02-17', '2027-05-16'))
      .thenThrows('COURT_ORDER.PROVISIONAL_NOT_EXTENDED');
    given([signalRegistered, provisional])
      .when(record('ots', '2027-02-16', '2028-02-16'))
      .thenEmits([{ type: 'CourtOrderRecorded', data: { kind: 'ots', validFrom: '2027-02-16' } }]);
  });

  it("refuses any order running past the child's 18th birthday", () => {
    // Sanne is born on 2014-05-12: she comes of age on 2032-05-12.
    const refusal = given([signalRegistered])
      .when(record('ots', '2031-06-01', '2032-05-13'))
      .thenThrows('COURT_ORDER.BEYOND_MAJORITY');
    expect(refusal.message).toContain('2032-05-12');
    expect(refusal.params).toEqual({ childId: ids.sanne, majorityOn: '2032-05-12' });
    given([signalRegistered])
      .when(record('ots', '2031-06-01', '2032-05-12'))
      .thenEmits([{ type: 'CourtOrderRecorded', data: { validUntil: '2032-05-12' } }]);
    given([signalRegistered, courtOrder('ots', ids.ots, ids.sanne, '2031-06-01', '2032-05-12')])
      .when(record('machtiging-uithuisplaatsing', '2032-01-01', '2032-06-01'))
      .thenThrows('COURT_ORDER.BEYOND_MAJORITY');
  });

  it('takes 1 March as the 18th birthday of a child born on 29 February in a common year, as a placement request does', () => {
    // The 18 years are complete only when 28 February has ended (docs/rules.md: unconfirmed).
    const bornOnLeapDay = signalWithSanneBornOn('2008-02-29');
    given([bornOnLeapDay])
      .when(record('ots', '2025-06-01', '2026-03-01'))
      .thenEmits([{ type: 'CourtOrderRecorded', data: { validUntil: '2026-03-01' } }]);
    const refusal = given([bornOnLeapDay])
      .when(record('ots', '2025-06-01', '2026-03-02'))
      .thenThrows('COURT_ORDER.BEYOND_MAJORITY');
    expect(refusal.message).toContain('comes of age on 2026-03-01');
  });

  it('refuses a court order for a child whose date of birth is not on record', () => {
    const noBirthDate = event('SignalRegistered', {
      ...signalRegistered.data,
      children: [{ childId: ids.sanne, birthDate: '' }],
    });
    given([noBirthDate])
      .when(record('ots', '2026-11-16', '2027-11-16'))
      .thenThrows('COURT_ORDER.BIRTH_DATE_MISSING');
  });

  it("sets the parents' hearing 2 weeks after a spoedmachtiging when they were not heard before", () => {
    given([signalRegistered])
      .when(record('spoedmachtiging', '2026-11-16', '2026-11-30'))
      .thenEmits([{ type: 'CourtOrderRecorded', data: { parentsHearingDueOn: '2026-11-30' } }]);
    given([signalRegistered])
      .when(record('spoedmachtiging', '2026-11-16', '2026-11-30', { parentsHeard: true }))
      .thenEmits([{ type: 'CourtOrderRecorded', data: { parentsHearingDueOn: null } }]);
  });

  it('refuses an order that ends before it begins', () => {
    given([signalRegistered])
      .when(record('ots', '2026-11-16', '2026-11-16'))
      .thenThrows('COURT_ORDER.INVALID_PERIOD');
  });

  it('refuses an order for a child outside the case', () => {
    given([signalRegistered])
      .when(record('ots', '2026-11-16', '2027-11-16', { childId: ids.mother }))
      .thenThrows('CASE.UNKNOWN_CHILD');
  });

  it('refuses an order issued in the future', () => {
    given([signalRegistered])
      .when({
        ...record('ots', '2026-12-16', '2027-12-16'),
        data: { ...record('ots', '2026-12-16', '2027-12-16').data, issuedOn: '2026-12-16' },
      })
      .thenThrows('INPUT.DATE_IN_FUTURE');
  });

  it('refuses the same order twice', () => {
    given([signalRegistered, courtOrder('ots', uuid(500), ids.sanne, '2026-11-16', '2027-11-16')])
      .when(record('ots', '2026-11-16', '2027-11-16'))
      .thenThrows('COURT_ORDER.ALREADY_RECORDED');
  });
});
