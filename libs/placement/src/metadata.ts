import type { EventActor } from '@casus/streams';
import { v5 } from 'uuid';

// Fixed namespace: ids derived from a placement and a step are the same in every process and run.
const PLACEMENT_NAMESPACE = '6f0d7a43-2f8e-5c0e-9a55-3b1f4b6c2d10';

/** A deterministic id for one step of one placement: a replayed step appends the same ids (a no-op). */
export const stepId = (placementId: string, ...step: readonly (string | number)[]): string =>
  v5([placementId, ...step].join(':'), PLACEMENT_NAMESPACE);

/** The placement process acts in its own name on option and placement streams. */
export const PROCESS_ACTOR: EventActor = Object.freeze({
  id: '00000000-0000-5000-8000-00000000c0de',
  role: 'process',
  team: 'placement-process',
  organisation: 'Casus',
});
