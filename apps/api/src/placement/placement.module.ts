import { Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { EventStore } from '@casus/event-store';
import { EventStoreReservationLookup } from '@casus/placement';
import { DATABASE_POOL } from '@casus/runtime';
import type { Pool } from 'pg';
import { EVENT_STORE } from '../event-store/event-store.module';
import { PlaceReservationsHttpController } from './place-reservations.http.controller';
import { PlacementOptionsHttpController } from './placement-options.http.controller';
import { PlacementMetrics } from './placement.metrics';
import { PlacementsHttpController } from './placements.http.controller';
import { CAPACITY_READER, RESERVATION_LOOKUP } from './placement.tokens';
import { ProjectionCapacityReader } from './projection-capacity-reader';

/** Placement options, reservations and placements over HTTP; the placement process itself runs in apps/api/src/followers. */
@Global()
@Module({
  imports: [CqrsModule],
  controllers: [PlaceReservationsHttpController, PlacementOptionsHttpController, PlacementsHttpController],
  providers: [
    // The capacity read model (libs/projections), fed by the projection workers.
    { provide: CAPACITY_READER, useFactory: (pool: Pool) => new ProjectionCapacityReader(pool), inject: [DATABASE_POOL] },
    { provide: RESERVATION_LOOKUP, useFactory: (store: EventStore) => new EventStoreReservationLookup(store), inject: [EVENT_STORE] },
    PlacementMetrics,
  ],
  exports: [RESERVATION_LOOKUP, CAPACITY_READER],
})
export class PlacementModule {}
