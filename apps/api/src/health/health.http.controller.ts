import { Controller, Get, Inject, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorService, type HealthCheckResult } from '@nestjs/terminus';
import type { EventStore } from '@casus/event-store';
import { PROJECTIONS, readStatuses, type ProjectionStatus } from '@casus/projections';
import type { Pool } from 'pg';
import { Public } from '../auth/auth.guard';
import { EVENT_STORE } from '../event-store/event-store.module';
import type { HttpResponse } from '../http/http-types';
import { PublicProblems } from '../http/problem-responses';
import { HealthAnswer } from './health.response.dto';
import { HEALTH_OPTIONS, type HealthOptions } from './health.tokens';
import { DATABASE_POOL } from '@casus/runtime';

// The checks take their connection from the process's pool: when it is exhausted, /health/ready answers
// 'down' after this instead of waiting its turn behind the load.
const CHECK_TIMEOUT_MS = 2_000;

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS).unref(),
    ),
  ]);
}

@ApiTags('health')
@Public()
@PublicProblems()
@Controller('health')
export class HealthHttpController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE_POOL) private readonly database: Pool,
    @Inject(HEALTH_OPTIONS) private readonly options: HealthOptions,
  ) {}

  @Get('live')
  @ApiOkResponse({ type: HealthAnswer })
  @ApiOperation({ summary: 'Liveness: the process answers' })
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @ApiOkResponse({ type: HealthAnswer })
  @ApiServiceUnavailableResponse({ type: HealthAnswer, description: 'a check is down: which one, in error and details (Retry-After)' })
  @ApiOperation({
    summary: 'Readiness: the event store and the read-model database answer, no projection failed or stalled (503 otherwise)',
  })
  async ready(@Res({ passthrough: true }) response: HttpResponse): Promise<HealthAnswer> {
    try {
      return await this.health.check([
        () => this.probe('eventStore', () => this.store.streamExists('health-check')),
        () => this.probe('database', () => this.database.query('SELECT 1')),
        () => this.projections(),
      ]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      response.status(503);
      response.header('Retry-After', '5');
      return error.getResponse() as HealthAnswer;
    }
  }

  /**
   * Failed: the lease holder recorded an error. Stalled: events have waited longer than the limit
   * while no worker reports catching up (a catch-up in progress is slow, not stuck).
   */
  private async projections() {
    const indicator = this.indicators.check('projections');
    let statuses: ProjectionStatus[];
    try {
      statuses = await withTimeout(readStatuses(this.database, PROJECTIONS));
    } catch (error) {
      return indicator.down({ message: (error as Error).message || 'unreadable' });
    }
    const limitMs = this.options.projectionStallSeconds * 1_000;
    const problem = (status: ProjectionStatus): string | undefined => {
      if (status.state === 'failed') return `failed: ${status.error ?? 'unknown error'}`;
      if (status.eventsBehind > 0 && status.msBehind > limitMs && status.state !== 'catching-up') {
        return `stalled: ${status.eventsBehind} events waiting, the oldest for ${Math.round(status.msBehind / 1_000)} s`;
      }
      return undefined;
    };
    const details = Object.fromEntries(
      statuses.map((status) => [
        status.name,
        {
          state: status.state,
          eventsBehind: status.eventsBehind,
          msBehind: status.msBehind,
          ...(problem(status) ? { problem: problem(status) } : {}),
        },
      ]),
    );
    return statuses.some((status) => problem(status)) ? indicator.down(details) : indicator.up(details);
  }

  private async probe(key: string, check: () => Promise<unknown>) {
    const indicator = this.indicators.check(key);
    try {
      await withTimeout(check());
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message || 'unreachable' });
    }
  }
}
