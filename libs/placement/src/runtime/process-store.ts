import type { EventStore, LogPosition } from '@casus/event-store';
import { foldStream, type Writer } from '@casus/streams';
import { stepId } from '../metadata';
import { streamIdForPlacement, type PlacementProcessEvent } from '../process/process-events';
import { processCodec } from '../process/process-stream';
import { evolveProcess, initialProcessState, type PlacementProcessState } from '../process/process-state';

export type LoadedProcess = Readonly<{
  state: PlacementProcessState;
  revision: number;
  /** Where the stream's last event is in the log: whatever caused the next step lies before it. */
  position: LogPosition | null;
}>;

export async function loadProcess(store: EventStore, placementId: string): Promise<LoadedProcess> {
  const recorded = await store.readStream(streamIdForPlacement(placementId));
  const folded = foldStream(processCodec, { initialState: initialProcessState, evolve: evolveProcess }, recorded);
  // What caused the next step is the last event, whose id the store gives and no event carries.
  const state = { ...folded, lastEventId: recorded.at(-1)?.id ?? null };
  return { state, revision: recorded.length - 1, position: recorded.at(-1)?.position ?? null };
}

/**
 * Appends one process event under a deterministic id: recording it twice (a replay after a crash) is
 * a no-op. `expectedRevision` 'any' suits events from outside (a trigger, a timer, a decline).
 */
export async function recordProcessEvent(
  store: EventStore,
  event: PlacementProcessEvent,
  options: { eventId: string; context: Omit<Writer, 'correlationId'>; now: Date; expectedRevision: number | 'any' },
) {
  const { placementId } = event.data;
  return store.appendToStream(
    streamIdForPlacement(placementId),
    [processCodec.encode(event, options.eventId, { ...options.context, correlationId: placementId }, options.now)],
    {
      expectedRevision:
        options.expectedRevision === 'any' ? 'any' : options.expectedRevision === -1 ? 'no-stream' : options.expectedRevision,
    },
  );
}

/** The id of the event that records a trigger (a case event, a timer, a decline) on the process's stream. */
export const triggerEventId = (placementId: string, triggerId: string): string => stepId(placementId, 'trigger', triggerId);
