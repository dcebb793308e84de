import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { assertOneSpellingPerId, recordPowersOf } from '@casus/database';
import type { EventStore } from '@casus/event-store';
import {
  DEFAULT_COMPLAINT_TERM_WEEKS,
  DEFAULT_FORMER_TEAM_READ_DAYS,
  STATUTORY_CALENDAR,
  type RetentionYears,
  type WorkingCalendar,
} from '@casus/domain';
import {
  DEFAULT_DATABASE_POOL_SIZE,
  openDatabasePool,
  openEventStore,
  systemClock,
  type AuthSettings,
  type Clock,
  type EventStoreSettings,
  type FamilyAccessLogNames,
  type JeugdlinkTeams,
  type NotarySettings,
  type Settings,
} from '@casus/runtime';
import helmet from '@fastify/helmet';
import { AppModule } from './app.module';
import { casusHttpAdapter } from './http/http-adapter';
import { logRequests, processLog } from './http/http-logging';
import { PinoNestLogger } from './http/pino-nest-logger';
import { serveOpenApi } from './http/openapi';
import { SafeTextPipe } from './http/safe-text.pipe';
import { validationPipe } from './http/validation';
import { serveWebApp, type WebAppOptions } from './http/web-app';

export type AppOptions = Readonly<{
  /** A migrated database: the PostgreSQL event store and the read models live here. */
  databaseUrl: string;
  auth: AuthSettings;
  eventStore?: EventStoreSettings;
  /** Tests hand in a store of their own (e.g. one that is down). */
  eventStoreInstance?: EventStore;
  logLevel?: Settings['logLevel'];
  logDestination?: { write(line: string): void };
  /** Connections of the process's one pool; default DEFAULT_DATABASE_POOL_SIZE (DATABASE_POOL_SIZE in main.ts). */
  databasePoolSize?: number;
  commandConflictRetries?: number;
  /** "Now" for every decision and date-dependent read; tests fix it. Default the system clock. */
  clock?: Clock;
  /** Per user per minute; 0 = no limit. Default 1200. */
  rateLimitPerMinute?: number;
  /** Default 256 kB; larger JSON bodies are refused with 413. */
  bodyLimitKb?: number;
  /** Municipality → regional Jeugdlink team; default none (the case lead names the team). */
  jeugdlinkTeams?: JeugdlinkTeams;
  /** Extra non-working days besides the Algemene termijnenwet's; default none. */
  calendar?: WorkingCalendar;
  /** Days a provider still sees an ended placement's brief; default 28. */
  providerViewDaysAfterEnd?: number;
  /** Years each kind of record is kept; default DEFAULT_RETENTION_YEARS. */
  retentionYears?: RetentionYears;
  /** Days a team that transferred a case away still reads it as it stood; default 28. */
  formerTeamReadDays?: number;
  /** Whether the family's access-log view names the professionals; default hidden. */
  familyAccessLogNames?: FamilyAccessLogNames;
  /** Weeks to handle a family's complaint; default 6. */
  complaintTermWeeks?: number;
  /** Months before an 18th birthday that it shows on the deadlines list; default 6. */
  comingOfAgeNoticeMonths?: number;
  /** Hours a reserved placement option is held; default DEFAULT_PLACEMENT_RESERVATION_HOURS. */
  placementReservationHours?: number;
  /** The notary's key file and how often it anchors; unset: no notary in this process. */
  notary?: NotarySettings;
  /** The built browser app, served at `/`; unset: the API alone (most tests). */
  webApp?: WebAppOptions;
  /** false: the projections, the placement process and the notary run in a worker process (createWorker); default here. */
  followLog?: boolean;
}>;

/** Casus still runs on one role that may alter the log (DATABASE_URL without DATABASE_OWNER_URL): say so at every start. */
async function warnOfRecordPowers(logger: PinoNestLogger, databaseUrl: string): Promise<void> {
  const powers = await recordPowersOf(databaseUrl);
  if (powers.length === 0) return;
  logger.warn(
    { powers },
    `the database role Casus runs as can change the record (${powers.join(', ')}): give Casus a role of its own and migrate as DATABASE_OWNER_URL (docs/security.md)`,
    'Database',
  );
}

/** The whole API, initialised but not listening: main.ts listens, tests use supertest. */
export async function createApp(options: AppOptions): Promise<NestFastifyApplication> {
  await assertOneSpellingPerId(options.databaseUrl);
  const pool = openDatabasePool(options.databaseUrl, options.databasePoolSize ?? DEFAULT_DATABASE_POOL_SIZE);
  const eventStore = options.eventStoreInstance ?? openEventStore(options.eventStore ?? { kind: 'postgres' }, pool, options.databaseUrl);
  const logLevel = options.logLevel ?? 'info';
  const adapter = casusHttpAdapter({ bodyLimitKb: options.bodyLimitKb });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({
      databaseUrl: options.databaseUrl,
      pool,
      auth: options.auth,
      eventStore,
      commandConflictRetries: options.commandConflictRetries ?? 3,
      jeugdlinkTeams: options.jeugdlinkTeams ?? {},
      calendar: options.calendar ?? STATUTORY_CALENDAR,
      rateLimitPerMinute: options.rateLimitPerMinute ?? 1200,
      notary: options.notary,
      clock: options.clock ?? systemClock,
      providerViewDaysAfterEnd: options.providerViewDaysAfterEnd,
      retentionYears: options.retentionYears,
      formerTeamReadDays: options.formerTeamReadDays ?? DEFAULT_FORMER_TEAM_READ_DAYS,
      familyAccessLogNames: options.familyAccessLogNames ?? 'hidden',
      complaintTermWeeks: options.complaintTermWeeks ?? DEFAULT_COMPLAINT_TERM_WEEKS,
      comingOfAgeNoticeMonths: options.comingOfAgeNoticeMonths,
      placementReservationHours: options.placementReservationHours,
      followLog: options.followLog ?? true,
    }),
    adapter,
    { bufferLogs: true, logger: logLevel === 'silent' ? false : undefined },
  );
  const log = processLog(logLevel, options.logDestination);
  const logger = new PinoNestLogger(log);
  app.useLogger(logger);
  await warnOfRecordPowers(logger, options.databaseUrl);
  const http = adapter.getInstance();
  logRequests(http, log);
  // Swagger UI needs its inline scripts; the web app's page sets a policy of its own (serveWebApp).
  await app.register(helmet, { contentSecurityPolicy: false });
  app.useGlobalPipes(new SafeTextPipe(), validationPipe());
  if (options.webApp && !(await serveWebApp(app, options.webApp)))
    logger.warn(`no web app in ${options.webApp.dir}: build it with npm run build`, 'WebApp');
  serveOpenApi(app);
  await app.init();
  // Routes are registered by now; supertest needs Fastify ready before it may send a request to app.getHttpServer().
  await http.ready();
  return app;
}
