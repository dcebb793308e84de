import { Module, type DynamicModule } from '@nestjs/common';
import { NotaryWorker } from './notary.worker';
import { LOG_FOLLOWERS_OPTIONS, type LogFollowersOptions } from './log-followers.tokens';
import { PlacementProcessLifecycle } from './placement-process.lifecycle';
import { ProjectionWorkers } from './projection-workers';

/**
 * What follows the log or ticks on its own: the projections, the placement process and its timers, the
 * notary. Each holds a lease (an advisory lock), so any process may run them: the API in tests, a worker
 * process beside the API in production (CASUS_PROCESS, apps/api/src/main.ts).
 */
@Module({})
export class LogFollowersModule {
  static forRoot(options: LogFollowersOptions): DynamicModule {
    return {
      module: LogFollowersModule,
      providers: [{ provide: LOG_FOLLOWERS_OPTIONS, useValue: options }, ProjectionWorkers, PlacementProcessLifecycle, NotaryWorker],
      exports: [ProjectionWorkers, NotaryWorker],
    };
  }
}
