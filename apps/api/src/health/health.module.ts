import { Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ResilientPool } from '@casus/database';
import type { Pool } from 'pg';
import { HealthHttpController } from './health.http.controller';
import { HEALTH_DATABASE, HEALTH_OPTIONS, type HealthOptions } from './health.tokens';

const DEFAULT_PROJECTION_STALL_SECONDS = 120;

@Injectable()
class HealthDatabaseCloser implements OnApplicationShutdown {
  constructor(@Inject(HEALTH_DATABASE) private readonly pool: Pool) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}

/** /health/live and /health/ready for load balancers and orchestrators; no token needed. */
@Module({})
export class HealthModule {
  static forRoot(options: { databaseUrl: string; projectionStallSeconds?: number }): DynamicModule {
    const healthOptions: HealthOptions = {
      databaseUrl: options.databaseUrl,
      projectionStallSeconds: options.projectionStallSeconds ?? DEFAULT_PROJECTION_STALL_SECONDS,
    };
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthHttpController],
      providers: [
        { provide: HEALTH_OPTIONS, useValue: healthOptions },
        {
          provide: HEALTH_DATABASE,
          useFactory: () => {
            const pool = new ResilientPool({ connectionString: options.databaseUrl, max: 1, connectionTimeoutMillis: 2_000 });
            return pool;
          },
        },
        HealthDatabaseCloser,
      ],
    };
  }
}
