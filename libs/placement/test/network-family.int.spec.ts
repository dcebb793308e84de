import { PostgresEventStore } from '@casus/event-store';
import { defaultMatchingConfig } from '@casus/matching';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database';
import { EventStoreCapacityReader } from '../src/runtime/capacity-reader';
import { EventStoreCaseCommands } from '../src/runtime/case-commands';
import { PlacementProcessRuntime } from '../src/runtime/placement-process-runtime';
import { loadProcess } from '../src/runtime/process-store';
import { actors, caseWithPlacementRequest } from './case-story';
import { eventually } from './support/eventually';

let database: TestDatabase;
let store: PostgresEventStore;
let pool: Pool;
let runtime: PlacementProcessRuntime;
const now = new Date();

/** The process once it holds a place for the placement, or has none left to offer. */
const settled = async (placementId: string) =>
  (
    await eventually(
      () => loadProcess(store, placementId),
      ({ state }) => state.reservation !== null || state.exhausted,
    )
  ).state;

beforeAll(async () => {
  database = await createTestDatabase();
  store = new PostgresEventStore({ connectionString: database.url });
  pool = new Pool({ connectionString: database.url });
  runtime = new PlacementProcessRuntime({
    store,
    db: pool,
    pool,
    connectionString: database.url,
    capacity: new EventStoreCapacityReader(store),
    cases: new EventStoreCaseCommands(store),
    clock: () => now,
    settings: { reservationTtlMs: 3_600_000, noSuitablePlacementDays: 2, matching: defaultMatchingConfig },
    timerPollMs: 50,
    stepRetryDelayMs: 20,
    log: (message, error) => console.error(message, error),
  });
  await runtime.start();
});
afterAll(async () => {
  await runtime.stop();
  await store.close();
  await pool.end();
  await database.drop();
});

test("a family proposed from the network gets one place stream, ranks first for both siblings' placements, and holds one child as it offers", async () => {
  const [grandmother, grandmothersPlace, second] = [randomUUID(), randomUUID(), randomUUID()];
  const { caseId, placementId } = await caseWithPlacementRequest(
    store,
    now,
    randomUUID(),
    (children) => ({
      childIds: [children[0]],
      separateGroups: [{ placementId: second, childIds: [children[1]] }],
      siblingSeparationReason: 'the behavioural scientist advises a home of their own for each',
    }),
    async (send, caseId) => {
      const member = { familyMemberId: grandmother, name: 'Ans', relation: 'grandparent', parentalAuthorityOver: [], contact: {} } as const;
      await send({ type: 'RecordFamilyMember', actor: actors.caseTeam, data: { caseId, ...member } });
      await send({
        type: 'ProposeNetworkFamily',
        actor: actors.gi,
        data: {
          caseId,
          optionId: grandmothersPlace,
          familyMemberId: grandmother,
          provider: 'Pleegzorg Utrecht',
          capacity: 1,
          careIntensities: ['medium'],
          area: { municipality: 'Utrecht', region: 'Utrecht', location: { lat: 52.09, lon: 5.12 } },
        },
      });
    },
  );

  const [first, other] = await Promise.all([settled(placementId), settled(second)]);
  const holders = [first, other].filter((state) => state.reservation?.optionId === grandmothersPlace);
  expect(holders).toHaveLength(1);
  expect([first, other].filter((state) => state.exhausted)).toHaveLength(1);
  const placeEvents = await store.readStream(`placement-option-${grandmothersPlace}`);
  expect(placeEvents.map((event) => event.type)).toEqual(['PlacementOptionRegistered', 'PlaceReserved']);
  expect(placeEvents[0].data).toMatchObject({
    kind: 'netwerkpleeggezin',
    provider: 'Pleegzorg Utrecht',
    networkFamilyId: caseId,
    proposedFor: { caseId, familyMemberId: grandmother },
  });
  // Another case's matching never sees her.
  expect((await new EventStoreCapacityReader(store).all()).map((option) => option.optionId)).not.toContain(grandmothersPlace);
});
