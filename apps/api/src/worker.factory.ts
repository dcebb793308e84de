import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DEFAULT_DATABASE_POOL_SIZE, openDatabasePool, openEventStore, systemClock } from '@casus/runtime';
import type { AppOptions } from './app.factory';
import { processLog } from './http/http-logging';
import { PinoNestLogger } from './http/pino-nest-logger';
import { WorkerModule } from './worker.module';

export type WorkerOptions = Pick<
  AppOptions,
  'databaseUrl' | 'databasePoolSize' | 'eventStore' | 'logLevel' | 'logDestination' | 'clock' | 'placementReservationHours' | 'notary'
>;

/** The projections, the placement process and the notary without an HTTP server: what CASUS_PROCESS=worker runs. */
export async function createWorker(options: WorkerOptions): Promise<INestApplicationContext> {
  const pool = openDatabasePool(options.databaseUrl, options.databasePoolSize ?? DEFAULT_DATABASE_POOL_SIZE);
  const logLevel = options.logLevel ?? 'info';
  const worker = await NestFactory.createApplicationContext(
    WorkerModule.forRoot({
      pool,
      clock: options.clock ?? systemClock,
      eventStore: openEventStore(options.eventStore ?? { kind: 'postgres' }, pool, options.databaseUrl),
      databaseUrl: options.databaseUrl,
      placementReservationHours: options.placementReservationHours,
      notary: options.notary,
    }),
    { bufferLogs: true, logger: logLevel === 'silent' ? false : undefined },
  );
  worker.useLogger(new PinoNestLogger(processLog(logLevel, options.logDestination)));
  await worker.init();
  return worker;
}
