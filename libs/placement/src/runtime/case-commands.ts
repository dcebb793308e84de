import type { CaseCommand, CaseState } from '@casus/domain';
import type { EventStore } from '@casus/event-store';
import { caseDecider, foldCase, handleCommand, streamIdForCase, type Writer } from '@casus/streams';
import { stepId } from '../metadata';

/** How the process sends a command to a case; `eventId` makes a resent command a no-op. */
export interface CaseCommandSender {
  send(command: CaseCommand, options: { eventId: string; context: Writer; now: Date }): Promise<void>;
}

export async function loadCase(store: EventStore, caseId: string): Promise<{ state: CaseState; revision: number }> {
  const recorded = await store.readStream(streamIdForCase(caseId));
  return { state: foldCase(recorded), revision: recorded.length - 1 };
}

/**
 * The case decider through the same command path as the API's, with ids chosen by the process: if
 * the first event id is already in the stream, the command was carried out before.
 */
export class EventStoreCaseCommands implements CaseCommandSender {
  constructor(
    private readonly store: EventStore,
    private readonly retries = 10,
  ) {}

  async send(command: CaseCommand, { eventId, context, now }: { eventId: string; context: Writer; now: Date }): Promise<void> {
    const eventIds = (index: number) => (index === 0 ? eventId : stepId(eventId, index));
    await handleCommand(
      this.store,
      caseDecider,
      streamIdForCase(command.data.caseId),
      command,
      { writer: { ...context, command: command.type }, now, eventIds },
      { retries: this.retries },
    );
  }
}
