import { startOfDutchDay } from './iso-date';

describe('the first moment of a Dutch day', () => {
  it('is midnight in Amsterdam: 23:00 UTC the day before in winter, 22:00 in summer', () => {
    expect(startOfDutchDay('2026-12-01').toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(startOfDutchDay('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(startOfDutchDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
  });
});
