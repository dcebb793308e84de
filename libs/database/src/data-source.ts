import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import { assertOneSpellingPerId } from './id-spelling-check';
import { migrations } from './migrations';
import { pgWithResilientPools } from './resilient-pool';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Entities = MixedList<Function | string | EntitySchema>;

export function createDataSource(url: string, entities: Entities = [], poolSize = 10): DataSource {
  return new DataSource({
    type: 'postgres',
    driver: pgWithResilientPools,
    url,
    entities,
    migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    poolSize,
    logging: false,
  });
}

/**
 * Brings a database's schema up to date, then refuses (IdSpellingConflict) a log that holds an id
 * in two spellings. Safe to run at every start and from several processes.
 */
export async function migrate(url: string): Promise<string[]> {
  const dataSource = createDataSource(url, [], 1);
  await dataSource.initialize();
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    await assertOneSpellingPerId(url);
    return ran.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
