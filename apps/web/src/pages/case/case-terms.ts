import {
  CONSENT_GIVER_WORDS,
  CONSENT_PURPOSE_WORDS,
  COURT_ORDER_KIND_WORDS,
  LEGAL_BASIS_WORDS,
  type Language,
  type Words,
} from '@casus/wording';

/** The shared words of a term (libs/wording), in the app's language: the same words the timeline and the export use. */
function termOf<T extends string>(table: Readonly<Record<T, Words>>, value: string, language: string): string {
  const words = (table as Readonly<Record<string, Words | undefined>>)[value];
  return words ? words[language === 'en' ? 'en' : ('nl' satisfies Language)] : value;
}

export const courtOrderKind = (kind: string, language: string) => termOf(COURT_ORDER_KIND_WORDS, kind, language);
export const consentPurpose = (purpose: string, language: string) => termOf(CONSENT_PURPOSE_WORDS, purpose, language);
export const consentGiver = (giver: string, language: string) => termOf(CONSENT_GIVER_WORDS, giver, language);
export const legalBasis = (basis: string, language: string) => termOf(LEGAL_BASIS_WORDS, basis, language);
