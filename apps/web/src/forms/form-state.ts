import { pathOf, type Field } from './field-spec';

/** What the professional filled in, shaped as the request body: groups are objects, repeats and lists arrays. */
export type FormState = { [name: string]: FormValue };
export type FormValue = string | string[] | FormState | FormState[];

/** What the form knows when it opens: who is signed in, today, and a fresh id for each thing the step creates. */
export type Opening = Readonly<{ me: { id: string; name?: string | null; team: string }; today: string; newId: () => string }>;

export function initialState(fields: readonly Field[], opening: Opening): FormState {
  return Object.fromEntries(fields.map((field) => [field.name, initialValue(field, opening)]));
}

function initialValue(field: Field, opening: Opening): FormValue {
  switch (field.kind) {
    case 'given':
      return field.value === 'newId' ? opening.newId() : opening.me.id;
    case 'group':
      return initialState(field.fields, opening);
    case 'repeat':
      return field.startEmpty ? [] : [initialState(field.fields, opening)];
    case 'list':
      return [''];
    case 'pick':
      return field.many ? [] : '';
    default:
      return { myName: opening.me.name ?? '', myTeam: opening.me.team, today: opening.today, none: '' }[field.prefill ?? 'none'];
  }
}

/** The request body: an optional field left empty is left out, empty lines of a list too; a moment becomes a timestamp. */
export function bodyOf(fields: readonly Field[], state: FormState): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const value = state[field.name];
    if (field.kind === 'group') body[field.name] = bodyOf(field.fields, value as FormState);
    else if (field.kind === 'repeat') body[field.name] = (value as FormState[]).map((item) => bodyOf(field.fields, item));
    else if (field.kind === 'list') body[field.name] = (value as string[]).filter((line) => line.trim() !== '');
    else if (value === '' && field.optional) continue;
    else if (field.kind === 'moment') body[field.name] = asTimestamp(value as string);
    else if (field.kind === 'event') body[field.name] = Number(value);
    else body[field.name] = value;
  }
  return body;
}

// The browser's datetime-local is the professional's own clock; what it cannot read goes as typed, for the API to refuse.
const asTimestamp = (local: string): string => (Number.isNaN(Date.parse(local)) ? local : new Date(local).toISOString());

export type Segment = string | number;

export function valueAt(state: FormState, path: readonly Segment[]): FormValue {
  return path.reduce<FormValue>((value, segment) => (value as Record<Segment, FormValue>)[segment], state);
}

/** A copy of the state with the value at `path` replaced. */
export function withValue<T extends FormValue>(container: T, path: readonly Segment[], value: FormValue): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  const inner = withValue((container as Record<Segment, FormValue>)[key], rest, value);
  if (Array.isArray(container)) return container.map((item, index) => (index === key ? inner : item)) as T;
  return { ...(container as FormState), [key]: inner } as T;
}

/** Every place an error can be shown, in the order the form shows them: each field, each item of a list or a repeat. */
export function placesOf(fields: readonly Field[], state: FormState, prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = pathOf(prefix, field.name);
    const value = state[field.name];
    if (field.kind === 'given') return [];
    if (field.kind === 'group') return [path, ...placesOf(field.fields, value as FormState, path)];
    if (field.kind === 'repeat')
      return [path, ...(value as FormState[]).flatMap((item, index) => placesOf(field.fields, item, `${path}.${index}`))];
    if (field.kind === 'list') return [path, ...(value as string[]).map((_, index) => `${path}.${index}`)];
    return [path];
  });
}
