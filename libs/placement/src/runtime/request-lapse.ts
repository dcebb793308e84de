import { dutchDateOf, requestLapsesOn, startOfDutchDay, type Lapse } from '@casus/domain';
import type { EventStore } from '@casus/event-store';
import { stepId } from '../metadata';
import type { PlacementConcluded } from '../process/process-events';
import { loadCase } from './case-commands';

/** When the request stops resting on anything (a child of age, the machtiging ended), read from the case as it is now. */
export async function lapseOf(store: EventStore, caseId: string, placementId: string): Promise<Lapse | null> {
  const { state } = await loadCase(store, caseId);
  return state.status === 'none' ? null : requestLapsesOn(state, placementId);
}

/** The process's own end once the request has lapsed: it proposes and reserves nothing more. */
export function endedByLapse(placementId: string, lapse: Lapse | null, now: Date): { event: PlacementConcluded; eventId: string } | null {
  const today = dutchDateOf(now);
  if (!lapse || lapse.on > today) return null;
  const data = { placementId, cause: 'RequestLapsed' as const, on: today, reason: lapse.reason };
  return { event: { type: 'PlacementConcluded', data }, eventId: stepId(placementId, 'lapsed') };
}

/** A reservation never outlives its request: it expires at the latest as the day the request lapses begins. */
export function reservationExpiry(now: Date, ttlMs: number, lapse: Lapse | null): string {
  const byTtl = now.getTime() + ttlMs;
  const byLapse = lapse ? startOfDutchDay(lapse.on).getTime() : Infinity;
  return new Date(Math.min(byTtl, byLapse)).toISOString();
}
