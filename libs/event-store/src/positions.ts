import type { LogPosition } from './types';

export function comparePositions(a: LogPosition, b: LogPosition): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

/** "commit:prepare": the form positions take in HTTP responses, query strings and checkpoints. */
export function formatPosition(position: LogPosition): string {
  return `${position.commit}:${position.prepare}`;
}

const POSITION_PATTERN = /^(\d{1,20}):(\d{1,20})$/;

export function parsePosition(text: string): LogPosition | undefined {
  const match = POSITION_PATTERN.exec(text);
  return match ? { commit: BigInt(match[1]), prepare: BigInt(match[2]) } : undefined;
}
