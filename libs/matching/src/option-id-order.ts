// Code-unit order, not localeCompare: the order must not depend on the machine's locale. Option ids are
// unique, so one comparison decides.
export function byOptionId(a: { readonly optionId: string }, b: { readonly optionId: string }): number {
  return a.optionId < b.optionId ? -1 : 1;
}

const KEY_BITS = 32;
/** Code units read per id at most (hex digits fill 32 bits with 8); ids that tie on them are compared whole. */
const MAX_DIGITS = 8;
/** Three passes over the ids for a 32-bit key. */
const DIGIT_BITS = 11;

function sharedPrefixLength(items: readonly { readonly optionId: string }[]): number {
  const first = items[0].optionId;
  let shared = first.length;
  for (const { optionId } of items) {
    let at = 0;
    while (at < shared && optionId.charCodeAt(at) === first.charCodeAt(at)) at++;
    shared = at;
  }
  return shared;
}

/**
 * A number per id that orders as the id's first code units past the prefix all ids share: those units are its
 * digits, 0 where the id has ended (so a shorter id sorts first), in the radix of the units that occur there.
 * Uuids get five hex digits, enough to tell most of ten thousand apart.
 */
function prefixKeys(items: readonly { readonly optionId: string }[]): Uint32Array {
  const from = sharedPrefixLength(items);
  const window = from + MAX_DIGITS;
  let lowest = Infinity;
  let highest = -Infinity;
  for (const { optionId } of items) {
    const end = Math.min(optionId.length, window);
    for (let at = from; at < end; at++) {
      const unit = optionId.charCodeAt(at);
      if (unit < lowest) lowest = unit;
      if (unit > highest) highest = unit;
    }
  }
  // Unique ids: at least one goes on past the shared prefix, so lowest and highest are code units.
  const radix = highest - lowest + 2;
  let digits = 0;
  while (digits < MAX_DIGITS && radix ** (digits + 1) <= 2 ** KEY_BITS) digits++;
  const keys = new Uint32Array(items.length);
  for (let index = 0; index < items.length; index++) {
    const id = items[index].optionId;
    let key = 0;
    for (let at = from; at < from + digits; at++) key = key * radix + (at < id.length ? id.charCodeAt(at) - lowest + 1 : 0);
    keys[index] = key;
  }
  return keys;
}

/** Indices in the order of their keys, equal keys in index order: a least-significant-digit radix sort. */
function byKey(keys: Uint32Array): Uint32Array {
  let order = new Uint32Array(keys.length);
  for (let index = 0; index < order.length; index++) order[index] = index;
  let spare = new Uint32Array(keys.length);
  const starts = new Uint32Array(2 ** DIGIT_BITS);
  const mask = 2 ** DIGIT_BITS - 1;
  for (let shift = 0; shift < KEY_BITS; shift += DIGIT_BITS) {
    starts.fill(0);
    for (const index of order) starts[(keys[index] >>> shift) & mask]++;
    for (let digit = 0, start = 0; digit <= mask; digit++) {
      const count = starts[digit];
      starts[digit] = start;
      start += count;
    }
    for (const index of order) spare[starts[(keys[index] >>> shift) & mask]++] = index;
    [order, spare] = [spare, order];
  }
  return order;
}

/**
 * The same order as sorting with byOptionId, several times faster: a sort calling a comparator once per
 * comparison cost more than matching ten thousand options. Ids are sorted by a numeric prefix key without
 * comparing, and only ids whose keys tie are compared whole.
 */
export function optionIdOrder(items: readonly { readonly optionId: string }[]): Uint32Array {
  if (items.length < 2) return Uint32Array.from(items, (_, index) => index);
  const keys = prefixKeys(items);
  const order = byKey(keys);
  for (let start = 0, end = 1; start < order.length; start = end++) {
    while (end < order.length && keys[order[end]] === keys[order[start]]) end++;
    if (end - start > 1) order.subarray(start, end).sort((a, b) => (items[a].optionId < items[b].optionId ? -1 : 1));
  }
  return order;
}

export function inOptionIdOrder<T extends { readonly optionId: string }>(items: readonly T[]): T[] {
  return Array.from(optionIdOrder(items), (index) => items[index]);
}
