import { Controller, Get, Global, Header, Module } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../auth/auth.guard';
import { CasusMetrics } from './metrics';

/** Prometheus text format; no personal data in any label. Restrict access at the proxy if needed. */
@ApiExcludeController()
@Public()
@Controller('metrics')
class MetricsHttpController {
  constructor(private readonly metrics: CasusMetrics) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}

/** Global: projections and the placement process may register their gauges on `CasusMetrics.registry`. */
@Global()
@Module({
  controllers: [MetricsHttpController],
  providers: [{ provide: CasusMetrics, useFactory: () => new CasusMetrics() }],
  exports: [CasusMetrics],
})
export class MetricsModule {}
