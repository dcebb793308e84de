import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { CLOCK, DATABASE_POOL, type Clock } from '@casus/runtime';
import type { Pool } from 'pg';

@Injectable()
class DatabasePoolCloser implements OnApplicationShutdown {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}

/** What the process has one of, for every module: its PostgreSQL pool (ended once, at shutdown) and its clock. */
@Global()
@Module({})
export class RuntimeModule {
  static forRoot(options: { pool: Pool; clock: Clock }): DynamicModule {
    return {
      module: RuntimeModule,
      providers: [{ provide: DATABASE_POOL, useValue: options.pool }, { provide: CLOCK, useValue: options.clock }, DatabasePoolCloser],
      exports: [DATABASE_POOL, CLOCK],
    };
  }
}
