import { refuse } from './errors';

/** The CBS gemeentecode: GM and the four digits of the municipality's number (GM0228 is Ede). */
export const MUNICIPALITY_CODE = /^GM\d{4}$/;
export const MUNICIPALITY_CODE_SPELLING = 'the CBS gemeentecode: GM and four digits, e.g. GM0228 for Ede';

/**
 * The municipalities Casus serves (FoodValley) and their neighbours, by the name as people write it.
 * Source: CBS, "Gemeentelijke indeling op 1 januari 2026"; every code checked against public lists derived
 * from CBS's (a code stays with its municipality until a merger). A municipality not listed
 * here is registered with its code; names are not unique (Bergen NH GM0373, Bergen L GM0893).
 */
export const MUNICIPALITY_CODES: Readonly<Record<string, string>> = {
  arnhem: 'GM0202',
  barneveld: 'GM0203',
  ede: 'GM0228',
  nijkerk: 'GM0267',
  renkum: 'GM0274',
  renswoude: 'GM0339',
  rhenen: 'GM0340',
  scherpenzeel: 'GM0279',
  utrecht: 'GM0344',
  veenendaal: 'GM0345',
  wageningen: 'GM0289',
  zwolle: 'GM0193',
};

/** "Ede", " ede " and "Gemeente Ede" are one name. */
const spelling = (name: string) =>
  name
    .trim()
    .toLocaleLowerCase('nl')
    .replace(/^gemeente\s+/, '');

/** The table's code for a name as people write it, or null. */
export function knownMunicipalityCode(name: string): string | null {
  const key = spelling(name);
  return Object.hasOwn(MUNICIPALITY_CODES, key) ? MUNICIPALITY_CODES[key] : null;
}

/** A municipality as configuration names it, by its CBS code or by a name the table knows; else null. */
export function municipalityCodeOf(nameOrCode: string): string | null {
  const trimmed = nameOrCode.trim();
  return MUNICIPALITY_CODE.test(trimmed) ? trimmed : knownMunicipalityCode(trimmed);
}

/** The code a registration records: the one given (checked against the table where it knows the name), else the table's. */
export function requireMunicipalityCode(name: string, given: string | undefined): string {
  const known = knownMunicipalityCode(name);
  if (given === undefined) {
    if (known === null) refuse('MUNICIPALITY.UNKNOWN', `give municipalityCode for "${name}", ${MUNICIPALITY_CODE_SPELLING}`);
    return known;
  }
  if (!MUNICIPALITY_CODE.test(given))
    refuse('MUNICIPALITY.CODE_INVALID', `municipalityCode "${given}" must be ${MUNICIPALITY_CODE_SPELLING}`);
  if (known !== null && known !== given) {
    refuse('MUNICIPALITY.CODE_MISMATCH', `municipalityCode ${given} is not the code of ${name} (${known}); correct the name or the code`);
  }
  return given;
}
