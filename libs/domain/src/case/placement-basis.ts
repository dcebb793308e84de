import { Uuid } from '../shared/ids';
import { addDays, IsoDate } from '../shared/iso-date';
import { AGE_OF_MAJORITY, majorityOn, PLACEMENT_AUTHORISATION_KINDS } from './court-order-limits';
import { courtOrdersFor, findPlacement, lastDayOf } from './queries';
import { ExistingCase } from './state';

export type Lapse = Readonly<{ on: IsoDate; reason: string }>;

/**
 * The first day an open request no longer rests on anything: a child's 18th birthday (a request is for a
 * minor, and every court order ends there, BW 1:233), or, for a court-ordered request, the day after the
 * last machtiging of one of its children ends. Null when nothing ends it; the earliest when several do.
 */
export function requestLapsesOn(state: ExistingCase, placementId: Uuid): Lapse | null {
  const placement = findPlacement(state, placementId);
  if (!placement) return null;
  const lapses = placement.childIds.flatMap((childId): Lapse[] => {
    const child = state.children.find((c) => c.childId === childId);
    const ofAge = child ? [{ on: majorityOn(child.birthDate), reason: `child ${childId} turns ${AGE_OF_MAJORITY}` }] : [];
    if (placement.legalBasis !== 'court-order') return ofAge;
    const lastDay = courtOrdersFor(state, childId, PLACEMENT_AUTHORISATION_KINDS).map(lastDayOf).sort().at(-1);
    const machtiging = {
      on: lastDay ? addDays(lastDay, 1) : placement.intendedStartOn,
      reason: `the machtiging for child ${childId} ended`,
    };
    return [...ofAge, machtiging];
  });
  return lapses.sort((a, b) => a.on.localeCompare(b.on))[0] ?? null;
}
