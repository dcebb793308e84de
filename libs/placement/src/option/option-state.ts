import type { PlacementOptionDetails, PlacementOptionEvent } from './option-events';

export type OptionStatus = 'active' | 'paused' | 'withdrawn';

export type ExistingOption = Readonly<{
  exists: true;
  optionId: string;
  details: PlacementOptionDetails;
  status: OptionStatus;
  capacity: number;
  /** Per placement id. */
  reservations: Readonly<Record<string, { places: number; expiresAt: string }>>;
  occupations: Readonly<Record<string, { places: number }>>;
}>;

export type OptionState = Readonly<{ exists: false }> | ExistingOption;

export const initialOptionState = (): OptionState => ({ exists: false });

const sum = (entries: Readonly<Record<string, { places: number }>>): number =>
  Object.values(entries).reduce((total, entry) => total + entry.places, 0);
export const reservedPlaces = (state: ExistingOption): number => sum(state.reservations);
export const occupiedPlaces = (state: ExistingOption): number => sum(state.occupations);
export const freePlacesOf = (state: ExistingOption): number => state.capacity - reservedPlaces(state) - occupiedPlaces(state);

function without<T>(entries: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const { [key]: _gone, ...rest } = entries;
  return rest;
}

export function evolveOption(state: OptionState, event: PlacementOptionEvent): OptionState {
  if (event.type === 'PlacementOptionRegistered') {
    const { optionId, capacity, ...details } = event.data;
    return { exists: true, optionId, details, status: 'active', capacity, reservations: {}, occupations: {} };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'CapacityChanged':
      return { ...state, capacity: event.data.capacity };
    case 'PlacementOptionPaused':
      return { ...state, status: 'paused' };
    case 'PlacementOptionResumed':
      return { ...state, status: 'active' };
    case 'PlacementOptionWithdrawn':
      return { ...state, status: 'withdrawn' };
    case 'PlaceReserved': {
      const { placementId, places, expiresAt } = event.data;
      return { ...state, reservations: { ...state.reservations, [placementId]: { places, expiresAt } } };
    }
    case 'ReservationReleased':
      return { ...state, reservations: without(state.reservations, event.data.placementId) };
    case 'PlaceOccupied': {
      const { placementId, places } = event.data;
      return {
        ...state,
        reservations: without(state.reservations, placementId),
        occupations: { ...state.occupations, [placementId]: { places } },
      };
    }
    case 'PlaceVacated':
      return { ...state, occupations: without(state.occupations, event.data.placementId) };
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}
