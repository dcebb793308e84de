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
      const open = (connectionString: string) => {
        const store = new EventStoreDbEventStore({ connectionString });
        opened.push(store);
        return store;
      };
      return {
        store: open(url),
        // The second connection prefers a follower: on a cluster, what it reads must still be the leader's.
        reconnect: async () => open(preferringFollower(url)),
        close: async () => void (await Promise.all(opened.map((store) => store.close().catch(() => undefined)))),
      };
    },
    { eventIdsUniquePerStreamOnly: true },
  );
}

function preferringFollower(url: string): string {
  if (/[?&]nodePreference=/i.test(url)) return url.replace(/([?&]nodePreference=)[^&]*/i, '$1follower');
  return `${url}${url.includes('?') ? '&' : '?'}nodePreference=follower`;
}
