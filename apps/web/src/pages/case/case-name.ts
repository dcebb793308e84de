import type { TFunction } from 'i18next';

/** How professionals name a case without naming the family: where, and the children by age ("Dossier Ede: 2 kinderen van 12 en 7 jaar"). */
export function caseName(t: TFunction, municipality: string, ages: readonly number[]): string {
  const listed = ages.length > 1 ? `${ages.slice(0, -1).join(', ')} ${t('casePage.and')} ${ages.at(-1)}` : String(ages[0] ?? '');
  return t('casePage.title', { municipality, children: t('casePage.childrenAges', { count: ages.length, ages: listed }) });
}
