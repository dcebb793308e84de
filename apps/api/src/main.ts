import 'reflect-metadata';
import { resolve } from 'node:path';
import { createApp } from './app.factory';
import { ConfigurationError, loadSettings, openMigratedDatabase } from '@casus/runtime';

async function main(): Promise<void> {
  const settings = loadSettings(process.env);
  // Stopped below, after the API: requests and projection batches finish on a running server.
  // A casus command that started the embedded PostgreSQL would stop it under the API when it ends.
  const database = await openMigratedDatabase(settings, { callerStopsOnSignals: true, ifRunning: 'refuse' });
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  const stop = async (signal: string) => {
    process.stdout.write(`Casus stopping (${signal})\n`);
    await app?.close().catch(() => undefined);
    await database.stop().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  try {
    app = await createApp({
      databaseUrl: database.url,
      databasePoolSize: settings.databasePoolSize,
      auth: settings.auth,
      eventStore: settings.eventStore,
      logLevel: settings.logLevel,
      commandConflictRetries: settings.commandConflictRetries,
      rateLimitPerMinute: settings.rateLimitPerMinute,
      bodyLimitKb: settings.bodyLimitKb,
      jeugdlinkTeams: settings.jeugdlinkTeams,
      calendar: settings.calendar,
      providerViewDaysAfterEnd: settings.providerViewDaysAfterEnd,
      retentionYears: settings.retentionYears,
      formerTeamReadDays: settings.formerTeamReadDays,
      familyAccessLogNames: settings.familyAccessLogNames,
      complaintTermWeeks: settings.complaintTermWeeks,
      comingOfAgeNoticeMonths: settings.comingOfAgeNoticeMonths,
      placementReservationHours: settings.placementReservationHours,
      notary: settings.notary,
      // Built by `npm run build` beside the API; the browser signs in at the OpenID provider's origin.
      webApp: { dir: resolve('dist/web'), connectTo: settings.auth.kind === 'oidc' ? [new URL(settings.auth.issuer).origin] : [] },
    });
    await (settings.host ? app.listen(settings.port, settings.host) : app.listen(settings.port));
  } catch (error) {
    await app?.close().catch(() => undefined);
    await database.stop().catch(() => undefined);
    throw error;
  }
  const where = database.embedded
    ? `the embedded PostgreSQL (port ${settings.embeddedPostgresPort}, data in ${settings.dataDir}/postgres)`
    : 'the PostgreSQL at DATABASE_URL';
  const tokens = settings.auth.kind === 'dev' ? 'dev tokens (npm run casus -- token ...)' : `tokens from ${settings.auth.issuer}`;
  process.stdout.write(
    `Casus listens on http://${settings.host ?? 'localhost'}:${settings.port} (the app at /, API docs at /api/docs), on ${where}, accepting ${tokens}\n`,
  );
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigurationError ? error.message : `Casus could not start: ${(error as Error)?.message ?? error}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
