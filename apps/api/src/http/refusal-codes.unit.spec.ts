import { DOMAIN_ERROR_KINDS } from '@casus/domain';
import { PLACEMENT_ERROR_KINDS } from '@casus/placement';
import { ErasedPersonRefusal, SharedPersonRefusal } from '@casus/privacy';
import { LANGUAGES, REFUSAL_WORDS } from '@casus/wording';
import { EDGE_REFUSAL_CODES, isRefusalCode, languageOf } from './refusal-codes';

const EVERY_CODE = [
  ...Object.keys(DOMAIN_ERROR_KINDS),
  ...Object.keys(PLACEMENT_ERROR_KINDS),
  new ErasedPersonRefusal([]).code,
  new SharedPersonRefusal([]).code,
  ...EDGE_REFUSAL_CODES,
];

describe('the words of every code a problem document carries', () => {
  it('has Dutch and English words for every code of the domain, the placement, the privacy and the edge, and none for another', () => {
    const unworded = EVERY_CODE.filter((code) => !isRefusalCode(code) || LANGUAGES.some((language) => !REFUSAL_WORDS[code][language]));
    expect(unworded).toEqual([]);
    expect(Object.keys(REFUSAL_WORDS).sort()).toEqual([...new Set(EVERY_CODE)].sort());
    expect(isRefusalCode('HTTP.503')).toBe(false);
  });

  it('answers in Dutch unless the reader prefers English', () => {
    expect(languageOf(undefined)).toBe('nl');
    expect(languageOf('')).toBe('nl');
    expect(languageOf('nl-NL,nl;q=0.9,en;q=0.8')).toBe('nl');
    expect(languageOf('en-GB,en;q=0.9')).toBe('en');
    expect(languageOf('de-DE, en;q=0.5, nl;q=0.4')).toBe('en');
    expect(languageOf('en;q=0, fr')).toBe('nl');
    expect(languageOf('*')).toBe('nl');
  });
});
