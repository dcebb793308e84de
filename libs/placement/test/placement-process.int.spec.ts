import { addDays, dutchDateOf, startOfDutchDay } from '@casus/domain';
import { PostgresEventStore } from '@casus/event-store';
import { defaultMatchingConfig } from '@casus/matching';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database';
import { handleOptionCommand } from '../src/option/option-command-handler';
import { EventStoreCapacityReader } from '../src/runtime/capacity-reader';
import { EventStoreCaseCommands } from '../src/runtime/case-commands';
import { PlacementProcessRuntime } from '../src/runtime/placement-process-runtime';
import { acceptReservation, chooseCandidate, declineProposal } from '../src/runtime/proposal-answers';
import { placementTimers } from '../src/runtime/placement-timers';
import { loadProcess } from '../src/runtime/process-store';
import { readyToDecide, actors, caseWithPlacementRequest } from './case-story';
import { provider, registration } from './fixtures';
import { eventually } from './support/eventually';

let database: TestDatabase;
let store: PostgresEventStore;
let pool: Pool;
let runtime: PlacementProcessRuntime;
let now = new Date();
const parkLog: string[] = [];
const HOUR = 3_600_000;

const option = async (overrides: Parameters<typeof registration>[1]) => {
  const optionId = randomUUID();
  await handleOptionCommand(store, registration(optionId, overrides), {
    context: { actor: provider, correlationId: randomUUID(), causationId: null },
    now,
  });
  return optionId;
};

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
    settings: { reservationTtlMs: 48 * HOUR, noSuitablePlacementDays: 2, matching: defaultMatchingConfig },
    timerPollMs: 50,
    stepRetryDelayMs: 20,
    log: (message) => parkLog.push(message),
  });
  await runtime.start();
});
afterAll(async () => {
  await runtime.stop();
  await store.close();
  await pool.end();
  await database.drop();
});

test('proposes, reserves the best place, moves on after a decline and an expiry, then places and frees the place', async () => {
  const residential = await option({ kind: 'residentieel', capacity: 10, careIntensities: ['medium', 'intensive'] });
  const gezinshuis = await option({ kind: 'gezinshuis', capacity: 4 });
  const foster = await option({ kind: 'bestandspleeggezin', capacity: 2 });
  await option({ kind: 'bestandspleeggezin', capacity: 1 }); // too small for two siblings
  const { caseId, placementId, send } = await caseWithPlacementRequest(store, now);

  const proposed = await eventually(
    () => loadProcess(store, placementId),
    (p) => p.state.reservation !== null,
  );
  expect(proposed.state.candidates!.slice(0, 3)).toEqual([foster, gezinshuis, residential]);
  expect(proposed.state.reservation).toMatchObject({ optionId: foster, places: 2 });
  const stream = await store.readStream(`placement-${placementId}`);
  const proposal = stream.find((e) => e.type === 'PlacementCandidatesProposed')!;
  expect(proposal.data).toMatchObject({
    matchingVersion: 'casus-matching/1',
    excluded: [expect.objectContaining({ reasons: [expect.objectContaining({ code: 'NO_FREE_CAPACITY' })] })],
  });
  expect(proposal.metadata).toMatchObject({ correlationId: placementId, causationId: stream[0].id });
  expect(stream[0].metadata.causationId).toEqual((await store.readStream(`case-${caseId}`)).at(-1)!.id);

  await declineProposal(store, {
    placementId,
    reason: 'the foster parents know the father',
    actor: actors.gi,
    correlationId: randomUUID(),
    now,
  });
  await eventually(
    () => loadProcess(store, placementId),
    (p) => p.state.reservation?.optionId === gezinshuis,
  );
  const fosterEvents = (await store.readStream(`placement-option-${foster}`)).map((e) => e.type);
  expect(fosterEvents).toEqual(['PlacementOptionRegistered', 'PlaceReserved', 'ReservationReleased']);

  now = new Date(now.getTime() + 49 * HOUR);
  await eventually(
    () => loadProcess(store, placementId),
    (p) => p.state.reservation?.optionId === residential,
  );
  now = new Date(now.getTime() - 49 * HOUR);

  const reservation = await readyToDecide(store, placementId, now);
  await send({
    type: 'DecidePlacement',
    actor: actors.gi,
    data: {
      caseId,
      placementId,
      reservation,
      reasons: 'The only place that can take both children now.',
      viewsHeard: [{ participant: 'mother', view: 'Wants them together.' }],
      behaviouralScientistConsent: { name: 'Dr. J. de Boer', consentedOn: '2026-01-01' },
    },
  });
  await eventually(
    () => store.readStream(`case-${caseId}`),
    (events) => events.some((e) => e.type === 'PlacementStarted'),
  );
  const started = (await store.readStream(`case-${caseId}`)).find((e) => e.type === 'PlacementStarted')!;
  expect(started.metadata).toMatchObject({ correlationId: placementId, actor: { id: actors.gi.id } });

  await send({
    type: 'EndPlacement',
    actor: actors.caseTeam,
    data: {
      caseId,
      placementId,
      endedOn: dutchDateOf(now),
      reason: 'breakdown',
      explanation: 'The group did not fit.',
    },
  });
  await eventually(
    () => store.readStream(`placement-option-${residential}`),
    (events) => events.some((e) => e.type === 'PlaceVacated'),
  );
  // The process frees its own record of the place after the option's stream has it vacated.
  const freed = await eventually(
    () => store.readStream(`placement-${placementId}`),
    (events) => events.some((e) => e.type === 'PlaceFreed'),
  );
  expect(freed.map((e) => e.type)).toEqual([
    'PlacementProcessStarted',
    'PlacementCandidatesProposed',
    'CandidateReserved',
    'ProposalDeclined',
    'CandidateReleased',
    'CandidateReserved',
    'ReservationExpired',
    'CandidateReleased',
    'CandidateReserved',
    'ReservationAccepted',
    'PlacementDecisionNoted',
    'PlaceTaken',
    'PlacementStartSent',
    'PlacementConcluded',
    'PlaceFreed',
  ]);
});

