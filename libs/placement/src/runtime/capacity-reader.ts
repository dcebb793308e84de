import { freePlaces, type PlacementOption } from '@casus/matching';
import type { EventStore, LogPosition } from '@casus/event-store';
import { OPTION_STREAM_PREFIX } from '../option/option-events';
import { optionCodec } from '../option/option-stream';
import { evolveOption, initialOptionState, occupiedPlaces, reservedPlaces, type OptionState } from '../option/option-state';

/**
 * Current capacity of every family-form place, as the matching engine takes it. `atLeast`: the
 * answer includes every option event up to that log position (read-your-writes for a read model).
 */
export interface CapacityReader {
  all(atLeast?: LogPosition): Promise<PlacementOption[]>;
}

export const availableOnly = (options: readonly PlacementOption[]): PlacementOption[] =>
  options.filter((o) => o.status === 'active' && freePlaces(o) > 0);

/** The place as matching takes it; none once the proposed family it belongs to is erased (it has no area left). */
export function toMatchingOption(state: OptionState): PlacementOption | null {
  if (!state.exists || typeof state.details.location !== 'object') return null;
  const { proposedFor: _case, ...details } = state.details;
  return {
    optionId: state.optionId,
    ...details,
    networkFamilyId: details.networkFamilyId ?? undefined,
    capacity: state.capacity,
    reserved: reservedPlaces(state),
    occupied: occupiedPlaces(state),
    status: state.status,
  };
}

const PAGE = 1_000;

/** A place providers registered for every case; a family proposed on one case is that case's alone (network-families.ts). */
export const isOpenToEveryCase = (state: OptionState): boolean => state.exists && state.details.proposedFor === undefined;

/**
 * Folds every `placement-option-*` stream from the log: always current, so `atLeast` holds by itself.
 * Enough for tests and hundreds of places; the API reads the capacity read model of libs/projections.
 */
export class EventStoreCapacityReader implements CapacityReader {
  constructor(private readonly store: EventStore) {}

  async all(): Promise<PlacementOption[]> {
    const states = new Map<string, OptionState>();
    let after: LogPosition | undefined;
    for (;;) {
      const page = await this.store.readAll({ after, maxCount: PAGE, filter: { streamPrefixes: [OPTION_STREAM_PREFIX] } });
      for (const event of page) {
        const state = states.get(event.streamId) ?? initialOptionState();
        states.set(event.streamId, evolveOption(state, optionCodec.decode(event)));
      }
      if (page.length < PAGE) break;
      after = page[page.length - 1].position;
    }
    return [...states.values()].filter(isOpenToEveryCase).flatMap((state) => toMatchingOption(state) ?? []);
  }
}
