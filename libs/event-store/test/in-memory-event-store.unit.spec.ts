import { InMemoryEventStore } from '@casus/event-store';
import { eventStoreContract } from './event-store.contract';

describe('in-memory event store (contract)', () => {
  eventStoreContract(
    async () => {
      const store = new InMemoryEventStore();
      return { store, reconnect: async () => store, close: async () => undefined };
    },
    { replaysComparedByIdOnly: true },
  );
});
