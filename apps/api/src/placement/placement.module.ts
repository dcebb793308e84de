import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { EventStore } from '@casus/event-store';
import { defaultMatchingConfig } from '@casus/matching';
import { EventStoreCaseCommands, EventStoreReservationLookup, PlacementProcessRuntime, type CapacityReader } from '@casus/placement';
import { CLOCK, DATABASE_POOL, DEFAULT_PLACEMENT_RESERVATION_HOURS, type Clock } from '@casus/runtime';
import type { Pool } from 'pg';
import { EVENT_STORE } from '../event-store/event-store.module';
import { PlaceReservationsHttpController } from './place-reservations.http.controller';
import { PlacementOptionsHttpController } from './placement-options.http.controller';
import { PlacementMetrics } from './placement.metrics';
import { PlacementsHttpController } from './placements.http.controller';
import { CAPACITY_READER, RESERVATION_LOOKUP } from './placement.tokens';
import { ProjectionCapacityReader } from './projection-capacity-reader';

export type PlacementModuleOptions = Readonly<{
  /** For the placement process's lease session; its queries go through the process's pool. */
  databaseUrl: string;
  /** How long a proposed place stays reserved for the team's decision (default DEFAULT_PLACEMENT_RESERVATION_HOURS; PLACEMENT_RESERVATION_HOURS in main.ts). */
  reservationHours?: number;
  timerPollMs?: number;
}>;

const PROCESS_RUNTIME = Symbol('PlacementProcessRuntime');

/** The placement process runs inside the API: started with the app, stopped before the store closes. */
@Injectable()
class PlacementProcessLifecycle implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(@Inject(PROCESS_RUNTIME) private readonly runtime: PlacementProcessRuntime) {}

  onApplicationBootstrap(): Promise<void> {
    return this.runtime.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.runtime.stop();
  }
}

@Global()
@Module({})
export class PlacementModule {
  static forRoot(options: PlacementModuleOptions): DynamicModule {
    const reservationHours = options.reservationHours ?? DEFAULT_PLACEMENT_RESERVATION_HOURS;
    return {
      module: PlacementModule,
      imports: [CqrsModule],
      controllers: [PlaceReservationsHttpController, PlacementOptionsHttpController, PlacementsHttpController],
      providers: [
        // The capacity read model (libs/projections), fed by the projection workers of the read-models module.
        { provide: CAPACITY_READER, useFactory: (pool: Pool) => new ProjectionCapacityReader(pool), inject: [DATABASE_POOL] },
        { provide: RESERVATION_LOOKUP, useFactory: (store: EventStore) => new EventStoreReservationLookup(store), inject: [EVENT_STORE] },
        {
          provide: PROCESS_RUNTIME,
          inject: [EVENT_STORE, CAPACITY_READER, DATABASE_POOL, CLOCK],
          useFactory: (store: EventStore, capacity: CapacityReader, pool: Pool, clock: Clock) =>
            new PlacementProcessRuntime({
              store,
              db: pool,
              pool,
              connectionString: options.databaseUrl,
              capacity,
              cases: new EventStoreCaseCommands(store),
              clock,
              settings: { reservationTtlMs: reservationHours * 3_600_000, noSuitablePlacementDays: 2, matching: defaultMatchingConfig },
              timerPollMs: options.timerPollMs ?? 1_000,
            }),
        },
        PlacementProcessLifecycle,
        PlacementMetrics,
      ],
      exports: [RESERVATION_LOOKUP, CAPACITY_READER],
    };
  }
}
