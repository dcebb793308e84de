import { WrongExpectedRevision, type AppendResult, type EventStore, type LogPosition } from '@casus/event-store';
import { randomUUID } from 'node:crypto';
import { metadataOf, type EventContext } from '../metadata';
import type { PlacementOptionCommand } from './option-commands';
import { decideOption } from './option-decide';
import { OPTION_EVENT_SCHEMA_VERSION, streamIdForOption, type PlacementOptionEvent } from './option-events';
import { evolveOption, initialOptionState, type OptionState } from './option-state';

export type OptionCommandResult = Readonly<{
  optionId: string;
  /** The stream's revision after the command (-1: no stream). */
  revision: number;
  /** Where the command's events landed; null when the command changed nothing (an idempotent replay). */
  position: LogPosition | null;
  events: readonly PlacementOptionEvent[];
  state: OptionState;
}>;

export type OptionCommandOptions = Readonly<{
  context: EventContext;
  now: Date;
  /** Deterministic ids for the events (process steps); random otherwise. */
  eventIds?: (index: number) => string;
  /** When given, a concurrent change is reported (409) instead of retried. */
  expectedRevision?: number;
  maxRetries?: number;
}>;

export async function loadOption(store: EventStore, optionId: string): Promise<{ state: OptionState; revision: number }> {
  const recorded = await store.readStream(streamIdForOption(optionId));
  const state = recorded.reduce((s, e) => evolveOption(s, e as unknown as PlacementOptionEvent), initialOptionState());
  return { state, revision: recorded.length - 1 };
}

/**
 * Load, decide, append with the expected revision. A writer that loses the race re-reads and decides
 * again: with 20 attempts on the last place, one reserves it and the others are refused for capacity.
 */
export async function handleOptionCommand(
  store: EventStore,
  command: PlacementOptionCommand,
  options: OptionCommandOptions,
): Promise<OptionCommandResult> {
  const optionId = command.data.optionId;
  const maxRetries = options.expectedRevision === undefined ? (options.maxRetries ?? 50) : 0;
  for (let attempt = 0; ; attempt++) {
    const { state, revision } = await loadOption(store, optionId);
    if (options.expectedRevision !== undefined && options.expectedRevision !== revision) {
      throw new WrongExpectedRevision(streamIdForOption(optionId), options.expectedRevision, revision);
    }
    const events = decideOption(command, state);
    if (events.length === 0) return { optionId, revision, position: null, events, state };
    try {
      const result: AppendResult = await store.appendToStream(
        streamIdForOption(optionId),
        events.map((event, index) => ({
          id: options.eventIds?.(index) ?? randomUUID(),
          type: event.type,
          data: event.data as never,
          metadata: metadataOf(options.context, OPTION_EVENT_SCHEMA_VERSION[event.type], options.now),
        })),
        { expectedRevision: revision === -1 ? 'no-stream' : revision },
      );
      const next = events.reduce(evolveOption, state);
      return { optionId, revision: result.nextExpectedRevision, position: result.position, events, state: next };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevision) || attempt >= maxRetries) throw error;
    }
  }
}
