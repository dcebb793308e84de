import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { EventStore } from '@casus/event-store';
import { defaultMatchingConfig } from '@casus/matching';
import { EventStoreCaseCommands, EventStoreReservationLookup, PlacementProcessRuntime, type CapacityReader } from '@casus/placement';
import { ResilientPool } from '@casus/database';
import { DEFAULT_PLACEMENT_RESERVATION_HOURS } from '@casus/runtime';
import { EVENT_STORE } from '../event-store/event-store.module';
import { PlacementOptionsHttpController } from './placement-options.http.controller';
import { PlacementMetrics } from './placement.metrics';
import { PlacementsHttpController } from './placements.http.controller';
import { CAPACITY_READER, PLACEMENT_CLOCK, PLACEMENT_DATABASE, RESERVATION_LOOKUP, type PlacementClock } from './placement.tokens';
import { ProjectionCapacityReader } from './projection-capacity-reader';

export type PlacementModuleOptions = Readonly<{
  databaseUrl: string;
  clock: PlacementClock;
  /** How long a proposed place stays reserved for the team's decision (default DEFAULT_PLACEMENT_RESERVATION_HOURS; PLACEMENT_RESERVATION_HOURS in main.ts). */
  reservationHours?: number;
  timerPollMs?: number;
}>;

const PROCESS_RUNTIME = Symbol('PlacementProcessRuntime');

/** The placement process runs inside the API: started with the app, stopped before the store closes. */
@Injectable()
class PlacementProcessLifecycle implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(@Inject(PROCESS_RUNTIME) private readonly runtime: { start(): Promise<void>; stop(): Promise<void> }) {}

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
    const pool = new ResilientPool({ connectionString: options.databaseUrl, max: 3 });
    return {
      module: PlacementModule,
      imports: [CqrsModule],
      controllers: [PlacementOptionsHttpController, PlacementsHttpController],
      providers: [
        { provide: PLACEMENT_CLOCK, useValue: options.clock },
        { provide: PLACEMENT_DATABASE, useValue: pool },
        // The capacity read model (libs/projections), fed by the projection workers of the read-models module.
        { provide: CAPACITY_READER, useValue: new ProjectionCapacityReader(pool) },
        { provide: RESERVATION_LOOKUP, useFactory: (store: EventStore) => new EventStoreReservationLookup(store), inject: [EVENT_STORE] },
        {
          provide: PROCESS_RUNTIME,
          inject: [EVENT_STORE, CAPACITY_READER],
          useFactory: (store: EventStore, capacity: CapacityReader) => {
            const runtime = new PlacementProcessRuntime({
              store,
              db: pool,
              pool,
              connectionString: options.databaseUrl,
              capacity,
              cases: new EventStoreCaseCommands(store),
              clock: options.clock,
              settings: { reservationTtlMs: reservationHours * 3_600_000, noSuitablePlacementDays: 2, matching: defaultMatchingConfig },
              timerPollMs: options.timerPollMs ?? 1_000,
            });
            return { start: () => runtime.start(), stop: () => runtime.stop().then(() => pool.end()) };
          },
        },
        PlacementProcessLifecycle,
        PlacementMetrics,
      ],
      exports: [RESERVATION_LOOKUP, CAPACITY_READER],
    };
  }
}
