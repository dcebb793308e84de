import { ButtonGroup, SecondaryActionButton, SubtleButton } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { CheckboxesView, ChoiceRadiosView, ListView } from './field-lists';
import { FieldsetOf, LeafView, type FieldProps } from './field-parts';
import type { Field } from './field-spec';
import { useFieldWords } from './field-words';
import type { FormState } from './form-state';

type Of<K extends Field['kind']> = FieldProps & { field: Extract<Field, { kind: K }> };

// A choice of a few values reads best as radio buttons; a longer one as a select.
const RADIO_AT_MOST = 3;

/** One field of a form, as the NL Design System draws it: label, description, the control, and what is wrong with it. */
export function FieldView(props: FieldProps) {
  const { field } = props;
  switch (field.kind) {
    case 'given':
      return null;
    case 'group':
      return <GroupView {...props} field={field} />;
    case 'repeat':
      return <RepeatView {...props} field={field} />;
    case 'list':
      return <ListView {...props} field={field} />;
    case 'pick':
      return field.many ? <CheckboxesView {...props} field={field} /> : <LeafView {...props} />;
    case 'choice':
      return field.values.length <= RADIO_AT_MOST ? <ChoiceRadiosView {...props} field={field} /> : <LeafView {...props} />;
    default:
      return <LeafView {...props} />;
  }
}

export function GroupView(props: Of<'group'>) {
  const value = props.value as FormState;
  return (
    <FieldsetOf props={props}>
      {props.field.fields.map((field) => (
        <FieldView key={field.name} {...props} field={field} path={[...props.path, field.name]} value={value[field.name]} />
      ))}
    </FieldsetOf>
  );
}

/** An array of objects: one fieldset per item, numbered, each removable (the API says when one is missing). */
export function RepeatView(props: Of<'repeat'>) {
  const { t } = useTranslation();
  const words = useFieldWords(props.field, props.path, props.errors);
  const items = props.value as FormState[];
  return (
    <FieldsetOf props={props}>
      {items.map((item, index) => {
        const legend = t('forms.item', { label: words.label, number: index + 1 });
        return (
          // An item has no id of its own to key on until the professional fills it in: its place is its identity.
          <FieldsetOf key={index} props={{ ...props, path: [...props.path, index] }} legend={legend}>
            {props.field.fields.map((field) => (
              <FieldView key={field.name} {...props} field={field} path={[...props.path, index, field.name]} value={item[field.name]} />
            ))}
            <SubtleButton onClick={() => props.onChange(props.path, items.toSpliced(index, 1))}>
              {t('forms.remove', { label: legend })}
            </SubtleButton>
          </FieldsetOf>
        );
      })}
      <ButtonGroup>
        <SecondaryActionButton onClick={() => props.onChange(props.path, [...items, props.newItem(props.field.fields)])}>
          {t('forms.add', { label: words.label.toLowerCase() })}
        </SecondaryActionButton>
      </ButtonGroup>
    </FieldsetOf>
  );
}
