import type { TFunction } from 'i18next';
import type { MessageKey } from '../../i18n/keys';
import type { nl } from '../../i18n/nl';

type CodeTable = {
  [K in keyof typeof nl.audit]: (typeof nl.audit)[K] extends Readonly<Record<string, string>> ? K : never;
}[keyof typeof nl.audit];

/** A code the API answers (a phase, a status) in the reader's words; the code itself when the app has none for it yet. */
export const wordFor = (t: TFunction, table: CodeTable, code: string): string =>
  t(`audit.${table}.${code}` as MessageKey, { defaultValue: code });

/** How an auditor names a case in a heading: the start of its id, as on paper files. */
export const shortId = (id: string): string => id.slice(0, 8);
