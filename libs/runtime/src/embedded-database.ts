import { appRoleUrl, ensureAppRole, prepareDatabase, startEmbeddedPostgres, type EmbeddedPostgresOptions } from '@casus/database';
import { join } from 'node:path';
import { Client } from 'pg';

export const EMBEDDED_DATABASE = 'casus';

export interface DatabaseTarget {
  /** Casus's own role: it may add to the record, not change it. */
  readonly url: string;
  /** The schema's owner, for migrations. */
  readonly ownerUrl: string;
  readonly embedded: boolean;
  stop(): Promise<void>;
}

/**
 * DATABASE_URL (migrations as DATABASE_OWNER_URL, else as DATABASE_URL) when given; otherwise a
 * persistent embedded PostgreSQL under `<dataDir>/postgres`, with its owner and Casus's own role.
 */
export async function openDatabase(
  settings: {
    databaseUrl?: string;
    databaseOwnerUrl?: string;
    dataDir: string;
    embeddedPostgresPort: number;
  },
  options: Pick<EmbeddedPostgresOptions, 'callerStopsOnSignals' | 'ifRunning'> = {},
): Promise<DatabaseTarget> {
  if (settings.databaseUrl) {
    return {
      url: settings.databaseUrl,
      ownerUrl: settings.databaseOwnerUrl ?? settings.databaseUrl,
      embedded: false,
      stop: async () => undefined,
    };
  }
  const server = await startEmbeddedPostgres({
    dataDir: join(settings.dataDir, 'postgres'),
    port: settings.embeddedPostgresPort,
    persistent: true,
    ...options,
  });
  try {
    await createDatabaseIfMissing(server.url('postgres'), EMBEDDED_DATABASE);
    await ensureAppRole(server.url('postgres'));
  } catch (error) {
    await server.stop();
    throw error;
  }
  const ownerUrl = server.url(EMBEDDED_DATABASE);
  return { url: appRoleUrl(ownerUrl), ownerUrl, embedded: true, stop: () => server.stop() };
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
    await prepareDatabase(database.ownerUrl, database.url);
  } catch (error) {
    await database.stop();
    throw error;
  }
  return database;
}
