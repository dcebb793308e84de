import { easterSunday, NON_WORKING_DAYS, nonWorkingDaysOf } from './non-working-days';
import { addWorkingDays, isWorkingDay } from './working-days';

describe("the Algemene termijnenwet's non-working days", () => {
  it('computes Easter Sunday (2024–2027, and 2038, its latest date this century)', () => {
    expect([2024, 2025, 2026, 2027, 2038].map(easterSunday)).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2038-04-25',
    ]);
  });

  it('lists the holidays of 2025, with King’s Day on Saturday 26 April because the 27th is a Sunday', () => {
    expect(nonWorkingDaysOf(2025)).toEqual({
      'new-years-day': '2025-01-01',
      'good-friday': '2025-04-18',
      'easter-monday': '2025-04-21',
      'kings-day': '2025-04-26',
      'liberation-day': '2025-05-05',
      'ascension-day': '2025-05-29',
      'whit-monday': '2025-06-09',
      'christmas-day': '2025-12-25',
      'boxing-day': '2025-12-26',
    });
  });

  it('lists the holidays of 2026 and 2027', () => {
    expect(Object.values(nonWorkingDaysOf(2026))).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-04-27',
      '2026-05-05',
      '2026-05-14',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
    expect(Object.values(nonWorkingDaysOf(2027))).toEqual([
      '2027-01-01',
      '2027-03-26',
      '2027-03-29',
      '2027-04-27',
      '2027-05-05',
      '2027-05-06',
      '2027-05-17',
      '2027-12-25',
      '2027-12-26',
    ]);
  });

  it('names each day with its source', () => {
    expect(NON_WORKING_DAYS['good-friday'].source).toMatch(/decree/i);
    expect(NON_WORKING_DAYS['liberation-day'].source).toMatch(/Algemene termijnenwet art\. 3/);
  });
});

describe('Dutch working days', () => {
  it('does not count Good Friday and 5 May (every year) as working days', () => {
    expect(isWorkingDay('2026-04-03')).toBe(false);
    expect(isWorkingDay('2026-05-05')).toBe(false);
    expect(isWorkingDay('2027-05-05')).toBe(false);
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-07');
    expect(addWorkingDays('2026-05-04', 1)).toBe('2026-05-06');
  });

  it('skips weekends', () => {
    expect(addWorkingDays('2026-11-20', 1)).toBe('2026-11-23');
    expect(addWorkingDays('2026-11-21', 5)).toBe('2026-11-27');
  });

  it('skips Christmas and New Year: 5 working days after Christmas Eve 2026 is 4 January 2027', () => {
    expect(addWorkingDays('2026-12-24', 5)).toBe('2027-01-04');
  });

  it("skips King's Day on 27 April (2026)", () => {
    expect(isWorkingDay('2026-04-27')).toBe(false);
    expect(addWorkingDays('2026-04-24', 1)).toBe('2026-04-28');
  });

  it('counts the same days in the weeks the clocks change (29 March and 25 October 2026)', () => {
    // Good Friday and Easter Monday fall in the first week.
    expect(addWorkingDays('2026-03-27', 5)).toBe('2026-04-07');
    expect(addWorkingDays('2026-10-23', 5)).toBe('2026-10-30');
  });

  it('skips the extra non-working days a deployment configures', () => {
    const calendar = { extraNonWorkingDays: ['2026-12-24', '2026-12-31'] };
    expect(isWorkingDay('2026-12-24', calendar)).toBe(false);
    expect(isWorkingDay('2026-12-24')).toBe(true);
    expect(addWorkingDays('2026-12-23', 5, calendar)).toBe('2027-01-05');
  });

  it('returns the day itself for 0 working days and refuses negative counts', () => {
    expect(addWorkingDays('2026-12-25', 0)).toBe('2026-12-25');
    expect(() => addWorkingDays('2026-12-25', -1)).toThrow(RangeError);
  });
});
