import { Controller, Get, Global, Header, Module, type DynamicModule } from '@nestjs/common';
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
@Module({})
export class MetricsModule {
  /** The app's own metrics, made before its modules: the event store's module times every append into them. */
  static forRoot(metrics: CasusMetrics): DynamicModule {
    return {
      module: MetricsModule,
      controllers: [MetricsHttpController],
      providers: [{ provide: CasusMetrics, useValue: metrics }],
      exports: [CasusMetrics],
    };
  }
}
