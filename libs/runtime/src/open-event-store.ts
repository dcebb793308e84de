import { EventStoreDbEventStore, PostgresEventStore, type EventStore } from '@casus/event-store';
import { PersonKeys, ProtectedEventStore } from '@casus/privacy';
import type { Pool } from 'pg';
import type { EventStoreSettings } from './settings';

/**
 * EVENT_STORE=postgres keeps events beside the read models, over the process's pool (the store ends it
 * not); eventstoredb talks to a KurrentDB/EventStoreDB cluster.
 */
export function openEventStore(settings: EventStoreSettings, pool: Pool, databaseUrl: string): EventStore {
  return settings.kind === 'eventstoredb'
    ? new EventStoreDbEventStore({ connectionString: settings.connectionString })
    : new PostgresEventStore({ connectionString: databaseUrl, pool });
}

/** Person keys live in PostgreSQL (the process's pool) whichever event store holds the events. */
export const protectEventStore = (store: EventStore, pool: Pool): ProtectedEventStore =>
  new ProtectedEventStore(store, PersonKeys.over(pool));
