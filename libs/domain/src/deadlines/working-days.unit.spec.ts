import { addWorkingDays, dutchPublicHolidays, isWorkingDay } from './working-days';

describe('Dutch working days', () => {
  it('counts only public holidays as days off: Good Friday and Liberation Day are working days', () => {
    expect([...dutchPublicHolidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-05',
      '2026-04-06',
      '2026-04-27',
      '2026-05-14',
      '2026-05-24',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
    expect(isWorkingDay('2026-04-03')).toBe(true);
    expect(isWorkingDay('2026-05-05')).toBe(true);
  });

  it('skips weekends', () => {
    expect(addWorkingDays('2026-11-20', 1)).toBe('2026-11-23');
    expect(addWorkingDays('2026-11-21', 5)).toBe('2026-11-27');
  });

  it('skips Christmas and New Year: 5 working days after Christmas Eve 2026 is 4 January 2027', () => {
    expect(addWorkingDays('2026-12-24', 5)).toBe('2027-01-04');
  });

  it('skips Easter Monday', () => {
    expect(addWorkingDays('2026-04-02', 2)).toBe('2026-04-07');
  });

  it("skips King's Day, and moves it to Saturday 26 April when 27 April is a Sunday (2025)", () => {
    expect(isWorkingDay('2026-04-27')).toBe(false);
    expect(addWorkingDays('2026-04-24', 1)).toBe('2026-04-28');
    expect(dutchPublicHolidays(2025).has('2025-04-26')).toBe(true);
  });

  it('counts the same days in the weeks the clocks change (29 March and 25 October 2026)', () => {
    expect(addWorkingDays('2026-03-27', 5)).toBe('2026-04-03');
    expect(addWorkingDays('2026-10-23', 5)).toBe('2026-10-30');
  });

  it('returns the day itself for 0 working days and refuses negative counts', () => {
    expect(addWorkingDays('2026-12-25', 0)).toBe('2026-12-25');
    expect(() => addWorkingDays('2026-12-25', -1)).toThrow(RangeError);
  });
});
