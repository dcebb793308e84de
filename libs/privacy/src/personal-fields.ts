import { isEnvelope, type Envelope } from './envelope';

type Json = { [key: string]: unknown };

/** One field of an event's data that holds a person's personal data, and whose it is. */
export type PersonalField = Readonly<{ path: readonly (string | number)[]; person: string }>;

type FieldsOf = (data: Json) => PersonalField[];

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * Which fields are a family member's or a child's own personal data (AVG): their name, contact
 * details, and their views in their own words. Ids, dates, relations and structure stay readable,
 * and so does what professionals write about the case (findings, reasons, description) and
 * professionals' own names: the case file must still show who decided what and why after erasure.
 */
const PERSONAL_FIELDS: Readonly<Record<string, FieldsOf>> = {
  FamilyMemberRecorded: (data) => fieldsOf(text(data.familyMemberId), ['name', 'contact']),
  // Where a family proposed from the child's network lives: on the case, and on the place opened for it.
  NetworkFamilyProposed: (data) => fieldsOf(text(data.familyMemberId), ['area']),
  PlacementOptionRegistered: (data) =>
    fieldsOf(text((data.proposedFor as Json | undefined)?.familyMemberId), ['municipality', 'municipalityCode', 'region', 'location']),
  PlacementCandidatesProposed: (data) => proposalFiguresOf(data),
  ReturnDecisionRecorded: (data) => viewsOf(data.views),
  PlacementViewRecorded: (data) => ownWordsOf(['view'], data.view as Json | undefined),
  PlacementDecided: (data) => viewsOf(data.views),
  // What a child or family member said in a case note; the professional's own text of the note stays readable.
  CaseNoteRecorded: (data) =>
    (Array.isArray(data.ownWords) ? (data.ownWords as Json[]) : []).flatMap((said, index) => {
      const person = text(said?.personId);
      return person ? [{ path: ['ownWords', index, 'words'], person }] : [];
    }),
  PerspectiveDecided: (data) => viewsOf(data.views),
  // The family's own voice: what the child or parent wrote, sealed under them.
  OwnStatementAdded: (data) => fieldsOf(text(data.personId), ['text']),
  CorrectionRequested: (data) => fieldsOf(text(data.personId), ['what', 'proposed']),
  DestructionRequested: (data) => (data.reason === null ? [] : fieldsOf(text(data.personId), ['reason'])),
  ComplaintFiled: (data) => fieldsOf(text(data.personId), ['about', 'text']),
};

// A proposed network family's distances, municipality and excluded areas place its home: sealed under its member.
function proposalFiguresOf(data: Json): PersonalField[] {
  const families = (data.networkFamilies ?? {}) as Readonly<Record<string, string>>;
  const of = (key: 'ranked' | 'excluded', field: string) =>
    (Array.isArray(data[key]) ? (data[key] as Json[]) : []).flatMap((entry, index) => {
      const person = text(families[String(entry.optionId)]);
      return person ? [{ path: [key, index, field], person }] : [];
    });
  return [...of('ranked', 'criteria'), ...of('excluded', 'reasons')];
}

const fieldsOf = (person: string | null, fields: readonly string[]): PersonalField[] =>
  person ? fields.map((field) => ({ path: [field], person })) : [];

/** A child's or parent's own words in one view; the professionals' views (gi, provider …) stay readable. */
function ownWordsOf(path: readonly (string | number)[], view: Json | undefined): PersonalField[] {
  const at = (field: string, person: string | null) => (person ? [{ path: [...path, field], person }] : []);
  if (view?.participant === 'child') return [...at('statement', text(view.childId)), ...at('notHeardReason', text(view.childId))];
  if (view?.participant === 'parent') return at('statement', text(view.familyMemberId));
  return [];
}

const viewsOf = (views: unknown): PersonalField[] =>
  (Array.isArray(views) ? (views as Json[]) : []).flatMap((view, index) => ownWordsOf(['views', index], view));

export const PERSONAL_EVENT_TYPES = Object.keys(PERSONAL_FIELDS);

/** The personal fields present in one event's data (a field that is absent is not personal data). */
export function personalFieldsOf(type: string, data: Json): PersonalField[] {
  const fields = PERSONAL_FIELDS[type]?.(data) ?? [];
  return fields.filter((field) => valueAt(data, field.path) !== undefined);
}

/** A copy of the data with each personal field replaced by what `seal` makes of it. */
export function sealPersonalData(type: string, data: Json, sealField: (person: string, value: unknown) => Envelope): Json {
  return sealFields(data, personalFieldsOf(type, data), sealField);
}

/** A copy of the data with each of `fields` replaced by what `seal` makes of it. */
export function sealFields(data: Json, fields: readonly PersonalField[], sealField: (person: string, value: unknown) => Envelope): Json {
  let sealed = data;
  for (const field of fields) sealed = withValueAt(sealed, field.path, sealField(field.person, valueAt(data, field.path)));
  return sealed;
}

/** Every person whose sealed data is in this data, wherever it sits (so old maps still open). */
export function sealedPersonsIn(data: unknown, into = new Set<string>()): Set<string> {
  if (isEnvelope(data)) into.add(data.$personal.person);
  else if (Array.isArray(data)) data.forEach((item) => sealedPersonsIn(item, into));
  else if (typeof data === 'object' && data !== null) Object.values(data).forEach((value) => sealedPersonsIn(value, into));
  return into;
}

/** A copy of the data with each envelope replaced by what `openField` makes of it. */
export function revealPersonalData<T>(data: T, openField: (envelope: Envelope) => unknown): T {
  if (isEnvelope(data)) return openField(data) as T;
  if (Array.isArray(data)) return data.map((item) => revealPersonalData(item, openField)) as T;
  if (typeof data === 'object' && data !== null) {
    return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, revealPersonalData(value, openField)])) as T;
  }
  return data;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>(
    (at, key) => (typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined),
    data,
  );
}

function withValueAt<T>(data: T, [key, ...rest]: readonly (string | number)[], value: unknown): T {
  const next = rest.length === 0 ? value : withValueAt((data as Record<string | number, unknown>)[key], rest, value);
  if (Array.isArray(data)) return data.map((item, index) => (index === key ? next : item)) as T;
  return { ...(data as object), [key]: next } as T;
}
