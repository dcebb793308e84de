import type { paths } from '../api/casus-api';

/**
 * A form as data: each field names the request body's property it fills (`name`, dotted below a group), so the
 * refusal of a field (`children.0.birthDate`) finds its place, and form-rules.unit.spec.ts can hold every form
 * against the API's own request schema. Plain data: no React, no browser.
 */

/**
 * What of the case a picker offers: its children, its recorded family members, its open tasks, its undecided placements;
 * the children and members together (a person an account is linked to), the persons with a live account link, the live
 * withholdings; the family's requests still waiting for the case's answer.
 */
export type CaseList =
  | 'children'
  | 'familyMembers'
  | 'openTasks'
  | 'requestedPlacements'
  | 'familyPeople'
  | 'familyAccounts'
  | 'withholdings'
  | 'undecidedCorrections'
  | 'undecidedDestructionRequests'
  | 'openComplaints';

/** A value the form fills in itself: a fresh id for what the step creates, or the signed-in professional. */
export type Given = 'newId' | 'myId';

/** A starting value the professional may change. */
export type Prefill = 'myName' | 'myTeam' | 'today';

type Common = Readonly<{
  name: string;
  optional?: true;
  prefill?: Prefill;
  /** Its words under `forms.fields` in i18n/nl.ts, when not those of its name (the lead's `name` is not a family member's). */
  label?: string;
}>;

export type Field =
  | (Common & { kind: 'text'; max: number; lines?: number })
  | (Common & { kind: 'date' })
  /** A moment (date and time), sent as an ISO timestamp. */
  | (Common & { kind: 'moment' })
  /** One of the API's enum values, each worded under `forms.choices.<label or name>`. */
  | (Common & { kind: 'choice'; values: readonly string[] })
  | (Common & { kind: 'pick'; from: CaseList; many: boolean })
  /** An id the professional types or pastes (the number of a family member's account), sent as typed for the API to judge. */
  | (Common & { kind: 'id' })
  /** One line of the file (a step of the case's timeline), sent as its number in the file (the stream revision). */
  | (Common & { kind: 'event' })
  /** An array of texts, one box each. */
  | (Common & { kind: 'list'; max: number })
  /** A nested object, its fields in one fieldset. */
  | (Common & { kind: 'group'; fields: readonly Field[] })
  /** An array of objects, one fieldset each, added and removed by the professional; `startEmpty`: none until one is added. */
  | (Common & { kind: 'repeat'; fields: readonly Field[]; startEmpty?: true })
  | (Common & { kind: 'given'; value: Given });

/** The API's paths that take a POST. */
export type PostPath = { [P in keyof paths]: paths[P] extends { post: object } ? P : never }[keyof paths];

export type StepForm = Readonly<{
  /** The API path it posts to; its request schema in the OpenAPI document is the one the form is held against. */
  path: PostPath;
  fields: readonly Field[];
}>;

/** Where a field's value lives in the form: its dotted path, with an item's index in a repeat. */
export const pathOf = (prefix: string, name: string): string => (prefix ? `${prefix}.${name}` : name);
