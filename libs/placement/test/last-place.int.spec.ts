import { PostgresEventStore } from '@casus/event-store';
import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database';
import { PROCESS_ACTOR } from '../src/metadata';
import { handleOptionCommand, loadOption } from '../src/option/option-command-handler';
import { freePlacesOf, type ExistingOption } from '../src/option/option-state';
import { provider, registration } from './fixtures';

let database: TestDatabase;
let store: PostgresEventStore;

beforeAll(async () => {
  database = await createTestDatabase();
  store = new PostgresEventStore({ connectionString: database.url, poolSize: 25 });
});
afterAll(async () => {
  await store.close();
  await database.drop();
});

const context = (actor = provider) => ({ actor, correlationId: randomUUID(), causationId: null });

test('20 concurrent reservations for the last place: exactly one wins, the others are refused for capacity', async () => {
  const optionId = randomUUID();
  await handleOptionCommand(store, registration(optionId, { capacity: 3 }), { context: context(), now: new Date() });
  for (let i = 0; i < 2; i++) {
    await handleOptionCommand(
      store,
      {
        type: 'ReservePlace',
        actor: PROCESS_ACTOR,
        data: { optionId, placementId: randomUUID(), places: 1, expiresAt: '2099-01-01T00:00:00Z' },
      },
      { context: context(PROCESS_ACTOR), now: new Date() },
    );
  }

  const attempts = await Promise.allSettled(
    Array.from({ length: 20 }, () =>
      handleOptionCommand(
        store,
        {
          type: 'ReservePlace',
          actor: PROCESS_ACTOR,
          data: { optionId, placementId: randomUUID(), places: 1, expiresAt: '2099-01-01T00:00:00Z' },
        },
        { context: context(PROCESS_ACTOR), now: new Date() },
      ),
    ),
  );

  const won = attempts.filter((a) => a.status === 'fulfilled');
  const refusals = attempts.flatMap((a) => (a.status === 'rejected' ? [(a.reason as { code: string }).code] : []));
  expect(won).toHaveLength(1);
  expect(refusals).toEqual(Array(19).fill('PLACEMENT_OPTION.NO_FREE_CAPACITY'));
  const { state } = await loadOption(store, optionId);
  expect(freePlacesOf(state as ExistingOption)).toBe(0);
  const reserved = (await store.readStream(`placement-option-${optionId}`)).filter((e) => e.type === 'PlaceReserved');
  expect(reserved).toHaveLength(3);
});
