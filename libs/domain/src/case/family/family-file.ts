import { Uuid } from '../../shared/ids';
import { CaseEvent } from '../events';
import { findPlacement } from '../queries';
import { ExistingCase, WithholdingRecord } from '../state';
import { FamilyPerson, InspectionRight } from './family-values';
import { askedBy } from '../voice/asked-by';

/** Who reads the file and what they may: a person with a right to the file or to information. */
export type FamilyReader = Readonly<{ person: FamilyPerson; right: Exclude<InspectionRight, { right: 'none' }> }>;

/** A parent's view: every linked family member who is not a child of the case (marks and `parents` withholdings are theirs). */
export const readsAsParent = (person: FamilyPerson): boolean => person.as !== 'child';

type Data = Readonly<Record<string, unknown>>;
const ids = (value: unknown): readonly Uuid[] => (Array.isArray(value) ? value.filter((v): v is Uuid => typeof v === 'string') : []);

/** The children a step is about, from what it names; null: the family as a whole (the signal's other facts, a family member). */
export function childrenOfStep(event: CaseEvent, state: ExistingCase): readonly Uuid[] | null {
  const data = event.data as Data;
  if (event.type === 'SignalRegistered') return event.data.children.map((child) => child.childId);
  if (typeof data.childId === 'string') return [data.childId];
  if (Array.isArray(data.childIds)) return ids(data.childIds);
  if (typeof data.placementId === 'string') return findPlacement(state, data.placementId)?.childIds ?? null;
  if (typeof data.courtOrderId === 'string') {
    const order = state.courtOrders.find((o) => o.courtOrderId === data.courtOrderId);
    return order ? [order.childId] : null;
  }
  return null;
}

/** A withholding in force that keeps its part from this person. */
export function withholdsFrom(withholding: WithholdingRecord, person: FamilyPerson): boolean {
  if (withholding.ended !== null) return false;
  if (withholding.from === 'everyone') return true;
  if (withholding.from === 'parents') return readsAsParent(person);
  return withholding.from.includes(person.personId);
}

/** What this reader sees of the case's steps: the ones shown, and the withholdings that keep a part from them. */
export type FamilyFileParts = Readonly<{ shown: readonly number[]; withheld: readonly WithholdingRecord[] }>;

/**
 * The steps of the file this reader sees, numbered by their revision: those about the children of their right (or the
 * family as a whole), less a part withheld from them (they see that it was, in `withheld`), and for a parent less every
 * part marked not for the parents, without a trace: a withholding of a marked part is not shown to a parent either; and
 * of the family's own statements and requests with their answers, only their own (`askedBy`).
 * Which kinds of step the family reads at all, and in what words, is the wording's (libs/wording family-words.ts).
 */
export function familyFileParts(events: readonly CaseEvent[], state: ExistingCase, reader: FamilyReader): FamilyFileParts {
  const marked = new Set(readsAsParent(reader.person) ? state.notForParents.map((mark) => mark.eventNumber) : []);
  const withheld = state.withholdings.filter((w) => withholdsFrom(w, reader.person) && !marked.has(w.eventNumber));
  const kept = new Set([...marked, ...withheld.map((w) => w.eventNumber)]);
  const concerns = (children: readonly Uuid[] | null) =>
    children === null || children.some((child) => reader.right.childIds.includes(child));
  const theirs = (event: CaseEvent) => [undefined, reader.person.personId].includes(askedBy(event, state));
  const shown = events.flatMap((event, number) =>
    !kept.has(number) && concerns(childrenOfStep(event, state)) && theirs(event) ? [number] : [],
  );
  const withheldOfTheirs = withheld.filter((w) => events[w.eventNumber] && concerns(childrenOfStep(events[w.eventNumber], state)));
  return { shown, withheld: withheldOfTheirs };
}
