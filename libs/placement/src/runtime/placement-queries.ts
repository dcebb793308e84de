import type { Reservation } from '@casus/domain';
import type { EventStore } from '@casus/event-store';
import { loadOption } from '../option/option-command-handler';
import { loadProcess } from './process-store';

/** The reservation fact DecidePlacement needs, read from the option's stream (the source of truth). */
export interface ReservationLookup {
  reservationFor(placementId: string): Promise<Reservation | null>;
}

export class EventStoreReservationLookup implements ReservationLookup {
  constructor(private readonly store: EventStore) {}

  async reservationFor(placementId: string): Promise<Reservation | null> {
    const { state } = await loadProcess(this.store, placementId);
    if (!state.reservation) return null;
    const { state: option } = await loadOption(this.store, state.reservation.optionId);
    const held = option.exists ? option.reservations[placementId] : undefined;
    if (!option.exists || !held) return null;
    const { optionId, details } = option;
    return { optionId, placementId, provider: details.provider, expiresAt: held.expiresAt, acceptedByProvider: state.accepted !== null };
  }
}
