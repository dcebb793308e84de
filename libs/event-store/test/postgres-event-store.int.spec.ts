import { PostgresEventStore } from '@casus/event-store';
import { createTestDatabase } from '../../../test/setup/test-database';
import { eventStoreContract } from './event-store.contract';

describe('PostgreSQL event store (contract)', () => {
  eventStoreContract(async () => {
    const database = await createTestDatabase();
    const opened: PostgresEventStore[] = [];
    const open = () => {
      const store = new PostgresEventStore({ connectionString: database.url });
      opened.push(store);
      return store;
    };
    return {
      store: open(),
      reconnect: async () => open(),
      close: async () => {
        await Promise.all(opened.map((store) => store.close().catch(() => undefined)));
        await database.drop();
      },
    };
  });
});
