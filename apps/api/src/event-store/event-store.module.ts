import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { EventStoreDbEventStore, PostgresEventStore, type EventStore } from '@casus/event-store';
import type { EventStoreSettings } from '../config/settings';
import { TracedEventStore } from './traced-event-store';

export const EVENT_STORE = Symbol('EventStore');

/** EVENT_STORE=postgres keeps events beside the read models; eventstoredb talks to a KurrentDB/EventStoreDB cluster. */
export function openEventStore(settings: EventStoreSettings, databaseUrl: string): EventStore {
  return settings.kind === 'eventstoredb'
    ? new EventStoreDbEventStore({ connectionString: settings.connectionString })
    : new PostgresEventStore({ connectionString: databaseUrl });
}

@Injectable()
class EventStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

@Global()
@Module({})
export class EventStoreModule {
  static forRoot(store: EventStore): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [{ provide: EVENT_STORE, useValue: new TracedEventStore(store) }, EventStoreCloser],
      exports: [EVENT_STORE],
    };
  }
}
