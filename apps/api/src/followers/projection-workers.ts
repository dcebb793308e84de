import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { EventStore } from '@casus/event-store';
import { PROJECTIONS, ProjectionRunner } from '@casus/projections';
import { DATABASE_POOL } from '@casus/runtime';
import { hostname } from 'node:os';
import type { Pool } from 'pg';
import { EVENT_STORE } from '../event-store/event-store.module';
import { LOG_FOLLOWERS_OPTIONS, type LogFollowersOptions } from './log-followers.tokens';

/** Starts a worker per projection with the app (each takes its lease or stands by) and stops them on shutdown. */
@Injectable()
export class ProjectionWorkers implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Projections');
  private runners: ProjectionRunner[] = [];

  constructor(
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LOG_FOLLOWERS_OPTIONS) private readonly options: LogFollowersOptions,
  ) {}

  onApplicationBootstrap(): void {
    const workerId = `${hostname()}:${process.pid}`;
    this.runners = PROJECTIONS.map(
      (projection) =>
        new ProjectionRunner(projection, {
          databaseUrl: this.options.databaseUrl,
          pool: this.pool,
          store: this.store,
          workerId,
          log: (message) => this.logger.warn(message),
        }),
    );
    for (const runner of this.runners) runner.start();
  }

  // Before the event store closes (its own shutdown hook), so no batch is cut off half-way.
  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.stop()));
  }
}
