import type { RefusalParams } from '@casus/domain';
import { REFUSAL_WORDS, type WordedRefusalCode } from './refusal-words';
import { spokenDate } from './spoken-date';
import type { Language } from './words';

const PLACEHOLDER = /\{(\w+)\}/g;

/** The names of the parameters a refusal's text takes. */
export const placeholdersOf = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((match) => match[1]);

/** The refusal in the reader's words, its parameters filled in; a parameter not sent keeps its name in braces. */
export function refusalText(code: WordedRefusalCode, language: Language, params: RefusalParams = {}): string {
  return REFUSAL_WORDS[code][language].replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? spokenDate(params[name], language) : whole,
  );
}
