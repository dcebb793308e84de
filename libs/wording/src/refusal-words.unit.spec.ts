import { DOMAIN_ERROR_KINDS, REFUSAL_PARAMS, type DomainErrorCode } from '@casus/domain';
import { REFUSAL_WORDS, type WordedRefusalCode } from './refusal-words';
import { placeholdersOf, refusalText } from './refusal-text';
import { LANGUAGES } from './words';

const CODES = Object.keys(REFUSAL_WORDS) as WordedRefusalCode[];
const paramsSent = (code: string): readonly string[] => REFUSAL_PARAMS[code as keyof typeof REFUSAL_PARAMS] ?? [];
const sample = (name: string) => (name.endsWith('Id') ? '00000000-0000-4000-8000-000000000011' : '2026-12-18');

describe('every refusal has words, in Dutch first', () => {
  it('words every rule of the case in both languages', () => {
    const missing = (Object.keys(DOMAIN_ERROR_KINDS) as DomainErrorCode[]).filter((code) =>
      LANGUAGES.some((language) => !REFUSAL_WORDS[code]?.[language]?.trim()),
    );
    expect(missing).toEqual([]);
  });

  it('names in each text only the values its rule sends, the same in both languages', () => {
    const wrong = CODES.flatMap((code) =>
      LANGUAGES.flatMap((language) => {
        const unsent = placeholdersOf(REFUSAL_WORDS[code][language]).filter((name) => !paramsSent(code).includes(name));
        return unsent.length > 0 ? [{ code, language, unsent }] : [];
      }),
    );
    expect(wrong).toEqual([]);
    const differing = CODES.filter(
      (code) => placeholdersOf(REFUSAL_WORDS[code].nl).join() !== placeholdersOf(REFUSAL_WORDS[code].en).join(),
    );
    expect(differing).toEqual([]);
  });

  // Mijn dossier speaks to the child and the parent with "je" (apps/web/src/i18n/nl.ts, myFile); the family's own refusals do too.
  it('addresses the family as its own app does, with "je", never with "u"', () => {
    const formal = CODES.filter((code) => code.startsWith('FAMILY.') && /\b(u|uw)\b/i.test(REFUSAL_WORDS[code].nl));
    expect(formal).toEqual([]);
  });

  it('leaves no placeholder unfilled with the values the domain sends', () => {
    const unfilled = CODES.flatMap((code) => {
      const params = Object.fromEntries(paramsSent(code).map((name) => [name, sample(name)]));
      return LANGUAGES.map((language) => refusalText(code, language, params)).filter((text) => /[{}]/.test(text));
    });
    expect(unfilled).toEqual([]);
  });

  it('sends ids and dates only, never a name or a person’s own words', () => {
    const names = Object.values(REFUSAL_PARAMS).flat();
    expect(names.filter((name) => !/^(on|\w+(Id|On|Until))$/.test(name))).toEqual([]);
  });

  it('says a date as the reader does', () => {
    const params = { latestValidUntil: '2026-12-18' };
    expect(refusalText('COURT_ORDER.EXCEEDS_LEGAL_MAXIMUM', 'nl', params)).toBe(
      'Deze maatregel duurt volgens de wet hooguit tot 18 december 2026. Pas de einddatum aan.',
    );
    expect(refusalText('COURT_ORDER.EXCEEDS_LEGAL_MAXIMUM', 'en', params)).toBe(
      'By law this order runs at most until 18 December 2026. Change the end date.',
    );
  });
});
