import { AccessLog } from '@casus/audit';
import { canonicalUuid, isUuid, UUID_SPELLING } from '@casus/domain';
import { PostgresEventStore } from '@casus/event-store';
import { PersonKeys, ProtectedEventStore } from '@casus/privacy';
import { InvalidArgumentError } from 'commander';
import { hostname } from 'node:os';
import type { Pool } from 'pg';
import { openDatabase, loadSettings, openDatabasePool, systemClock } from '@casus/runtime';

// Shared by the auditor's commands (verify, export, replay, erase): they read the log straight from PostgreSQL.

/**
 * `store` shows personal data (or `[erased]`), `stored` the events as stored, for the hash chain;
 * `keys` are the person keys; all over the command's one pool. `now` is the run's one moment, read once.
 */
export type CaseLog = Readonly<{ store: ProtectedEventStore; stored: PostgresEventStore; keys: PersonKeys; pool: Pool; now: Date }>;

/** DATABASE_URL, or the embedded PostgreSQL when unset, for the duration of `work`. */
export async function withCaseLog<T>(work: (log: CaseLog) => Promise<T>): Promise<T> {
  const settings = loadSettings(process.env);
  const database = await openDatabase(settings);
  const pool = openDatabasePool(database.url, settings.databasePoolSize);
  const stored = new PostgresEventStore({ connectionString: database.url, pool });
  const keys = PersonKeys.over(pool);
  try {
    return await work({ store: new ProtectedEventStore(stored, keys), stored, keys, pool, now: systemClock() });
  } finally {
    await stored.close();
    await pool.end();
    await database.stop();
  }
}

export const caseIdArgument = (value: string): string => {
  const id = canonicalUuid(value);
  if (!isUuid(id)) throw new InvalidArgumentError(`a case id is ${UUID_SPELLING}`);
  return id;
};

export const momentArgument = (value: string): Date => {
  const moment = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(moment.getTime())) {
    throw new InvalidArgumentError('an ISO 8601 moment, e.g. 2026-11-20T12:00:00Z');
  }
  return moment;
};

/** Who reads or erases: `--user`, else CASUS_USER, else the OS user; read when the command runs, so `--help` needs no valid settings. */
export const cliUser = (given: string | undefined): string => given ?? loadSettings(process.env).cliUser;

/**
 * Logs a command-line read of a case's data before it is shown, as the API does: whoever has the
 * database at hand reads as an operator on behalf of an audit, and the log says so.
 */
export async function logCliRead(pool: Pool, read: { user: string; caseId: string; command: string; data: string }): Promise<void> {
  try {
    await new AccessLog(pool).record({
      userId: read.user,
      userName: null,
      role: 'operator',
      organisation: 'casus-cli',
      team: null,
      onBehalfOf: null,
      caseId: read.caseId,
      action: `casus ${read.command}`,
      dataAccessed: read.data,
      ground: 'audit from the command line with database access',
      emergencyOverride: false,
      ip: `local:${hostname()}`,
      correlationId: null,
    });
  } catch (error) {
    throw new Error(
      `the read cannot be written to the access log, so it is not shown (run \`casus migrate\`?): ${(error as Error).message}`,
    );
  }
}

/**
 * Ends with this exit code once standard output is written. `process.exitCode` alone is not kept:
 * the embedded PostgreSQL's exit hooks end the process themselves.
 */
export async function exitWith(code: number): Promise<void> {
  await new Promise<void>((done) => process.stdout.write('', () => done()));
  process.exit(code);
}
