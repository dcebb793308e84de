import { Module, type DynamicModule } from '@nestjs/common';
import type { EventStore } from '@casus/event-store';
import type { Clock } from '@casus/runtime';
import type { Pool } from 'pg';
import { EventStoreModule } from './event-store/event-store.module';
import { LogFollowersModule } from './followers/log-followers.module';
import type { LogFollowersOptions } from './followers/log-followers.tokens';
import { RuntimeModule } from './runtime/runtime.module';

export type WorkerModuleOptions = LogFollowersOptions & Readonly<{ pool: Pool; clock: Clock; eventStore: EventStore }>;

/** A worker process (CASUS_PROCESS=worker): the log's followers on the same store, pool and clock seams as the API, no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot({ pool, clock, eventStore, ...followers }: WorkerModuleOptions): DynamicModule {
    return {
      module: WorkerModule,
      imports: [RuntimeModule.forRoot({ pool, clock }), EventStoreModule.forRoot(eventStore, pool), LogFollowersModule.forRoot(followers)],
    };
  }
}
