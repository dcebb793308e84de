import { formatPosition, type JsonObject, type RecordedEvent } from '@casus/event-store';
import { schemaVersionOf } from '@casus/streams';

export type HistoryActor = Readonly<{
  id: string | null;
  name: string | null;
  role: string | null;
  team: string | null;
  organisation: string | null;
}>;

/** One event of a case's history, as an auditor reads it. */
export type HistoryEntry = Readonly<{
  eventId: string;
  type: string;
  revision: number;
  position: string;
  recordedAt: string;
  actor: HistoryActor;
  reason: string | null;
  correlationId: string | null;
  causationId: string | null;
  schemaVersion: number;
  data: JsonObject;
  hash: string;
  previousHash: string;
}>;

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** The acting user as the command path writes it: `metadata.actor`, or flat `actorId`/`role`/... fields. */
export function actorOf(metadata: JsonObject): HistoryActor {
  const nested = (typeof metadata.actor === 'object' && metadata.actor !== null ? metadata.actor : {}) as JsonObject;
  return {
    id: text(nested.id) ?? text(metadata.actorId) ?? text(metadata.userId),
    name: text(nested.name),
    role: text(nested.role) ?? text(metadata.role),
    team: text(nested.team) ?? text(metadata.team),
    organisation: text(nested.organisation) ?? text(metadata.organisation),
  };
}

export function historyEntryOf(event: RecordedEvent): HistoryEntry {
  const { metadata } = event;
  return {
    eventId: event.id,
    type: event.type,
    revision: event.revision,
    position: formatPosition(event.position),
    recordedAt: event.recordedAt.toISOString(),
    actor: actorOf(metadata),
    reason: text(metadata.reason),
    correlationId: text(metadata.correlationId),
    causationId: text(metadata.causationId),
    schemaVersion: schemaVersionOf(metadata),
    data: event.data,
    hash: event.hash,
    previousHash: event.previousHash,
  };
}
