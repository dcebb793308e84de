import { Controller, Get, Global, Header, Module } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { PublicProblems } from '../http/problem-responses';
import { Public } from '../auth/auth.guard';
import { CasusMetrics } from './metrics';

const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/** Prometheus text format; no personal data in any label. Restrict access at the proxy if needed. */
@ApiTags('health')
@Public()
@PublicProblems()
@Controller('metrics')
class MetricsHttpController {
  constructor(private readonly metrics: CasusMetrics) {}

  @Get()
  @Header('Content-Type', METRICS_CONTENT_TYPE)
  @ApiOperation({ summary: 'Prometheus metrics (text exposition format): requests, projections, placement process; no personal data' })
  @ApiProduces(METRICS_CONTENT_TYPE)
  @ApiOkResponse({ content: { [METRICS_CONTENT_TYPE]: { schema: { type: 'string' } } } })
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
