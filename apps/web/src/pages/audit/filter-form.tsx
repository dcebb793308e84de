import {
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  PrimaryActionButton,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../api/problem';

export type FilterField = Readonly<{
  name: string;
  label: string;
  type?: 'text' | 'date';
  /** A choice from a list; the first option is "any". */
  options?: readonly Readonly<{ value: string; label: string }>[];
}>;

/**
 * Filters kept in the address (so a filtered list can be shared and comes back with the back button); a refusal of a
 * filter by the API (REQUEST.INVALID) shows beside the field it names.
 */
export function FilterForm({
  fields,
  values,
  problem,
  onFilter,
  children,
}: {
  fields: readonly FilterField[];
  values: URLSearchParams;
  problem?: Problem;
  onFilter: (filters: Record<string, string>) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onFilter(
      Object.fromEntries(fields.map((field) => [field.name, String(form.get(field.name) ?? '').trim()]).filter(([, v]) => v !== '')),
    );
  };
  return (
    <form onSubmit={submit} className="casus-filters" aria-label={t('audit.filters.title')}>
      {fields.map((field) => {
        const id = `filter-${field.name}`;
        const refusal = problem?.fields.find((f) => f.field === field.name);
        const describedBy = refusal ? `${id}-fout` : undefined;
        return (
          <FormField key={`${field.name}-${values.get(field.name) ?? ''}`} invalid={Boolean(refusal)}>
            <Paragraph className="utrecht-form-field__label">
              <FormLabel htmlFor={id}>{field.label}</FormLabel>
            </Paragraph>
            {field.options ? (
              <Select id={id} name={field.name} defaultValue={values.get(field.name) ?? ''}>
                <SelectOption value="">{t('audit.filters.any')}</SelectOption>
                {field.options.map((option) => (
                  <SelectOption key={option.value} value={option.value}>
                    {option.label}
                  </SelectOption>
                ))}
              </Select>
            ) : (
              <Textbox
                id={id}
                name={field.name}
                type={field.type ?? 'text'}
                defaultValue={values.get(field.name) ?? ''}
                invalid={Boolean(refusal)}
                aria-invalid={refusal ? true : undefined}
                aria-describedby={describedBy}
              />
            )}
            {refusal && <FormFieldErrorMessage id={describedBy}>{refusal.messages.join(' ')}</FormFieldErrorMessage>}
          </FormField>
        );
      })}
      <div className="casus-filters__actions">
        <PrimaryActionButton type="submit">{t('audit.filters.apply')}</PrimaryActionButton>
        {children}
      </div>
    </form>
  );
}
