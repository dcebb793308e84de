import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { EventStore } from '@casus/event-store';
import { PROJECTIONS, ProjectionRunner } from '@casus/projections';
import { hostname } from 'node:os';
import type { Pool } from 'pg';
import { EVENT_STORE } from '../event-store/event-store.module';
import { READ_MODELS_OPTIONS, type ReadModelsOptions } from './read-models.tokens';
import { DATABASE_POOL } from '@casus/runtime';

/** Starts a worker per projection with the app (each takes its lease or stands by) and stops them on shutdown. */
@Injectable()
export class ProjectionWorkers implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Projections');
  private runners: ProjectionRunner[] = [];

  constructor(
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODELS_OPTIONS) private readonly options: ReadModelsOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (this.options.runWorkers === false) return;
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

  statuses() {
    return this.runners.map((runner) => runner.status());
  }

  // Before the event store closes (its own shutdown hook), so no batch is cut off half-way.
  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.stop()));
  }
}
