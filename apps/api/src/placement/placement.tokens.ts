export const CAPACITY_READER = Symbol('CapacityReader');
/** DecidePlacement's reservation fact: the case's placement controller asks this lookup. */
export const RESERVATION_LOOKUP = Symbol('ReservationLookup');
