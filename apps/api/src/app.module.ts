import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import type { EventStore } from '@casus/event-store';
import type { AuthSettings, Clock, FamilyAccessLogNames, JeugdlinkTeams, NotarySettings, Settings } from '@casus/runtime';
import type { Pool } from 'pg';
import type { RetentionYears, WorkingCalendar } from '@casus/domain';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CasesModule } from './cases/cases.module';
import { MyFileModule } from './cases/my-file/my-file.module';
import { EventStoreModule } from './event-store/event-store.module';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';
import { correlationIdOf } from './http/correlation-id';
import { ReadModelsModule } from './read-models/read-models.module';
import { ProblemFilter } from './http/problem.filter';
import { RateLimitModule } from './http/rate-limit.module';
import { PlacementModule } from './placement/placement.module';
import { RuntimeModule } from './runtime/runtime.module';

export type AppModuleOptions = Readonly<{
  auth: AuthSettings;
  databaseUrl: string;
  /** The process's one pool: every module's queries, the event store's and the person keys' too. */
  pool: Pool;
  eventStore: EventStore;
  logLevel: Settings['logLevel'];
  /** Where the JSON log lines go; default stdout. */
  logDestination?: { write(line: string): void };
  commandConflictRetries: number;
  jeugdlinkTeams: JeugdlinkTeams;
  calendar: WorkingCalendar;
  /** Per user per minute; 0 = no limit. */
  rateLimitPerMinute: number;
  clock: Clock;
  providerViewDaysAfterEnd?: number;
  retentionYears?: RetentionYears;
  formerTeamReadDays: number;
  complaintTermWeeks: number;
  familyAccessLogNames: FamilyAccessLogNames;
  comingOfAgeNoticeMonths?: number;
  placementReservationHours?: number;
  notary?: NotarySettings;
}>;

// Requests are logged by method, path, status and correlation id only: bodies, query strings (a search
// by name, an `?access_token=`) and tokens carry personal data.
const httpLogging = (level: Settings['logLevel']) => ({
  level,
  genReqId: (request: IncomingMessage) => correlationIdOf(request),
  serializers: {
    req: (request: { id: string; method: string; url: string }) => ({
      id: request.id,
      method: request.method,
      url: request.url.split('?')[0],
    }),
    res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
  },
  // Belt and braces: whatever a handler or filter logs, tokens, bodies and a failed query's values stay out.
  redact: {
    paths: [
      'req.headers.authorization',
      'req.headers.cookie',
      'req.body',
      'err.parameters',
      'err.detail',
      'err.driverError.parameters',
      'err.driverError.detail',
    ],
    censor: '[redacted]',
  },
});

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: [httpLogging(options.logLevel), options.logDestination ?? process.stdout] }),
        RuntimeModule.forRoot({ pool: options.pool, clock: options.clock }),
        EventStoreModule.forRoot(options.eventStore, options.pool),
        AuthModule.forRoot(options.auth, options.rateLimitPerMinute),
        // After AuthModule: its guard runs after the token's subject is known.
        RateLimitModule.forRoot(options.rateLimitPerMinute),
        HealthModule.forRoot(),
        MetricsModule,
        AuditModule.forRoot({
          providerViewDaysAfterEnd: options.providerViewDaysAfterEnd,
          retentionYears: options.retentionYears,
          notary: options.notary,
        }),
        CasesModule.forRoot({
          commandConflictRetries: options.commandConflictRetries,
          jeugdlinkTeams: options.jeugdlinkTeams,
          calendar: options.calendar,
          formerTeamReadDays: options.formerTeamReadDays,
          complaintTermWeeks: options.complaintTermWeeks,
        }),
        MyFileModule.forRoot({ familyAccessLogNames: options.familyAccessLogNames }),
        ReadModelsModule.forRoot({ databaseUrl: options.databaseUrl, comingOfAgeNoticeMonths: options.comingOfAgeNoticeMonths }),
        PlacementModule.forRoot({
          databaseUrl: options.databaseUrl,
          reservationHours: options.placementReservationHours,
        }),
      ],
      providers: [{ provide: APP_FILTER, useClass: ProblemFilter }],
    };
  }
}
