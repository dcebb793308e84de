import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore } from '@casus/event-store';
import { protectEventStore } from '@casus/runtime';
import type { Pool } from 'pg';
import { tracedEventStore } from './traced-event-store';

/** The store everything reads and writes through: personal data sealed on append, opened (or `[erased]`) on read. */
export const EVENT_STORE = Symbol('EventStore');
/** The events exactly as stored (personal data sealed): for the hash chain's checks and exports only. */
export const STORED_EVENT_STORE = Symbol('StoredEventStore');

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
  static forRoot(store: EventStore, pool: Pool): DynamicModule {
    const protectedStore = protectEventStore(tracedEventStore(store), pool);
    return {
      module: EventStoreModule,
      providers: [
        { provide: EVENT_STORE, useValue: protectedStore },
        { provide: STORED_EVENT_STORE, useValue: protectedStore.stored },
        EventStoreCloser,
      ],
      exports: [EVENT_STORE, STORED_EVENT_STORE],
    };
  }
}
