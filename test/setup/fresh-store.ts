import { PostgresEventStore } from '../../libs/event-store/src';
import { createTestDatabase, type TestDatabase } from './test-database';

export type FreshStore = { database: TestDatabase; store: PostgresEventStore };

/** A PostgreSQL event store on a fresh test database for the whole test file: opened before its tests, closed and dropped after. */
export function freshStoreForFile(): Readonly<FreshStore> {
  const fresh = {} as FreshStore;
  beforeAll(async () => {
    fresh.database = await createTestDatabase();
    fresh.store = new PostgresEventStore({ connectionString: fresh.database.url });
  });
  afterAll(async () => {
    await fresh.store.close();
    await fresh.database.drop();
  });
  return fresh;
}
