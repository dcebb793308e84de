import i18n from '../../i18n';

/** A calendar day (YYYY-MM-DD) as the reader's language writes it, e.g. "23 november 2026". */
export function dayInWords(day: string): string {
  // Noon: the day stays the same day in every time zone the browser may be in.
  return new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(`${day}T12:00:00`));
}