test('when every candidate is declined it records NoSuitablePlacementFound with a date for the team', async () => {
  const { placementId } = await caseWithPlacementRequest(store, now);
  for (;;) {
    const { state } = await eventually(
      () => loadProcess(store, placementId),
      (p) => p.state.exhausted || (p.state.reservation !== null && !p.state.toRelease),
    );
    if (state.exhausted) break;
    await declineProposal(store, { placementId, reason: 'not suitable', actor: actors.gi, correlationId: randomUUID(), now });
    await eventually(
      () => loadProcess(store, placementId),
      (p) => p.state.reservation?.attempt !== state.reservation!.attempt,
    );
  }
  const stream = await store.readStream(`placement-${placementId}`);
  expect(stream.filter((e) => e.type === 'CandidateReserved').length).toBeGreaterThanOrEqual(3);
  expect(stream.at(-1)).toMatchObject({ type: 'NoSuitablePlacementFound', data: { teamDecidesBy: expect.any(String) } });
});

test('a placement whose step keeps failing is parked with its error, and the placements after it still get their place', async () => {
  // A request on a case stream that has no signal: proposing fails every time ("case not found").
  const [brokenCaseId, brokenPlacementId] = [randomUUID(), randomUUID()];
  await store.appendToStream(
    `case-${brokenCaseId}`,
    [
      {
        id: randomUUID(),
        type: 'PlacementRequested',
        data: { placementId: brokenPlacementId, childIds: [randomUUID()] },
        metadata: { actor: actors.gi },
      },
    ],
    { expectedRevision: 'any' },
  );
  const place = await option({ kind: 'bestandspleeggezin', capacity: 2 });
  const { placementId } = await caseWithPlacementRequest(store, now);

  const served = await eventually(
    () => loadProcess(store, placementId),
    (p) => p.state.reservation !== null,
  );
  expect(served.state.candidates).toContain(place);
  const broken = await loadProcess(store, brokenPlacementId);
  expect(broken.state.parked).toEqual({
    error: expect.stringContaining(`case ${brokenCaseId} not found`),
    triggerEventId: expect.any(String),
    attempts: 3,
  });
  const parked = (await store.readStream(`placement-${brokenPlacementId}`)).map((e) => e.type);
  expect(parked).toEqual(['PlacementProcessStarted', 'PlacementProcessParked']);
  expect(parkLog).toContainEqual(
    expect.stringContaining(`placement ${brokenPlacementId} parked after 3 failed tries on PlacementRequested`),
  );
  expect(runtime.active).toBe(true);
});

