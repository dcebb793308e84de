import { Uuid } from '../../shared/ids';
import { addMonths, ageOn, IsoDate, isIsoDate } from '../../shared/iso-date';
import { RecordFosterChildContact } from '../commands';
import { refuse } from '../errors';
import { FosterChildContactRecorded } from '../events';
import { majorityOn } from '../court-order-limits';
import { ExistingCase, PlacementRecord } from '../state';
import { FosterChildContactKind, PlacedChildDue } from '../values';
import { Moment, requireActivePlacement, requireAfterStart, requireNotAfterToday } from './guards';

// Richtlijn Pleegzorg: a care professional talks with a placed child at least 3 times a year, read here as
// one talk within 4 months of the last; the child's development is reviewed yearly, half-yearly under 3.
export const CONVERSATION_INTERVAL_MONTHS = 4;
export const DEVELOPMENT_REVIEW_MONTHS = 12;
export const YOUNG_CHILD_REVIEW_MONTHS = 6;
export const YOUNG_CHILD_UNDER_AGE = 3;

/** The next talk or development review of a child, counted from `from` (the start, or the last one held). */
export function nextContactDueOn(kind: FosterChildContactKind, from: IsoDate, birthDate: IsoDate | undefined): IsoDate {
  if (kind === 'conversation') return addMonths(from, CONVERSATION_INTERVAL_MONTHS);
  // Without a date of birth on record the yearly review is the one that can be told.
  const young = isIsoDate(birthDate) && ageOn(birthDate, from) < YOUNG_CHILD_UNDER_AGE;
  return addMonths(from, young ? YOUNG_CHILD_REVIEW_MONTHS : DEVELOPMENT_REVIEW_MONTHS);
}

const birthDateOf = (state: ExistingCase, childId: Uuid) => state.children.find((c) => c.childId === childId)?.birthDate;

/** What the start of a placement puts on the deadlines list for each of its children (a request lapses at 18: each is a minor). */
export const dueAtStart = (state: ExistingCase, placement: PlacementRecord, startedOn: IsoDate): PlacedChildDue[] =>
  state.children
    .filter((child) => placement.childIds.includes(child.childId))
    .map(({ childId, birthDate }) => ({
      childId,
      conversationDueOn: nextContactDueOn('conversation', startedOn, birthDate),
      developmentReviewDueOn: nextContactDueOn('development-review', startedOn, birthDate),
      comesOfAgeOn: majorityOn(birthDate),
    }));

export function recordFosterChildContact(
  { data }: RecordFosterChildContact,
  state: ExistingCase,
  moment: Moment,
): [FosterChildContactRecorded] {
  const placement = requireActivePlacement(state, data.placementId);
  if (!placement.childIds.includes(data.childId)) {
    refuse('PLACEMENT.CHILD_NOT_IN_PLACEMENT', `child ${data.childId} does not live in placement ${data.placementId}`);
  }
  if (state.placements.some((p) => p.contacts.some((c) => c.contactId === data.contactId))) {
    refuse('FOSTER_CHILD_CONTACT.ALREADY_RECORDED', `contact ${data.contactId} is already on record`);
  }
  const heldOn = requireNotAfterToday(data.heldOn, 'the day of the talk', moment);
  requireAfterStart(placement, heldOn, 'the talk');
  const last = placement.contacts.filter((c) => c.childId === data.childId && c.kind === data.kind).at(-1);
  if (last && heldOn < last.heldOn) {
    refuse('FOSTER_CHILD_CONTACT.BEFORE_LAST', `the ${data.kind} of ${heldOn} lies before the last one on record (${last.heldOn})`);
  }
  const { placementId, childId, contactId, kind } = data;
  const nextDueOn = nextContactDueOn(kind, heldOn, birthDateOf(state, childId));
  return [{ type: 'FosterChildContactRecorded', data: { placementId, childId, contactId, kind, heldOn, nextDueOn } }];
}
