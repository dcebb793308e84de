/**
 * Within one match: many options share a distance in km, a set of specialisations or a set of
 * exclusion reasons, and so can share one result object instead of each allocating its own.
 */
export function memoised<T>(make: (key: number) => T): (key: number) => T {
  const made: T[] = [];
  return (key) => (made[key] ??= make(key));
}

/** Item i is in the subset when bit 2 ** i is set; a number keeps that exact for up to 53 items. */
export function membersOf<T>(items: readonly T[], subset: number): T[] {
  return items.filter((_, index) => Math.floor(subset / 2 ** index) % 2 === 1);
}
