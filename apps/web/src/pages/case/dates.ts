import { spokenDate } from '@casus/wording';

/** A calendar date of the API (YYYY-MM-DD) as people write it, in the app's language: the shared wording's "9 november 2026". */
export const dayOf = (date: string, language: string): string => spokenDate(date, language === 'en' ? 'en' : 'nl');

/** A moment of the API as people in the Netherlands read it: "23 november 2026 om 11:00". */
export function momentOf(at: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(at));
}

/** Today in the Dutch calendar, as the API writes dates. */
export function todayInTheNetherlands(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/** Whole years from a birth date to today (both YYYY-MM-DD). */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** The date `days` after a YYYY-MM-DD date. */
export function daysAfter(date: string, days: number): string {
  const moment = new Date(`${date}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}
