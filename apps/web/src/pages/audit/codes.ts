import type { TFunction } from 'i18next';
import type { MessageKey } from '../../i18n/keys';
import type { nl } from '../../i18n/nl';

type TablesOf<Words, Prefix extends string> = {
  [K in keyof Words & string]: Words[K] extends Readonly<Record<string, string>> ? `${Prefix}.${K}` : never;
}[keyof Words & string];

/** The word tables keyed by an API code: the auditor's own, and the case page's phases, deadlines and placements. */
type CodeTable = TablesOf<typeof nl.audit, 'audit'> | TablesOf<typeof nl.caseTerms, 'caseTerms'> | 'casePage.placementStatus';

/** A code the API answers (a phase, a status) in the reader's words; the code itself when the app has none for it yet. */
export const wordFor = (t: TFunction, table: CodeTable, code: string): string =>
  t(`${table}.${code}` as MessageKey, { defaultValue: code });

/** How an auditor names a case in a heading: the start of its id, as on paper files. */
export const shortId = (id: string): string => id.slice(0, 8);
