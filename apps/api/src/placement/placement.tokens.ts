export const CAPACITY_READER = Symbol('CapacityReader');
/** DecidePlacement's reservation fact: the case's placement controller asks this lookup. */
export const RESERVATION_LOOKUP = Symbol('ReservationLookup');
/** The placement module's own PostgreSQL pool: timers, the process checkpoint, the capacity read model. */
export const PLACEMENT_DATABASE = Symbol('PlacementDatabase');
export const PLACEMENT_CLOCK = Symbol('PlacementClock');
export type PlacementClock = () => Date;
