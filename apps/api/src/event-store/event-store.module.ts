import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import * as eventStores from '@casus/event-store';
import type { EventStore } from '@casus/event-store';
import { ConfigurationError, type EventStoreSettings } from '../config/settings';

export const EVENT_STORE = Symbol('EventStore');

type EventStoreConstructor = new (options: { connectionString: string }) => EventStore;

export function openEventStore(settings: EventStoreSettings, databaseUrl: string): EventStore {
  if (settings.kind === 'postgres') return new eventStores.PostgresEventStore({ connectionString: databaseUrl });
  const adapter = (eventStores as Record<string, unknown>).EventStoreDbEventStore as EventStoreConstructor | undefined;
  if (!adapter) {
    throw new ConfigurationError('configuration error: EVENT_STORE=eventstoredb is not available in this build yet; use EVENT_STORE=postgres');
  }
  return new adapter({ connectionString: settings.connectionString });
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
      providers: [{ provide: EVENT_STORE, useValue: store }, EventStoreCloser],
      exports: [EVENT_STORE],
    };
  }
}
