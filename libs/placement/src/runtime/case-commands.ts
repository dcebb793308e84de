import { CASE_EVENT_SCHEMA_VERSION, decide, evolve, initialState, streamIdForCase, type CaseCommand, type CaseEvent, type CaseState } from '@casus/domain';
import { WrongExpectedRevision, type EventStore } from '@casus/event-store';
import { metadataOf, stepId, type EventContext } from '../metadata';

/** How the process sends a command to a case; `eventId` makes a resent command a no-op. */
export interface CaseCommandSender {
  send(command: CaseCommand, options: { eventId: string; context: EventContext; now: Date }): Promise<void>;
}

export async function loadCase(store: EventStore, caseId: string): Promise<{ state: CaseState; revision: number; eventIds: Set<string> }> {
  const recorded = await store.readStream(streamIdForCase(caseId));
  const state = recorded.reduce((s, e) => evolve(s, e as unknown as CaseEvent), initialState());
  return { state, revision: recorded.length - 1, eventIds: new Set(recorded.map((e) => e.id)) };
}

/**
 * The case decider behind the same load-decide-append as the API's handler, with ids chosen by the
 * process: if the first event id is already in the stream, the command was carried out before.
 */
export class EventStoreCaseCommands implements CaseCommandSender {
  constructor(
    private readonly store: EventStore,
    private readonly maxRetries = 10,
  ) {}

  async send(command: CaseCommand, { eventId, context, now }: { eventId: string; context: EventContext; now: Date }): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const { state, revision, eventIds } = await loadCase(this.store, command.data.caseId);
      if (eventIds.has(eventId)) return;
      const events = decide(command, state, now);
      try {
        await this.store.appendToStream(
          streamIdForCase(command.data.caseId),
          events.map((event, index) => ({
            id: index === 0 ? eventId : stepId(eventId, index),
            type: event.type,
            data: event.data as never,
            metadata: metadataOf(context, CASE_EVENT_SCHEMA_VERSION[event.type], now),
          })),
          { expectedRevision: revision === -1 ? 'no-stream' : revision },
        );
        return;
      } catch (error) {
        if (!(error instanceof WrongExpectedRevision) || attempt >= this.maxRetries) throw error;
      }
    }
  }
}
