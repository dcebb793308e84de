import 'reflect-metadata';
import { resolve } from 'node:path';
import { createApp } from './app.factory';
import { createWorker } from './worker.factory';
import { startWorkerProcess, WORKER_READY, type WorkerProcess } from './worker-process';
import { ConfigurationError, loadSettings, openMigratedDatabase, type DatabaseTarget, type Settings } from '@casus/runtime';

type Stoppable = { close(): Promise<void> };

/** CASUS_PROCESS: the API with a worker beside it (all), the API alone (api), or a worker alone (worker). */
async function main(): Promise<void> {
  const settings = loadSettings(process.env);
  // Stopped below, after the API and its worker: requests and projection batches finish on a running server.
  // A casus command that started the embedded PostgreSQL would stop it under the API when it ends.
  const database = await openMigratedDatabase(settings, { callerStopsOnSignals: true, ifRunning: 'refuse' });
  let running: Stoppable | undefined;
  let worker: WorkerProcess | undefined;
  let stopping = false;
  const stop = async (why: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`Casus ${settings.process === 'worker' ? 'worker ' : ''}stopping (${why})\n`);
    await Promise.all([running?.close().catch(() => undefined), worker?.stop()]);
    await database.stop().catch(() => undefined);
    process.exit(code);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  try {
    if (settings.process === 'worker') {
      // Started by an API (CASUS_PROCESS=all): it goes when its API goes, even after a kill -9 of the API.
      if (process.send) process.once('disconnect', () => void stop('its API process is gone'));
      running = await createWorker({ ...settings, databaseUrl: database.url });
      // With a callback, a parent gone meanwhile is no 'error' event: the disconnect above stops this worker.
      process.send?.(WORKER_READY, undefined, undefined, () => undefined);
      process.stdout.write(`Casus worker (pid ${process.pid}) follows the log on ${where(settings, database)}\n`);
      return;
    }
    const app = await createApp({
      ...settings,
      databaseUrl: database.url,
      followLog: false,
      // Built by `npm run build` beside the API; the browser signs in at the OpenID provider's origin.
      webApp: { dir: resolve('dist/web'), connectTo: settings.auth.kind === 'oidc' ? [new URL(settings.auth.issuer).origin] : [] },
    });
    running = app;
    if (settings.process === 'all') {
      // Before listening: a ready API has its read models followed.
      worker = startWorkerProcess(
        database,
        (line) => process.stderr.write(`Casus: ${line}\n`),
        (error) => {
          process.stderr.write(`Casus stops: ${error.message}\n`);
          void stop('no worker process', 1);
        },
      );
      await worker.ready;
    }
    // Fastify alone would listen on localhost only: without HOST (OIDC), every IPv4 interface, as README › Settings says.
    await app.listen(settings.port, settings.host ?? '0.0.0.0');
  } catch (error) {
    await Promise.all([running?.close().catch(() => undefined), worker?.stop()]);
    await database.stop().catch(() => undefined);
    throw error;
  }
  const tokens = settings.auth.kind === 'dev' ? 'dev tokens (npm run casus -- token ...)' : `tokens from ${settings.auth.issuer}`;
  const followers = worker ? `, with a worker process (pid ${worker.pid()}) for the projections and the placement process` : '';
  process.stdout.write(
    `Casus listens on http://${settings.host ?? 'localhost'}:${settings.port} (the app at /, API docs at /api/docs), on ${where(settings, database)}${followers}, accepting ${tokens}\n`,
  );
}

function where(settings: Settings, database: DatabaseTarget): string {
  return database.embedded
    ? `the embedded PostgreSQL (port ${settings.embeddedPostgresPort}, data in ${settings.dataDir}/postgres)`
    : 'the PostgreSQL at DATABASE_URL';
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigurationError ? error.message : `Casus could not start: ${(error as Error)?.message ?? error}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
