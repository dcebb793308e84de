import type { Problem } from '../api/problem';
import { pathOf, type Field } from './field-spec';
import { placesOf, type FormState } from './form-state';

/** A message for one place of the form: the app's own words (by key) or the API's, as given. */
export type FieldMessage = Readonly<{ key: 'required' | 'tooLong'; max?: number } | { text: string }>;
export type Errors = Readonly<Record<string, readonly FieldMessage[]>>;

/**
 * The API's own limits, checked before sending so the professional hears of them next to the field at once; the API
 * checks them again, and whatever it refuses besides comes back to the same places (placeRefusal).
 */
export function checkForm(fields: readonly Field[], state: FormState, prefix = ''): Errors {
  const errors: Record<string, FieldMessage[]> = {};
  const add = (path: string, message: FieldMessage) => (errors[path] ??= []).push(message);
  for (const field of fields) {
    const path = pathOf(prefix, field.name);
    const value = state[field.name];
    if (field.kind === 'group') Object.assign(errors, checkForm(field.fields, value as FormState, path));
    else if (field.kind === 'repeat')
      (value as FormState[]).forEach((item, index) => Object.assign(errors, checkForm(field.fields, item, `${path}.${index}`)));
    else if (field.kind === 'list')
      (value as string[]).forEach((line, index) => line.length > field.max && add(`${path}.${index}`, { key: 'tooLong', max: field.max }));
    else if (typeof value === 'string' && field.kind !== 'given') {
      if (value.trim() === '' && !field.optional) add(path, { key: 'required' });
      if (field.kind === 'text' && value.length > field.max) add(path, { key: 'tooLong', max: field.max });
    }
  }
  return errors;
}

/** A refusal as the form shows it: each message at the field it concerns, the rest (and the rule) at the top. */
export type PlacedRefusal = Readonly<{ problem: Problem; errors: Errors; unplaced: readonly string[] }>;

export function placeRefusal(problem: Problem, fields: readonly Field[], state: FormState): PlacedRefusal {
  const places = placesOf(fields, state);
  const errors: Record<string, FieldMessage[]> = {};
  const unplaced: string[] = [];
  for (const { field, messages } of problem.fields) {
    const place = nearestPlace(field, places);
    if (place) (errors[place] ??= []).push(...messages.map((text) => ({ text })));
    else unplaced.push(...messages);
  }
  // A rule's values that name a field of the form (childId, courtOrderId): its words stand there too.
  for (const name of Object.keys(problem.params)) {
    const place = places.find((path) => path === name || path.endsWith(`.${name}`));
    if (place) (errors[place] ??= []).push({ text: problem.text });
  }
  return { problem, errors, unplaced };
}

/** `children.0.birthDate` where the form has it, else the list or group it belongs to (`agreedBy.1` → `agreedBy`). */
function nearestPlace(field: string, places: readonly string[]): string | undefined {
  for (let path = field; path !== ''; path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '')
    if (places.includes(path)) return path;
  return undefined;
}
