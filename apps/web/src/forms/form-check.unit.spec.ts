import { describe, expect, it } from '@jest/globals';
import type { Problem } from '../api/problem';
import { checkForm, placeRefusal } from './form-check';
import { bodyOf, initialState, type FormState } from './form-state';
import { SIGNAL_FORM, STEP_FORMS } from './step-forms';

const opening = { me: { id: 'me', name: 'Lotte Visser', team: 'wijkteam-ede-noord' }, today: '2026-11-23', newId: () => 'new-id' };

const refusal = (overrides: Partial<Problem>): Problem => ({
  status: 400,
  code: 'REQUEST.INVALID',
  text: 'Het verzoek is niet volledig.',
  detail: 'invalid',
  fields: [],
  params: {},
  ...overrides,
});

describe('a refusal stands next to what caused it', () => {
  const state: FormState = { ...initialState(SIGNAL_FORM.fields, opening), concerns: ['neglect', 'school'] };

  it('puts a field message at the field, a message about a list item at the list, and the rest at the top', () => {
    const placed = placeRefusal(
      refusal({
        fields: [
          { field: 'children.0.birthDate', messages: ['birthDate must be a date as YYYY-MM-DD'] },
          { field: 'concerns.1', messages: ['too long'] },
          { field: 'children.7.childId', messages: ['no such child'] },
          { field: 'municipalityCode', messages: ['must be GM and four digits'] },
        ],
      }),
      SIGNAL_FORM.fields,
      state,
    );
    expect(placed.errors).toEqual({
      'children.0.birthDate': [{ text: 'birthDate must be a date as YYYY-MM-DD' }],
      'concerns.1': [{ text: 'too long' }],
      children: [{ text: 'no such child' }],
    });
    expect(placed.unplaced).toEqual(['must be GM and four digits']);
  });

  it("puts a domain refusal's words at the field its values name", () => {
    const form = STEP_FORMS.CompleteTask;
    const placed = placeRefusal(
      refusal({ status: 422, code: 'TASK.NOT_OPEN', text: 'Deze taak is al afgerond.', params: { taskId: 'x' } }),
      form.fields,
      initialState(form.fields, opening),
    );
    expect(placed.errors).toEqual({ taskId: [{ text: 'Deze taak is al afgerond.' }] });
  });
});

describe('the form checks what the API checks before it sends', () => {
  it('asks for every required field and refuses a text longer than the API takes', () => {
    const form = STEP_FORMS.RequestJeugdlink;
    expect(checkForm(form.fields, { reason: '', team: '' })).toEqual({ reason: [{ key: 'required' }] });
    expect(checkForm(form.fields, { reason: 'x'.repeat(2_001), team: '' })).toEqual({ reason: [{ key: 'tooLong', max: 2_000 }] });
    expect(checkForm(form.fields, { reason: 'Onveilig ondanks het plan', team: '' })).toEqual({});
  });

  it('sends what was filled in: an empty optional field and empty lines of a list are left out', () => {
    const state = { ...initialState(STEP_FORMS.RequestJeugdlink.fields, opening), reason: 'Onveilig' };
    expect(bodyOf(STEP_FORMS.RequestJeugdlink.fields, state)).toEqual({ reason: 'Onveilig' });
    const signal = bodyOf(SIGNAL_FORM.fields, { ...initialState(SIGNAL_FORM.fields, opening), concerns: ['neglect', ' '] });
    expect(signal).toMatchObject({ caseId: 'new-id', children: [{ childId: 'new-id', birthDate: '' }], concerns: ['neglect'] });
  });
});
