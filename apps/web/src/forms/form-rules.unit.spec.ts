import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../i18n/en';
import { nl } from '../i18n/nl';
import type { Field, StepForm } from './field-spec';
import { differences, type OpenApiDocument } from './form-rules';
import { SIGNAL_FORM, STEP_FORMS } from './step-forms';

// The document as the API serves it; `npm run web:api` writes it and test/e2e/web-client-types.e2e.spec.ts keeps it so.
const DOCUMENT = JSON.parse(readFileSync(join(__dirname, '../api/casus-api.json'), 'utf8')) as OpenApiDocument;

const FORMS: Readonly<Record<string, StepForm>> = { RegisterSignal: SIGNAL_FORM, ...STEP_FORMS };

describe('the step forms validate as the API does', () => {
  it.each(Object.keys(FORMS))('%s: every field the API requires, its lengths, values, formats and optionality', (type) => {
    expect(differences(FORMS[type], DOCUMENT)).toEqual([]);
  });

  it('finds a form that lacks a required field, or limits a text otherwise than the API', () => {
    const form = STEP_FORMS.RecordSafetyAssessment;
    const lacking = { ...form, fields: form.fields.filter((field) => field.name !== 'findings') };
    const longer = { ...form, fields: form.fields.map((field) => (field.name === 'findings' ? { ...field, max: 20_000 } : field)) };
    expect(differences(lacking, DOCUMENT)).toEqual([
      '/cases/{caseId}/record-safety-assessment: the API requires findings, the form lacks it',
    ]);
    expect(differences(longer, DOCUMENT)).toEqual([
      '/cases/{caseId}/record-safety-assessment findings: the API allows 10000 characters, the form 20000',
    ]);
  });

  it('finds a value the API does not take, and a field deep in a repeat that differs', () => {
    const signal = {
      ...SIGNAL_FORM,
      fields: SIGNAL_FORM.fields.map((field): Field =>
        field.kind === 'choice' && field.name === 'urgency'
          ? { ...field, values: ['regular', 'acute', 'someday'] }
          : field.kind === 'repeat'
            ? { ...field, fields: [...field.fields, { kind: 'text', name: 'nickname', max: 50 }] }
            : field,
      ),
    };
    expect(differences(signal, DOCUMENT)).toEqual([
      '/cases children[] nickname: the API does not take it',
      '/cases urgency: the API takes acute, regular, the form regular, acute, someday',
    ]);
  });
  it('finds a line of the file sent where the API takes an id, and a group outside the values of a field of several shapes', () => {
    const form = STEP_FORMS.WithholdFromFamily;
    const off = {
      ...form,
      fields: form.fields.map((field): Field =>
        field.name === 'eventNumber'
          ? { kind: 'id', name: 'eventNumber' }
          : field.kind === 'choice' && field.name === 'from'
            ? { ...field, values: ['parents', 'school'] }
            : field,
      ),
    };
    expect(differences(off, DOCUMENT)).toEqual([
      '/cases/{caseId}/withhold-from-family eventNumber: the API takes integer, the form an id',
      '/cases/{caseId}/withhold-from-family from: the API takes everyone, parents, the form parents, school',
    ]);
  });
});

describe('the step forms speak Dutch and English', () => {
  const wordAt = (words: object, key: string): unknown =>
    key.split('.').reduce<unknown>((at, part) => (at as Record<string, unknown>)?.[part], words);
  const keysOf = (fields: readonly Field[]): string[] =>
    fields.flatMap((field) => {
      const name = field.label ?? field.name;
      if (field.kind === 'given') return [];
      const own = `forms.fields.${name}`;
      if (field.kind === 'choice') return [own, ...field.values.map((value) => `forms.choices.${name}.${value}`)];
      if (field.kind === 'group' || field.kind === 'repeat') return [own, ...keysOf(field.fields)];
      return [own];
    });

  it('has words for every field, every choice and every step', () => {
    const keys = [
      ...Object.values(FORMS).flatMap((form) => keysOf(form.fields)),
      ...Object.keys(STEP_FORMS).map((type) => `caseTerms.step.${type}`),
    ];
    const missing = keys.filter((key) => typeof wordAt(nl, key) !== 'string' || typeof wordAt(en, key) !== 'string');
    expect({ checked: keys.length > 50, missing }).toEqual({ checked: true, missing: [] });
  });
});
