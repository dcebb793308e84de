import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import type { EventStore } from '@casus/event-store';
import type { AuthSettings, Clock, FamilyAccessLogNames, JeugdlinkTeams, NotarySettings } from '@casus/runtime';
import type { Pool } from 'pg';
import type { RetentionYears, WorkingCalendar } from '@casus/domain';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CasesModule } from './cases/cases.module';
import { MyFileModule } from './cases/my-file/my-file.module';
import { EventStoreModule } from './event-store/event-store.module';
import { HealthModule } from './health/health.module';
import { CasusMetrics } from './metrics/metrics';
import { MetricsModule } from './metrics/metrics.module';
import { ReadModelsModule } from './read-models/read-models.module';
import { ProblemFilter } from './http/problem.filter';
import { RateLimitModule } from './http/rate-limit.module';
import { PlacementModule } from './placement/placement.module';
import { LogFollowersModule } from './followers/log-followers.module';
import type { LogFollowersOptions } from './followers/log-followers.tokens';
import { RuntimeModule } from './runtime/runtime.module';

export type AppModuleOptions = Readonly<{
  auth: AuthSettings;
  databaseUrl: string;
  /** The process's one pool: every module's queries, the event store's and the person keys' too. */
  pool: Pool;
  eventStore: EventStore;
  commandConflictRetries: number;
  jeugdlinkTeams: JeugdlinkTeams;
  calendar: WorkingCalendar;
  /** Per user per minute; 0 = no limit. */
  rateLimitPerMinute: number;
  clock: Clock;
  providerViewDaysAfterEnd?: number;
  retentionYears?: RetentionYears;
  formerTeamReadDays: number;
  familyAccessLogNames: FamilyAccessLogNames;
  complaintTermWeeks: number;
  comingOfAgeNoticeMonths?: number;
  placementReservationHours?: number;
  notary?: NotarySettings;
  /** false: the projections, the placement process and the notary run in a worker process (CASUS_PROCESS), not here. */
  followLog: boolean;
}>;

const followersOf = (options: AppModuleOptions): LogFollowersOptions => ({
  databaseUrl: options.databaseUrl,
  placementReservationHours: options.placementReservationHours,
  notary: options.notary,
});

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const metrics = new CasusMetrics();
    return {
      module: AppModule,
      imports: [
        RuntimeModule.forRoot({ pool: options.pool, clock: options.clock }),
        EventStoreModule.forRoot(options.eventStore, options.pool, metrics.appendSeconds),
        AuthModule.forRoot(options.auth, options.rateLimitPerMinute),
        // After AuthModule: its guard runs after the token's subject is known.
        RateLimitModule.forRoot(options.rateLimitPerMinute),
        HealthModule.forRoot(),
        MetricsModule.forRoot(metrics),
        AuditModule.forRoot({
          providerViewDaysAfterEnd: options.providerViewDaysAfterEnd,
          retentionYears: options.retentionYears,
          notary: options.notary,
          notaryRunsHere: options.followLog,
        }),
        CasesModule.forRoot({
          commandConflictRetries: options.commandConflictRetries,
          jeugdlinkTeams: options.jeugdlinkTeams,
          calendar: options.calendar,
          formerTeamReadDays: options.formerTeamReadDays,
          complaintTermWeeks: options.complaintTermWeeks,
        }),
        MyFileModule.forRoot({ familyAccessLogNames: options.familyAccessLogNames }),
        ReadModelsModule.forRoot({ comingOfAgeNoticeMonths: options.comingOfAgeNoticeMonths }),
        PlacementModule,
        ...(options.followLog ? [LogFollowersModule.forRoot(followersOf(options))] : []),
      ],
      providers: [{ provide: APP_FILTER, useClass: ProblemFilter }],
    };
  }
}
