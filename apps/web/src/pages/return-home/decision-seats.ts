import type { Field } from '../../forms/field-spec';
import type { CaseView, Placement } from '../placement/placement-reads';

// The API's enum values (RETURN_OUTCOMES, RETURN_PREFERENCES in libs/domain); the API refuses any other.
export const OUTCOMES = ['return-home', 'not-yet', 'no-return'] as const;
const PREFERENCES = [...OUTCOMES, 'no-preference'] as const;

/** What the decision itself says; `views` are the seats below. */
export const DECISION_FIELDS: readonly Field[] = [
  { kind: 'date', name: 'decidedOn', prefill: 'today' },
  {
    kind: 'group',
    name: 'outcome',
    label: 'decision',
    fields: [
      { kind: 'choice', name: 'kind', label: 'returnOutcome', values: OUTCOMES },
      { kind: 'date', name: 'reviewOn', optional: true },
      { kind: 'text', name: 'perspective', optional: true, max: 10_000, lines: 3 },
    ],
  },
  { kind: 'text', name: 'rationale', max: 10_000, lines: 4 },
  { kind: 'text', name: 'conditionsOverrideReason', optional: true, max: 2_000, lines: 2 },
];

const own = (optional: boolean): Field[] => [
  { kind: 'text', name: 'statement', label: 'ownWords', max: 10_000, lines: 3, ...(optional && { optional: true }) },
  { kind: 'choice', name: 'prefers', values: PREFERENCES, ...(optional && { optional: true }) },
];

/** The professionals and the caregiver speak by name and organisation; left empty, their seat is not in the decision. */
const PROFESSIONAL_FIELDS: readonly Field[] = [
  { kind: 'text', name: 'name', label: 'viewName', max: 200, optional: true },
  { kind: 'text', name: 'organisation', max: 200, optional: true },
  ...own(true),
];

const CHILD_FIELDS: readonly Field[] = [
  { kind: 'choice', name: 'heard', label: 'childHeard', values: ['yes', 'no'] },
  { kind: 'text', name: 'notHeardReason', optional: true, max: 10_000, lines: 2 },
  ...own(true),
];

export type SeatWho = Readonly<
  | { participant: 'child'; childId: string; birthDate: string }
  | { participant: 'parent'; familyMemberId: string; name: string }
  | { participant: 'caregiver' | 'gemeente' | 'provider' | 'gi' }
>;

/** One participant's place in the joint decision: who, and the fields their view takes. */
export type Seat = Readonly<{ who: SeatWho; fields: readonly Field[] }>;

/** Every child of the placement, each parent of theirs, then the caregiver, the gemeente, the provider and the GI. */
export function seatsOf(view: CaseView, placement: Placement): Seat[] {
  const children = view.case.children.filter((child) => placement.childIds.includes(child.childId));
  const parents = view.case.familyMembers.filter(
    (member) => member.relation === 'parent' || member.parentalAuthorityOver.some((id) => placement.childIds.includes(id)),
  );
  return [
    ...children.map((child) => ({ who: { participant: 'child', ...child } as const, fields: CHILD_FIELDS })),
    ...parents.map(({ familyMemberId, name }) => ({ who: { participant: 'parent', familyMemberId, name } as const, fields: own(false) })),
    ...(['caregiver', 'gemeente', 'provider', 'gi'] as const).map((participant) => ({ who: { participant }, fields: PROFESSIONAL_FIELDS })),
  ];
}

/** The form as one tree of fields, `views.<n>.<field>` as the API names a refused field, so each refusal finds its place. */
export const decisionFields = (seats: readonly Seat[]): readonly Field[] => [
  ...DECISION_FIELDS,
  { kind: 'group', name: 'views', fields: seats.map((seat, index) => ({ kind: 'group', name: String(index), fields: seat.fields })) },
];

const isEmpty = (view: Record<string, unknown>) => Object.values(view).every((value) => value === undefined || value === '');

/** The views as the API takes them: who is speaking added to what was filled in; a professional's seat left empty left out. */
export function viewsOf(seats: readonly Seat[], filled: Record<string, Record<string, unknown>>): Record<string, unknown>[] {
  return seats.flatMap((seat, index): Record<string, unknown>[] => {
    const view = filled[String(index)] ?? {};
    const { who } = seat;
    if (who.participant === 'child') {
      const heard = view.heard === 'yes';
      const { heard: _, ...said } = view;
      return [{ ...said, participant: 'child', childId: who.childId, heard }];
    }
    if (who.participant === 'parent') return [{ ...view, participant: 'parent', familyMemberId: who.familyMemberId }];
    return isEmpty(view) ? [] : [{ ...view, participant: who.participant }];
  });
}
