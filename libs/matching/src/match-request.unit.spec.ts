import { ageInYearsOn } from './match-request';

describe('ageInYearsOn', () => {
  it('counts a year only once the birthday has come', () => {
    expect(ageInYearsOn('2016-11-24', '2026-11-23')).toBe(9);
    expect(ageInYearsOn('2016-11-23', '2026-11-23')).toBe(10);
    expect(ageInYearsOn('2016-01-31', '2026-12-31')).toBe(10);
  });

  it('lets a child born on 29 February turn a year older on 1 March in other years', () => {
    expect(ageInYearsOn('2016-02-29', '2027-02-28')).toBe(10);
    expect(ageInYearsOn('2016-02-29', '2027-03-01')).toBe(11);
    expect(ageInYearsOn('2016-02-29', '2028-02-29')).toBe(12);
  });

  it('is zero on the day of birth', () => {
    expect(ageInYearsOn('2026-11-23', '2026-11-23')).toBe(0);
  });
});