test('siblings placed apart get a place each, never the same one, even where one place would fit both', async () => {
  const specialisations = [`apart-${randomUUID()}`];
  const roomForBoth = await option({ kind: 'bestandspleeggezin', capacity: 2, specialisations });
  await option({ kind: 'gezinshuis', capacity: 1, specialisations });
  const secondPlacement = randomUUID();
  const { placementId } = await caseWithPlacementRequest(store, now, randomUUID(), (children) => ({
    childIds: [children[0]],
    needs: { careIntensity: 'medium', specialisations, description: 'The older sister hurts her brother.' },
    siblingSeparationReason: 'The older sister hurts her brother; the behavioural scientist advises apart',
    separateGroups: [{ placementId: secondPlacement, childIds: [children[1]] }],
  }));

  const reserved = await Promise.all(
    [placementId, secondPlacement].map((id) =>
      eventually(
        () => loadProcess(store, id),
        (p) => p.state.reservation !== null,
      ),
    ),
  );
  const places = reserved.map((p) => p.state.reservation!);
  expect(places.map((r) => r.places)).toEqual([1, 1]);
  // Both rank the place with room for two first; whichever sibling comes second is refused there and goes on.
  expect(places.map((r) => r.optionId)).toContain(roomForBoth);
  expect(new Set(places.map((r) => r.optionId)).size).toBe(2);
  const streams = await Promise.all([placementId, secondPlacement].map((id) => store.readStream(`placement-${id}`)));
  expect(streams.flat().find((e) => e.type === 'CandidateUnavailable')?.data).toMatchObject({
    optionId: roomForBoth,
    reason: expect.stringContaining('PLACEMENT_OPTION.SIBLING_KEPT_APART'),
  });
});

test('one sibling leaves a shared place (a transfer) and only his place is freed; his sister stays', async () => {
  const specialisations = [`together-${randomUUID()}`];
  const shared = await option({ kind: 'bestandspleeggezin', capacity: 2, specialisations });
  const { caseId, placementId, children, send } = await caseWithPlacementRequest(store, now, randomUUID(), () => ({
    needs: { careIntensity: 'medium', specialisations, description: 'Two siblings who need a calm home together.' },
  }));
  await eventually(
    () => loadProcess(store, placementId),
    (p) => p.state.reservation?.optionId === shared,
  );
  await send({
    type: 'DecidePlacement',
    actor: actors.gi,
    data: {
      caseId,
      placementId,
      reservation: await readyToDecide(store, placementId, now),
      reasons: 'Room for both.',
      viewsHeard: [{ participant: 'mother', view: 'Wants them together.' }],
      behaviouralScientistConsent: { name: 'Dr. J. de Boer', consentedOn: '2026-01-01' },
    },
  });
  await eventually(
    () => loadProcess(store, placementId),
    (p) => p.state.startSent,
  );

  await send({
    type: 'EndPlacement',
    actor: actors.caseTeam,
    data: {
      caseId,
      placementId,
      childIds: [children[1]],
      endedOn: dutchDateOf(now),
      reason: 'transfer',
      explanation: 'He needs a gezinshuis with more structure.',
    },
  });
  await eventually(
    () => loadProcess(store, placementId),
    (p) => p.state.departures.every((d) => d.freed) && p.state.departures.length === 1,
  );
  const [place] = (await new EventStoreCapacityReader(store).all()).filter((o) => o.optionId === shared);
  expect({ occupied: place.occupied, reserved: place.reserved }).toEqual({ occupied: 1, reserved: 0 });
  const { state } = await loadProcess(store, placementId);
  expect(state).toMatchObject({ concluded: null, placeFreed: false });
});

