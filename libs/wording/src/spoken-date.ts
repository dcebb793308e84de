import type { Language } from './words';

const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const satisfies Record<Language, string>;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATES = /\b\d{4}-\d{2}-\d{2}\b/g;

/** A calendar day as the reader says it (18 december 2026); anything else as it came. */
export function spokenDate(value: string, language: Language): string {
  if (!ISO_DATE.test(value)) return value;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
}

/** Every calendar day in a text as the reader says it. */
export const withSpokenDates = (text: string, language: Language): string => text.replace(ISO_DATES, (date) => spokenDate(date, language));
