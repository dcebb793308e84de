import { caseIdFromStreamId } from '@casus/streams';
import type { JsonObject, RecordedEvent } from '@casus/event-store';

export const caseIdOf = (event: RecordedEvent): string | null => caseIdFromStreamId(event.streamId);

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

export interface StepActor {
  readonly id: string | null;
  readonly role: string | null;
  readonly team: string | null;
  readonly organisation: string | null;
  readonly name: string | null;
}

/** The acting user from `metadata.actor`, or from flat fields as older writers stored them. */
export function actorOf(metadata: JsonObject): StepActor {
  const nested = (typeof metadata.actor === 'object' && metadata.actor !== null ? metadata.actor : {}) as JsonObject;
  return {
    id: text(nested.id) ?? text(metadata.actorId),
    role: text(nested.role) ?? text(metadata.role),
    team: text(nested.team) ?? text(metadata.team),
    organisation: text(nested.organisation) ?? text(metadata.organisation),
    name: text(nested.name) ?? text(metadata.actorName),
  };
}

/** Why the step was taken: the reason in the metadata, else the one the event itself states. */
export const reasonOf = (event: RecordedEvent): string | null => text(event.metadata.reason) ?? text(event.data.reason);