describe('a stuck child', () => {
  const reservedIn = (placementId: string) =>
    eventually(
      () => loadProcess(store, placementId),
      (p) => p.state.reservation !== null,
    );
  const released = (optionId: string) =>
    eventually(
      () => store.readStream(`placement-option-${optionId}`),
      (events) => events.at(-1)?.type === 'ReservationReleased',
    );

  test('a withdrawn request ends its process and frees the reserved place', async () => {
    const { caseId, placementId, send } = await caseWithPlacementRequest(store, now);
    const { state } = await reservedIn(placementId);
    await send({ type: 'WithdrawPlacementRequest', actor: actors.gi, data: { caseId, placementId, reason: 'The aunt takes them in' } });
    await released(state.reservation!.optionId);
    const after = await eventually(
      () => loadProcess(store, placementId),
      (p) => p.state.reservation === null,
    );
    expect(after.state.concluded).toMatchObject({ cause: 'PlacementRequestWithdrawn' });
    expect(await placementTimers.due(pool, new Date(now.getTime() + 1_000 * HOUR))).not.toContainEqual(
      expect.objectContaining({ placementId }),
    );
  });

  test('closing the case frees the place its open request holds', async () => {
    const { caseId, placementId, send } = await caseWithPlacementRequest(store, now);
    const { state } = await reservedIn(placementId);
    await send({ type: 'CloseCase', actor: actors.caseTeam, data: { caseId, reason: 'The family moved abroad' } });
    await released(state.reservation!.optionId);
  });

  test('a request whose machtiging has ended is ended by the process: it reserves nothing more and frees what it held', async () => {
    const { placementId } = await caseWithPlacementRequest(store, now);
    const { state } = await reservedIn(placementId);
    const before = now;
    now = new Date(now.getTime() + 200 * 24 * HOUR); // past the machtiging (180 days) and the reservation's expiry
    try {
      const ended = await eventually(
        () => loadProcess(store, placementId),
        (p) => p.state.concluded !== null && p.state.reservation === null && p.state.toRelease === null,
      );
      expect(ended.state.concluded).toMatchObject({ cause: 'RequestLapsed' });
      const types = (await store.readStream(`placement-${placementId}`)).map((e) => e.type);
      expect(types.slice(-3)).toEqual(['ReservationExpired', 'CandidateReleased', 'PlacementConcluded']);
      await released(state.reservation!.optionId);
    } finally {
      now = before;
    }
  });

  test('a reservation never outlives the request: it expires when the machtiging ends, the same night', async () => {
    await option({ kind: 'bestandspleeggezin', capacity: 2 });
    const { placementId } = await caseWithPlacementRequest(store, new Date(now.getTime() - 180 * 24 * HOUR));
    const { state } = await reservedIn(placementId);
    const lastDay = dutchDateOf(now); // the machtiging runs through today
    expect(state.reservation!.expiresAt).toBe(startOfDutchDay(addDays(lastDay, 1)).toISOString());
    expect(new Date(state.reservation!.expiresAt).getTime()).toBeLessThan(now.getTime() + 48 * HOUR);
  });

  test('after no place was found, matching runs again on the same request and finds a place registered since', async () => {
    const ede = { lat: 52.04, lon: 5.67 };
    const { caseId, placementId, send } = await caseWithPlacementRequest(store, now, randomUUID(), () => ({
      excludedAreas: [{ center: ede, radiusKm: 400, reason: 'far from the father, who looks for them' }],
    }));
    await eventually(
      () => loadProcess(store, placementId),
      (p) => p.state.exhausted,
    );
    const faraway = await option({ kind: 'bestandspleeggezin', capacity: 2, location: { lat: 47.5, lon: 9.7 } });
    await send({
      type: 'RematchPlacement',
      actor: actors.gi,
      data: { caseId, placementId, reason: 'A foster family far away registered' },
    });
    const { state } = await reservedIn(placementId);
    expect(state).toMatchObject({ exhausted: false, reservation: { optionId: faraway, places: 2 } });
    const types = (await store.readStream(`placement-${placementId}`)).map((e) => e.type);
    expect(types).toEqual([
      'PlacementProcessStarted',
      'PlacementCandidatesProposed',
      'NoSuitablePlacementFound',
      'RematchRequested',
      'PlacementCandidatesProposed',
      'CandidateReserved',
    ]);
  });
});

test('the provider of the reserved place declines it with its reason, and the process moves on to the next candidate', async () => {
  const specialisations = [`decline-${randomUUID()}`];
  const first = await option({ kind: 'bestandspleeggezin', capacity: 2, specialisations });
  const { placementId } = await caseWithPlacementRequest(store, now, randomUUID(), () => ({
    needs: { careIntensity: 'medium', specialisations, description: 'Two siblings who need a calm home together.' },
  }));
  await eventually(
    () => loadProcess(store, placementId),
    (p) => p.state.reservation?.optionId === first,
  );
  const input = { placementId, reason: 'Our foster mother fell ill', correlationId: randomUUID(), now };
  await expect(
    declineProposal(store, { ...input, actor: { ...actors.provider, organisation: 'Gezinshuizen Utrecht' } }),
  ).rejects.toMatchObject({
    code: 'PLACEMENT_PROCESS.NOT_ALLOWED',
  });
  await declineProposal(store, { ...input, actor: actors.provider });
  const moved = await eventually(
    () => loadProcess(store, placementId),
    (p) => p.state.reservation !== null && p.state.reservation.optionId !== first,
  );
  expect(moved.state.reservation!.attempt).toBe(1);
  const declined = (await store.readStream(`placement-${placementId}`)).find((e) => e.type === 'ProposalDeclined')!;
  expect(declined.data).toMatchObject({ optionId: first, reason: 'Our foster mother fell ill', declinedBy: { role: 'provider' } });
});

