import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../i18n/keys';
import type { Field } from './field-spec';
import type { Errors, FieldMessage } from './form-check';
import type { Segment } from './form-state';

/** The ids that tie a control to its words: label, description and error message (aria-describedby). */
export function idsOf(path: readonly Segment[]) {
  const id = `veld-${path.join('-')}`;
  return { id, description: `${id}-uitleg`, error: `${id}-fout` };
}

/** The words of a field, and the messages standing at its place, in the language on screen. */
export function useFieldWords(field: Field, path: readonly Segment[], errors: Errors) {
  const { t, i18n } = useTranslation();
  const word = (key: string, values?: Record<string, unknown>): string => String(t(key as MessageKey, values as never));
  const name = field.label ?? field.name;
  const descriptionKey = `forms.descriptions.${name}`;
  const messages = (errors[path.join('.')] ?? []).map((message: FieldMessage) =>
    'text' in message ? message.text : word(`forms.errors.${message.key}`, { max: message.max }),
  );
  const ids = idsOf(path);
  // A line of a list is numbered, and its description stands once, above the list.
  const line = path.at(-1);
  const isLine = typeof line === 'number';
  const description = !isLine && i18n.exists(descriptionKey) ? word(descriptionKey) : undefined;
  const label = word(`forms.fields.${name}`);
  return {
    word,
    ids,
    isLine,
    label: isLine ? word('forms.item', { label, number: line + 1 }) : label,
    choice: (value: string) => word(`forms.choices.${name}.${value}`),
    description,
    messages,
    invalid: messages.length > 0,
    /** aria-describedby: the error first, so it is heard first. */
    describedBy: [messages.length > 0 && ids.error, description && ids.description].filter(Boolean).join(' ') || undefined,
  };
}
