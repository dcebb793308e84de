import type { PlacementProcessState } from './process-state';

/** The one thing the process does next; the runtime carries it out and records its outcome. */
export type ProcessStep =
  | Readonly<{ kind: 'propose'; run: number }>
  | Readonly<{ kind: 'reserve'; optionId: string; attempt: number; places: number }>
  | Readonly<{ kind: 'release'; optionId: string; attempt: number; reason: string }>
  | Readonly<{ kind: 'give-up'; candidatesTried: number; run: number }>
  | Readonly<{ kind: 'occupy'; optionId: string }>
  | Readonly<{ kind: 'start-placement' }>
  | Readonly<{ kind: 'vacate'; optionId: string; reason: string }>
  | Readonly<{ kind: 'free-child-place'; optionId: string; childIds: readonly string[]; departure: number }>;

/**
 * Pure: from what is recorded, what is still to do. A process killed anywhere resumes here, and as
 * every step is idempotent (deterministic ids), doing a step twice leaves one effect.
 */
export function nextStep(state: PlacementProcessState): ProcessStep | null {
  if (!state.placementId) return null;
  if (state.concluded) {
    if (state.placeTaken && !state.placeFreed && state.decision) {
      return { kind: 'vacate', optionId: state.decision.optionId, reason: `placement ended: ${state.concluded.cause}` };
    }
    // A declined or expired reservation not yet released is released too: nothing stays held.
    const held = state.placeTaken ? null : (state.reservation ?? state.toRelease);
    if (held)
      return { kind: 'release', optionId: held.optionId, attempt: held.attempt, reason: `placement ended: ${state.concluded.cause}` };
    return null;
  }
  if (state.decision) {
    if (!state.placeTaken) return { kind: 'occupy', optionId: state.decision.optionId };
    if (!state.startSent && state.decision.moveInOn === null) return { kind: 'start-placement' };
    const departure = state.departures.findIndex((d) => !d.freed);
    if (departure >= 0) {
      return { kind: 'free-child-place', optionId: state.decision.optionId, childIds: state.departures[departure].childIds, departure };
    }
    return null;
  }
  if (state.toRelease) {
    const { optionId, attempt, reason } = state.toRelease;
    return { kind: 'release', optionId, attempt, reason };
  }
  if (state.candidates === null) return { kind: 'propose', run: state.run };
  if (state.reservation || state.exhausted) return null;
  const optionId = state.chosen ?? state.candidates.find((candidate) => !state.tried.includes(candidate));
  if (optionId) return { kind: 'reserve', optionId, attempt: state.attempt, places: state.places };
  return { kind: 'give-up', candidatesTried: state.tried.length, run: state.run };
}
