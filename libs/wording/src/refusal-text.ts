import type { RefusalParams } from '@casus/domain';
import { REFUSAL_WORDS, type WordedRefusalCode } from './refusal-words';
import type { Language } from './words';

const PLACEHOLDER = /\{(\w+)\}/g;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const satisfies Record<Language, string>;

/** A date as the reader says it (18 december 2026); anything else as it came. */
function spoken(value: string, language: Language): string {
  if (!ISO_DATE.test(value)) return value;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
}

/** The names of the parameters a refusal's text takes. */
export const placeholdersOf = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((match) => match[1]);

/** The refusal in the reader's words, its parameters filled in; a parameter not sent keeps its name in braces. */
export function refusalText(code: WordedRefusalCode, language: Language, params: RefusalParams = {}): string {
  return REFUSAL_WORDS[code][language].replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? spoken(params[name], language) : whole,
  );
}
