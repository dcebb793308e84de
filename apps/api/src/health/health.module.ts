import { Module, type DynamicModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthHttpController } from './health.http.controller';
import { HEALTH_OPTIONS, type HealthOptions } from './health.tokens';

const DEFAULT_PROJECTION_STALL_SECONDS = 120;

/** /health/live and /health/ready for load balancers and orchestrators; no token needed. */
@Module({})
export class HealthModule {
  static forRoot(options: { projectionStallSeconds?: number } = {}): DynamicModule {
    const healthOptions: HealthOptions = {
      projectionStallSeconds: options.projectionStallSeconds ?? DEFAULT_PROJECTION_STALL_SECONDS,
    };
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthHttpController],
      providers: [{ provide: HEALTH_OPTIONS, useValue: healthOptions }],
    };
  }
}
