import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { EventStore } from '@casus/event-store';
import { defaultMatchingConfig } from '@casus/matching';
import { EventStoreCaseCommands, PlacementProcessRuntime } from '@casus/placement';
import { CLOCK, DATABASE_POOL, DEFAULT_PLACEMENT_RESERVATION_HOURS, type Clock } from '@casus/runtime';
import type { Pool } from 'pg';
import { EVENT_STORE } from '../event-store/event-store.module';
import { ProjectionCapacityReader } from '../placement/projection-capacity-reader';
import { LOG_FOLLOWERS_OPTIONS, type LogFollowersOptions } from './log-followers.tokens';

/** The placement process manager and its reservation timers: started with the process, stopped before the store closes. */
@Injectable()
export class PlacementProcessLifecycle implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('PlacementProcess');
  private readonly runtime: PlacementProcessRuntime;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(DATABASE_POOL) pool: Pool,
    @Inject(CLOCK) clock: Clock,
    @Inject(LOG_FOLLOWERS_OPTIONS) options: LogFollowersOptions,
  ) {
    const reservationHours = options.placementReservationHours ?? DEFAULT_PLACEMENT_RESERVATION_HOURS;
    this.runtime = new PlacementProcessRuntime({
      store,
      db: pool,
      pool,
      connectionString: options.databaseUrl,
      // The capacity read model (libs/projections), fed by the projection workers beside it.
      capacity: new ProjectionCapacityReader(pool),
      cases: new EventStoreCaseCommands(store),
      clock,
      settings: { reservationTtlMs: reservationHours * 3_600_000, noSuitablePlacementDays: 2, matching: defaultMatchingConfig },
      timerPollMs: 1_000,
      log: (message, error) => this.logger.error({ err: error }, message),
    });
  }

  onApplicationBootstrap(): Promise<void> {
    return this.runtime.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.runtime.stop();
  }
}
