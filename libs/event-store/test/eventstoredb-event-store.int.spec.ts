import { EventStoreDbEventStore } from '@casus/event-store';
import { eventStoreContract } from './event-store.contract';

// A real server keeps its data between runs: every contract test writes to streams of its own.
const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (connectionString) {
  describe('EventStoreDB event store (contract)', () => run(connectionString));
} else {
  // Also said on the console: jest lists skipped tests by name only in verbose runs.
  console.warn('EventStoreDB event store (contract) SKIPPED: set EVENTSTORE_CONNECTION_STRING to run it (see infra/README.md)');
  describe.skip('EventStoreDB event store (contract) — skipped: set EVENTSTORE_CONNECTION_STRING to run (see infra/README.md)', () =>
    run('esdb://unset:2113?tls=false'));
}

function run(url: string): void {
  eventStoreContract(
    async () => {
      const opened: EventStoreDbEventStore[] = [];
      const open = () => {
        const store = new EventStoreDbEventStore({ connectionString: url });
        opened.push(store);
        return store;
      };
      return {
        store: open(),
        reconnect: async () => open(),
        close: async () => void (await Promise.all(opened.map((store) => store.close().catch(() => undefined)))),
      };
    },
    { eventIdsUniquePerStreamOnly: true },
  );
}
