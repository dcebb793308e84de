import type { EventStore, LogPosition } from '@casus/event-store';
import { metadataOf, stepId, type EventContext } from '../metadata';
import { streamIdForPlacement, type PlacementProcessEvent } from '../process/process-events';
import { evolveProcess, initialProcessState, type PlacementProcessState } from '../process/process-state';

export type LoadedProcess = Readonly<{
  state: PlacementProcessState;
  revision: number;
  /** Where the stream's last event is in the log: whatever caused the next step lies before it. */
  position: LogPosition | null;
}>;

export async function loadProcess(store: EventStore, placementId: string): Promise<LoadedProcess> {
  const recorded = await store.readStream(streamIdForPlacement(placementId));
  const state = recorded.reduce(
    (s, e) => ({ ...evolveProcess(s, e as unknown as PlacementProcessEvent), lastEventId: e.id }),
    initialProcessState(),
  );
  return { state, revision: recorded.length - 1, position: recorded.at(-1)?.position ?? null };
}

/**
 * Appends one process event under a deterministic id: recording it twice (a replay after a crash) is
 * a no-op. `expectedRevision` 'any' suits events from outside (a trigger, a timer, a decline).
 */
export async function recordProcessEvent(
  store: EventStore,
  event: PlacementProcessEvent,
  options: { eventId: string; context: Omit<EventContext, 'correlationId'>; now: Date; expectedRevision: number | 'any' },
) {
  const { placementId } = event.data;
  return store.appendToStream(
    streamIdForPlacement(placementId),
    [
      {
        id: options.eventId,
        type: event.type,
        data: event.data as never,
        metadata: metadataOf({ ...options.context, correlationId: placementId }, 1, options.now),
      },
    ],
    { expectedRevision: options.expectedRevision === 'any' ? 'any' : options.expectedRevision === -1 ? 'no-stream' : options.expectedRevision },
  );
}

/** The id of the event that records a trigger (a case event, a timer, a decline) on the process's stream. */
export const triggerEventId = (placementId: string, triggerId: string): string => stepId(placementId, 'trigger', triggerId);
