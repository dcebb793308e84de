import type { PlacementOptionDetails, PlacementOptionEvent, Siblings } from './option-events';

export type OptionStatus = 'active' | 'paused' | 'withdrawn';

export type ExistingOption = Readonly<{
  exists: true;
  optionId: string;
  details: PlacementOptionDetails;
  status: OptionStatus;
  capacity: number;
  /** Per placement id. */
  /** Per placement id; the siblings are absent in early events. */
  reservations: Readonly<Record<string, { places: number; expiresAt: string } & Partial<Siblings>>>;
  occupations: Readonly<Record<string, { places: number } & Partial<Siblings>>>;
}>;

export type OptionState = Readonly<{ exists: false }> | ExistingOption;

export const initialOptionState = (): OptionState => ({ exists: false });

const sum = (entries: Readonly<Record<string, { places: number }>>): number =>
  Object.values(entries).reduce((total, entry) => total + entry.places, 0);
export const reservedPlaces = (state: ExistingOption): number => sum(state.reservations);
export const occupiedPlaces = (state: ExistingOption): number => sum(state.occupations);
/** The placements holding a place here (reserved or occupied) that must not live with these children. */
export function keptApartHolders(state: ExistingOption, { childIds, keptApartFrom }: Siblings): string[] {
  return Object.entries({ ...state.reservations, ...state.occupations })
    .filter(
      ([, held]) =>
        (held.childIds ?? []).some((id) => keptApartFrom.includes(id)) || (held.keptApartFrom ?? []).some((id) => childIds.includes(id)),
    )
    .map(([placementId]) => placementId);
}
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
      const { placementId, places, expiresAt, childIds, keptApartFrom } = event.data;
      const siblings = childIds ? { childIds, keptApartFrom: keptApartFrom ?? [] } : {};
      return { ...state, reservations: { ...state.reservations, [placementId]: { places, expiresAt, ...siblings } } };
    }
    case 'ReservationReleased':
      return { ...state, reservations: without(state.reservations, event.data.placementId) };
    case 'PlaceOccupied': {
      const { placementId, places } = event.data;
      const { childIds, keptApartFrom } = state.reservations[placementId] ?? {};
      const siblings = childIds ? { childIds, keptApartFrom: keptApartFrom ?? [] } : {};
      return {
        ...state,
        reservations: without(state.reservations, placementId),
        occupations: { ...state.occupations, [placementId]: { places, ...siblings } },
      };
    }
    case 'PlaceVacated': {
      const { placementId, places, childIds } = event.data;
      const held = state.occupations[placementId];
      if (!held || places >= held.places) return { ...state, occupations: without(state.occupations, placementId) };
      const staying = held.childIds?.filter((id) => !childIds?.includes(id));
      return {
        ...state,
        occupations: {
          ...state.occupations,
          [placementId]: { ...held, places: held.places - places, ...(staying ? { childIds: staying } : {}) },
        },
      };
    }
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}
