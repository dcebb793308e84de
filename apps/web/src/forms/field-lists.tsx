import {
  Checkbox,
  FormField,
  FormLabel,
  Paragraph,
  SecondaryActionButton,
  ButtonGroup,
  RadioButton,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { optionsOf } from './case-lists';
import { FieldsetOf, LeafView, type FieldProps } from './field-parts';
import type { Field } from './field-spec';
import { useFieldWords } from './field-words';

type Of<K extends Field['kind']> = FieldProps & { field: Extract<Field, { kind: K }> };

/** An array of texts: one box per line, numbered. */
export function ListView(props: Of<'list'>) {
  const { t } = useTranslation();
  const words = useFieldWords(props.field, props.path, props.errors);
  const lines = props.value as string[];
  return (
    <FieldsetOf props={props}>
      {lines.map((line, index) => (
        <LeafView
          // As in a repeat: a line's place is its identity.
          key={index}
          {...props}
          field={{ kind: 'text', name: String(index), label: props.field.label ?? props.field.name, max: props.field.max, optional: true }}
          path={[...props.path, index]}
          value={line}
        />
      ))}
      <ButtonGroup>
        <SecondaryActionButton onClick={() => props.onChange(props.path, [...lines, ''])}>
          {t('forms.add', { label: words.label.toLowerCase() })}
        </SecondaryActionButton>
      </ButtonGroup>
    </FieldsetOf>
  );
}

/** Some of the case's children or family members: a checkbox each. */
export function CheckboxesView(props: Of<'pick'>) {
  const { t, i18n } = useTranslation();
  const words = useFieldWords(props.field, props.path, props.errors);
  const chosen = props.value as string[];
  const options = optionsOf(props.view, props.field.from, i18n.language);
  return (
    <FieldsetOf props={props}>
      {options.length === 0 && <Paragraph>{t('forms.emptyList')}</Paragraph>}
      {options.map((option) => {
        const id = `${words.ids.id}-${option.id}`;
        const toggle = () =>
          props.onChange(props.path, chosen.includes(option.id) ? chosen.filter((one) => one !== option.id) : [...chosen, option.id]);
        return (
          <FormField key={option.id} type="checkbox">
            <Checkbox
              id={id}
              checked={chosen.includes(option.id)}
              invalid={words.invalid}
              aria-invalid={words.invalid || undefined}
              onChange={toggle}
            />
            <FormLabel htmlFor={id} type="checkbox">
              {typeof option.words === 'string' ? option.words : words.word(`forms.${option.words.key}`, option.words.values)}
            </FormLabel>
          </FormField>
        );
      })}
    </FieldsetOf>
  );
}

/** One of a few values: radio buttons in a radiogroup; an optional one can be set back to none. */
export function ChoiceRadiosView(props: Of<'choice'>) {
  const { t } = useTranslation();
  const words = useFieldWords(props.field, props.path, props.errors);
  const choices = [...(props.field.optional ? [''] : []), ...props.field.values];
  return (
    <FieldsetOf props={props} role="radiogroup">
      {choices.map((choice) => {
        const id = `${words.ids.id}-${choice || 'geen'}`;
        return (
          <FormField key={choice} type="radio">
            <RadioButton
              id={id}
              name={props.path.join('.')}
              value={choice}
              checked={props.value === choice}
              invalid={words.invalid}
              aria-invalid={words.invalid || undefined}
              required={!props.field.optional}
              onChange={() => props.onChange(props.path, choice)}
            />
            <FormLabel htmlFor={id} type="radio">
              {choice ? words.choice(choice) : t('forms.none')}
            </FormLabel>
          </FormField>
        );
      })}
    </FieldsetOf>
  );
}
