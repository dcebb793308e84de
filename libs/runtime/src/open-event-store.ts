import { EventStoreDbEventStore, PostgresEventStore, type EventStore } from '@casus/event-store';
import { PersonKeys, ProtectedEventStore } from '@casus/privacy';
import type { EventStoreSettings } from './settings';

/** EVENT_STORE=postgres keeps events beside the read models; eventstoredb talks to a KurrentDB/EventStoreDB cluster. */
export function openEventStore(settings: EventStoreSettings, databaseUrl: string): EventStore {
  return settings.kind === 'eventstoredb'
    ? new EventStoreDbEventStore({ connectionString: settings.connectionString })
    : new PostgresEventStore({ connectionString: databaseUrl });
}

/** Person keys live in PostgreSQL (DATABASE_URL) whichever event store holds the events. */
export const protectEventStore = (store: EventStore, databaseUrl: string): ProtectedEventStore =>
  new ProtectedEventStore(store, PersonKeys.open(databaseUrl));