test('the professional chooses a candidate other than the first; a decline then goes back to the ranking, skipping what was tried', async () => {
  const specialisations = [`choose-${randomUUID()}`];
  const mine = [
    await option({ kind: 'bestandspleeggezin', capacity: 2, specialisations }),
    await option({ kind: 'bestandspleeggezin', capacity: 2, specialisations }),
    await option({ kind: 'bestandspleeggezin', capacity: 2, specialisations }),
  ];
  const { placementId } = await caseWithPlacementRequest(store, now, randomUUID(), () => ({
    needs: { careIntensity: 'medium', specialisations, description: 'Two siblings who need a calm home together.' },
  }));
  const { state } = await eventually(
    () => loadProcess(store, placementId),
    (p) => p.state.reservation !== null,
  );
  // Equal scores rank in option-id order: these three come first, in an order of their own.
  const [best, second, third] = state.candidates!.slice(0, 3);
  expect([best, second, third].sort()).toEqual(mine.sort());
  expect(state.reservation!.optionId).toBe(best);
  const choice = {
    placementId,
    reason: 'The children know this family home from respite care',
    actor: actors.gi,
    correlationId: randomUUID(),
    now,
  };
  await expect(chooseCandidate(store, { ...choice, optionId: randomUUID() })).rejects.toMatchObject({
    code: 'PLACEMENT_PROCESS.NOT_A_CANDIDATE',
  });
  await expect(chooseCandidate(store, { ...choice, actor: actors.provider, optionId: third })).rejects.toMatchObject({
    code: 'PLACEMENT_PROCESS.NOT_ALLOWED',
  });

  await chooseCandidate(store, { ...choice, optionId: third });
  await eventually(
    () => loadProcess(store, placementId),
    (p) => p.state.reservation?.optionId === third,
  );
  expect((await store.readStream(`placement-option-${best}`)).at(-1)!.type).toBe('ReservationReleased');

  await declineProposal(store, { placementId, reason: 'No room after all', actor: actors.gi, correlationId: randomUUID(), now });
  await eventually(
    () => loadProcess(store, placementId),
    (p) => p.state.reservation?.optionId === second,
  );
});

test("the reserved place's provider accepts it; no one else does, and a later reservation is not accepted by it", async () => {
  const specialisations = [`accept-${randomUUID()}`];
  const [first] = [
    await option({ kind: 'bestandspleeggezin', capacity: 2, specialisations }),
    await option({ kind: 'gezinshuis', capacity: 2, specialisations }),
  ];
  const { placementId } = await caseWithPlacementRequest(store, now, randomUUID(), () => ({
    needs: { careIntensity: 'medium', specialisations, description: 'Two siblings who need a calm home together.' },
  }));
  await eventually(
    () => loadProcess(store, placementId),
    (p) => p.state.reservation?.optionId === first,
  );
  const input = { placementId, correlationId: randomUUID(), now };
  await expect(acceptReservation(store, { ...input, actor: actors.gi })).rejects.toMatchObject({ code: 'PLACEMENT_PROCESS.NOT_ALLOWED' });
  await acceptReservation(store, { ...input, actor: actors.provider });
  const { state } = await loadProcess(store, placementId);
  expect(state.accepted).toMatchObject({ optionId: first, attempt: state.reservation!.attempt, by: { role: 'provider' } });

  await declineProposal(store, {
    placementId,
    reason: 'The mother objects to this family',
    actor: actors.gi,
    correlationId: randomUUID(),
    now,
  });
  const moved = await eventually(
    () => loadProcess(store, placementId),
    (p) => p.state.reservation !== null && p.state.reservation.optionId !== first,
  );
  expect(moved.state.accepted).toBeNull();
});
