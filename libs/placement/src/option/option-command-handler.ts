import type { EventStore, LogPosition } from '@casus/event-store';
import { foldStream, handleCommand, type Writer } from '@casus/streams';
import type { PlacementOptionCommand } from './option-commands';
import { streamIdForOption, type PlacementOptionEvent } from './option-events';
import type { OptionState } from './option-state';
import { optionDecider } from './option-stream';

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
  context: Writer;
  now: Date;
  /** Deterministic ids for the events (process steps); random otherwise. */
  eventIds?: (index: number) => string;
  /** When given, a concurrent change is reported (409) instead of retried. */
  expectedRevision?: number;
  maxRetries?: number;
}>;

export async function loadOption(store: EventStore, optionId: string): Promise<{ state: OptionState; revision: number }> {
  const recorded = await store.readStream(streamIdForOption(optionId));
  return { state: foldStream(optionDecider.codec, optionDecider, recorded), revision: recorded.length - 1 };
}

/**
 * Through the one command path. A writer that loses the race re-reads and decides again: with 20
 * attempts on the last place, one reserves it and the others are refused for capacity.
 */
export async function handleOptionCommand(
  store: EventStore,
  command: PlacementOptionCommand,
  options: OptionCommandOptions,
): Promise<OptionCommandResult> {
  const optionId = command.data.optionId;
  const { context: writer, now, eventIds, expectedRevision } = options;
  const result = await handleCommand(
    store,
    optionDecider,
    streamIdForOption(optionId),
    command,
    { writer, now, eventIds, expectedRevision },
    {
      retries: options.maxRetries ?? 50,
    },
  );
  return { optionId, ...result, position: result.events.length > 0 ? result.position : null };
}
