import fc from 'fast-check';
import { dutchDateOf, startOfDutchDay } from './iso-date';

describe('the first moment of a Dutch day', () => {
  it('is midnight in Amsterdam: 23:00 UTC the day before in winter, 22:00 in summer', () => {
    expect(startOfDutchDay('2026-12-01').toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(startOfDutchDay('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(startOfDutchDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
  });
});

describe('the Dutch date of a moment', () => {
  const inAmsterdam = (moment: Date) =>
    new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);

  it('turns at midnight in Amsterdam, summer and winter, and on the nights the clocks change', () => {
    expect(dutchDateOf('2026-07-01T21:59:59.999Z')).toBe('2026-07-01');
    expect(dutchDateOf('2026-07-01T22:00:00.000Z')).toBe('2026-07-02');
    expect(dutchDateOf('2026-12-01T22:59:59.999Z')).toBe('2026-12-01');
    expect(dutchDateOf('2026-12-01T23:00:00.000Z')).toBe('2026-12-02');
    expect(dutchDateOf('2026-03-28T23:00:00.000Z')).toBe('2026-03-29');
    expect(dutchDateOf('2026-10-24T22:00:00.000Z')).toBe('2026-10-25');
  });

  it('is the date Amsterdam shows at any moment, before 1941 (when its offset was no whole hour) too', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const moment = new Date(ms);
        expect(dutchDateOf(moment)).toBe(inAmsterdam(moment));
      }),
      { numRuns: 5_000 },
    );
    // Amsterdam Mean Time (+00:19:32) in 1930: 23:45 UTC was already the next day there.
    expect(dutchDateOf('1930-06-01T23:45:00.000Z')).toBe('1930-06-02');
  });
});
