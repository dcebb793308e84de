// Code-unit order, not localeCompare: the order must not depend on the machine's locale. Option ids are
// unique, so one comparison decides.
export function byOptionId(a: { readonly optionId: string }, b: { readonly optionId: string }): number {
  return a.optionId < b.optionId ? -1 : 1;
}

// Orders like byOptionId: a longer id with the same first code unit sorts after a shorter one.
function firstTwoCodeUnits(id: string): number {
  const first = id.length > 0 ? id.charCodeAt(0) + 1 : 0;
  const second = id.length > 1 ? id.charCodeAt(1) + 1 : 0;
  return first * 65537 + second;
}

/**
 * The same order as sorting with byOptionId, in about half the time for uuids: sorting thousands of
 * excluded options one comparison at a time cost more than matching them. Buckets by the first two
 * code units leave a few dozen ids each to compare.
 */
export function inOptionIdOrder<T extends { readonly optionId: string }>(items: readonly T[]): T[] {
  const buckets = new Map<number, T[]>();
  for (const item of items) {
    const key = firstTwoCodeUnits(item.optionId);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(item);
    else buckets.set(key, [item]);
  }
  const ordered: T[] = [];
  for (const key of [...buckets.keys()].sort((a, b) => a - b)) {
    for (const item of buckets.get(key)!.sort(byOptionId)) ordered.push(item);
  }
  return ordered;
}
