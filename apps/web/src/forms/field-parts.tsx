import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { optionsOf, type CaseForForms, type FileLine } from './case-lists';
import type { Field } from './field-spec';
import { useFieldWords } from './field-words';
import type { Errors } from './form-check';
import type { FormState, FormValue, Segment } from './form-state';

export type FieldProps = Readonly<{
  field: Field;
  path: readonly Segment[];
  value: FormValue;
  errors: Errors;
  onChange: (path: readonly Segment[], value: FormValue) => void;
  /** Adds an item to a repeat, with the fresh ids it needs. */
  newItem: (fields: readonly Field[]) => FormState;
  view?: CaseForForms;
  /** What an `event` field offers: the lines of the file this person may point at. */
  lines?: readonly FileLine[];
}>;

/** A field of one value: a text, a date, a moment, or one item from a list. */
export function LeafView({ field, path, value, errors, onChange, view, lines }: FieldProps) {
  const { t, i18n } = useTranslation();
  const words = useFieldWords(field, path, errors);
  const common = {
    id: words.ids.id,
    name: path.join('.'),
    value: value as string,
    required: !field.optional,
    invalid: words.invalid,
    'aria-invalid': words.invalid || undefined,
    'aria-describedby': words.describedBy,
  };
  const change = (next: string) => onChange(path, next);
  let control: ReactNode;
  if (field.kind === 'text' && field.lines)
    control = <Textarea {...common} rows={field.lines} maxLength={field.max} onChange={(event) => change(event.target.value)} />;
  else if (field.kind === 'text') control = <Textbox {...common} maxLength={field.max} onChange={(event) => change(event.target.value)} />;
  else if (field.kind === 'id')
    control = <Textbox {...common} autoComplete="off" spellCheck={false} onChange={(event) => change(event.target.value.trim())} />;
  else if (field.kind === 'date' || field.kind === 'moment')
    control = (
      <Textbox {...common} type={field.kind === 'date' ? 'date' : 'datetime-local'} onChange={(event) => change(event.target.value)} />
    );
  else if (field.kind === 'choice' || field.kind === 'pick' || field.kind === 'event') {
    const options =
      field.kind === 'choice'
        ? field.values.map((choice) => ({ id: choice, words: words.choice(choice) }))
        : field.kind === 'event'
          ? (lines ?? []).map((line) => ({ id: String(line.eventNumber), words: line.words }))
          : optionsOf(view, field.from, i18n.language).map((option) => ({
              id: option.id,
              words: typeof option.words === 'string' ? option.words : words.word(`forms.${option.words.key}`, option.words.values),
            }));
    control = (
      <Select {...common} onChange={(event) => change(event.target.value)}>
        <SelectOption value="">{field.optional ? t('forms.none') : t('forms.choose')}</SelectOption>
        {options.map((option) => (
          <SelectOption key={option.id} value={option.id}>
            {option.words}
          </SelectOption>
        ))}
      </Select>
    );
  }
  return (
    <FormField
      invalid={words.invalid}
      label={
        <FormLabel htmlFor={words.ids.id}>
          {words.label}
          {field.optional && !words.isLine && ` ${t('forms.optional')}`}
        </FormLabel>
      }
      description={words.description && <FormFieldDescription id={words.ids.description}>{words.description}</FormFieldDescription>}
      input={control}
      errorMessage={words.invalid && <FieldErrors id={words.ids.error} messages={words.messages} />}
    />
  );
}

export function FieldErrors({ id, messages }: { id: string; messages: readonly string[] }) {
  return (
    <FormFieldErrorMessage id={id}>
      {messages.map((message) => (
        <span key={message} className="casus-field-error">
          {message}
        </span>
      ))}
    </FormFieldErrorMessage>
  );
}

/** A fieldset with its legend and the messages that concern it as a whole, tied to it by aria-describedby. */
export function FieldsetOf({ props, legend, children, role }: { props: FieldProps; legend?: string; children: ReactNode; role?: string }) {
  const words = useFieldWords(props.field, props.path, props.errors);
  return (
    <Fieldset invalid={words.invalid} aria-describedby={words.describedBy} role={role} required={role ? !props.field.optional : undefined}>
      <FieldsetLegend>{legend ?? words.label}</FieldsetLegend>
      {words.description && <FormFieldDescription id={words.ids.description}>{words.description}</FormFieldDescription>}
      {words.invalid && <FieldErrors id={words.ids.error} messages={words.messages} />}
      {children}
    </Fieldset>
  );
}
