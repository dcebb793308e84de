// Casus records moments in UTC; the family's file is Dutch, so every moment reads in Dutch time, whatever the browser's zone.
const ZONE = 'Europe/Amsterdam';

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL');

/** A recorded moment to the second, what an auditor compares (the case page's `momentOf` reads to the minute). */
export const momentIn = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'medium', timeZone: ZONE }).format(new Date(iso));
