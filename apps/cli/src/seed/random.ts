import { v5 } from 'uuid';

// Fixed namespace: the same seed and index give the same id on every machine and every run.
const SEED_NAMESPACE = '2b8f3c1e-6a4d-5e7f-9c0b-1d2e3f4a5b6c';

export const seededId = (seed: number, ...parts: readonly (string | number)[]): string => v5([seed, ...parts].join(':'), SEED_NAMESPACE);

/** mulberry32: small, fast and the same everywhere; one generator per case keeps cases independent. */
export function randomFor(seed: number, ...parts: readonly (string | number)[]): Random {
  let state = 0;
  for (const char of [seed, ...parts].join(':')) state = (Math.imul(state, 31) + char.charCodeAt(0)) | 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
}

export interface Random {
  next(): number;
  /** Inclusive on both ends. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}
