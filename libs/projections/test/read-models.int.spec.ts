import type { CaseEvent } from '@casus/domain';
import { streamIdForCase } from '@casus/streams';
import type { LogPosition } from '@casus/event-store';
import { randomUUID } from 'node:crypto';
import { actors, event, ids } from '../../domain/src/case/testing/fixtures';
import * as story from '../../domain/src/case/testing/story';
import { handleOptionCommand, loadOption, PROCESS_ACTOR, toMatchingOption, type PlacementOptionCommand } from '@casus/placement';
import { loadPlacementOptions } from '../src';
import { harnessOnFreshDatabase } from './support/projection-harness';

const h = harnessOnFreshDatabase();
beforeAll(() => h.start());

async function record(steps: readonly [CaseEvent, (typeof actors)[keyof typeof actors], string?][]): Promise<LogPosition> {
  let position: LogPosition | undefined;
  for (const [step, actor, reason] of steps) {
    const result = await h.store.appendToStream(
      streamIdForCase(ids.case),
      [
        {
          id: randomUUID(),
          type: step.type,
          data: step.data as never,
          metadata: { actor, ...(reason ? { reason } : {}), schemaVersion: 1 },
        },
      ],
      { expectedRevision: 'any' },
    );
    position = result.position;
  }
  return position!;
}

const { caseTeam, jeugdlink, gi } = actors;

test("Sanne and Daan's case: from the signal to Sanne's placement with her grandmother", async () => {
  const spoed = event('CourtOrderRecorded', {
    ...story.courtOrder('spoedmachtiging', randomUUID(), ids.daan, '2026-11-16', '2026-11-30').data,
    parentsHearingDueOn: '2026-11-30',
  });
  const position = await record([
    [story.signalRegistered, caseTeam],
    [event('CaseLeadAssigned', { leadId: ids.lead, name: 'Ilse de Boer', team: 'wijkteam-ede-noord' }), caseTeam],
    ...story.parentsRecorded.map((e) => [e, caseTeam] as [CaseEvent, typeof caseTeam]),
    [story.assessedUnsafe, caseTeam],
    [
      event('SafetyPlanAgreed', {
        safetyPlanId: randomUUID(),
        conditions: ['No violence at home'],
        reviewOn: '2026-12-04',
        agreedBy: [ids.mother],
      }),
      caseTeam,
    ],
    [story.jeugdlinkRequested, caseTeam, 'unsafe despite the safety plan'],
    [story.jeugdlinkJoined, jeugdlink],
    [story.otsForSanne, gi],
    [story.machtigingForSanne, gi],
    [spoed, gi],
    [story.placementRequested(ids.placement, [ids.sanne], 'court-order', 'Daan stays with his father'), gi],
    [story.placementDecided(ids.placement), gi],
    [story.placementStarted(ids.placement), gi],
  ]);
  await h.caughtUp(position);

  const {
    rows: [overview],
  } = await h.pool.query('SELECT * FROM rm_case_overview WHERE case_id = $1', [ids.case]);
  expect(overview).toMatchObject({
    status: 'open',
    phase: 'placement',
    municipality: 'Ede',
    team: 'wijkteam-ede-noord',
    lead_name: 'Ilse de Boer',
    jeugdlink_team: 'jeugdlink-foodvalley',
    jeugdlink_teams: ['jeugdlink-foodvalley'],
    gi_organisations: ['William Schrikker Stichting'],
    children: [
      { childId: ids.sanne, birthDate: '2014-05-12' },
      { childId: ids.daan, birthDate: '2019-03-02' },
    ],
    active_placement: {
      placementId: ids.placement,
      status: 'active',
      childIds: [ids.sanne],
      provider: 'Pleegzorg Gelderland',
      startedOn: '2026-11-21',
    },
    last_step_type: 'PlacementStarted',
    revision: 13,
  });
  expect(overview.court_orders.map((o: { kind: string }) => o.kind)).toEqual(['ots', 'machtiging-uithuisplaatsing', 'spoedmachtiging']);

  const { rows: timeline } = await h.pool.query('SELECT * FROM rm_case_timeline WHERE case_id = $1 ORDER BY revision', [ids.case]);
  expect(timeline).toHaveLength(14);
  expect(timeline[0].summary).toBe('Signal from Veilig Thuis about 2 children in Ede: domestic violence, neglect');
  expect(timeline[7]).toMatchObject({
    summary:
      'Jeugdlink jeugdlink-foodvalley joined: members from Veilig Thuis Gelderland-Midden; purpose: Assess whether a protective measure is needed',
    actor_role: 'jeugdlink',
    actor_team: 'jeugdlink-foodvalley',
  });
  expect(timeline[6]).toMatchObject({ reason: 'unsafe despite the safety plan', actor_role: 'wijkteam' });

  const { rows: deadlines } = await h.pool.query(
    "SELECT kind, to_char(due_on, 'YYYY-MM-DD') AS due_on, status, closed_by_event_type FROM rm_deadlines WHERE case_id = $1 ORDER BY due_on, kind",
    [ids.case],
  );
  expect(deadlines).toEqual(
    [
      { kind: 'parents-hearing', due_on: '2026-11-30', status: 'open', closed_by_event_type: null },
      { kind: 'court-order-expiry', due_on: '2026-11-30', status: 'open', closed_by_event_type: null },
      { kind: 'safety-plan-review', due_on: '2026-12-04', status: 'open', closed_by_event_type: null },
      { kind: 'safety-assessment', due_on: '2026-11-09', status: 'met', closed_by_event_type: 'SafetyAssessed' },
      { kind: 'plan-of-action', due_on: '2026-12-21', status: 'open', closed_by_event_type: null },
      { kind: 'machtiging-lapse', due_on: '2027-02-16', status: 'met', closed_by_event_type: 'PlacementStarted' },
      { kind: 'court-order-expiry', due_on: '2027-05-16', status: 'open', closed_by_event_type: null },
      { kind: 'court-order-expiry', due_on: '2027-11-16', status: 'open', closed_by_event_type: null },
    ].sort((a, b) => a.due_on.localeCompare(b.due_on) || a.kind.localeCompare(b.kind)),
  );

  const closing = await record([
    [
      event('PlacementPlanRecorded', { placementId: ids.placement, perspectiveDecisionOn: '2027-05-21', justification: 'Sanne is 12' }),
      caseTeam,
    ],
    [
      event('PlacementEnded', {
        placementId: ids.placement,
        childIds: [ids.sanne],
        endedOn: '2027-01-10',
        reason: 'breakdown',
        explanation: 'Grandmother fell ill',
      }),
      caseTeam,
    ],
  ]);
  await h.caughtUp(closing);
  const { rows: placementDeadlines } = await h.pool.query(
    'SELECT kind, status, closed_by_event_type FROM rm_deadlines WHERE placement_id = $1 ORDER BY kind',
    [ids.placement],
  );
  expect(placementDeadlines).toEqual([
    { kind: 'machtiging-lapse', status: 'met', closed_by_event_type: 'PlacementStarted' },
    { kind: 'perspective-decision', status: 'cancelled', closed_by_event_type: 'PlacementEnded' },
    { kind: 'plan-of-action', status: 'met', closed_by_event_type: 'PlacementPlanRecorded' },
  ]);
});

test('capacity of a gezinshuis from its own events: registered, resized, reserved twice, one place occupied, the other released', async () => {
  const optionId = randomUUID();
  const [first, second] = [randomUUID(), randomUUID()];
  const provider = { id: randomUUID(), role: 'provider' as const, team: 'plaatsing', organisation: 'Gezinshuis De Linde' };
  const send = async (command: PlacementOptionCommand, now = new Date('2026-11-23T10:00:00.000Z')) =>
    (
      await handleOptionCommand(h.store, command, {
        context: { actor: command.actor, correlationId: randomUUID(), causationId: null },
        now,
      })
    ).position!;
  await send({
    type: 'RegisterPlacementOption',
    actor: provider,
    data: {
      optionId,
      kind: 'gezinshuis',
      provider: 'Gezinshuis De Linde',
      municipality: 'Ede',
      region: 'FoodValley',
      location: { lat: 52.04, lon: 5.66 },
      capacity: 3,
      ageRange: { min: 4, max: 17 },
      careIntensities: ['medium', 'intensive'],
      specialisations: ['trauma'],
      maxSiblingGroup: 3,
      networkFamilyId: null,
    },
  });
  await send({ type: 'ChangeCapacity', actor: provider, data: { optionId, capacity: 4, reason: 'the attic is ready' } });
  await send({
    type: 'ReservePlace',
    actor: PROCESS_ACTOR,
    data: { optionId, placementId: first, places: 2, expiresAt: '2026-11-30T12:00:00.000Z', caseId: ids.case },
  });
  await send({
    type: 'ReservePlace',
    actor: PROCESS_ACTOR,
    data: { optionId, placementId: second, places: 1, expiresAt: '2026-12-01T12:00:00.000Z' },
  });
  await send({ type: 'OccupyPlace', actor: PROCESS_ACTOR, data: { optionId, placementId: first } });
  await send({ type: 'PausePlacementOption', actor: provider, data: { optionId, reason: 'holiday' } });
  const position = await send({
    type: 'ReleaseReservation',
    actor: PROCESS_ACTOR,
    data: { optionId, placementId: second, reason: 'reservation expired' },
  });
  await h.caughtUp(position);

  const option = (await loadPlacementOptions(h.pool)).find((o) => o.optionId === optionId);
  expect(option).toEqual({
    optionId,
    kind: 'gezinshuis',
    provider: 'Gezinshuis De Linde',
    municipality: 'Ede',
    municipalityCode: 'GM0228',
    region: 'FoodValley',
    location: { lat: 52.04, lon: 5.66 },
    capacity: 4,
    reserved: 0,
    occupied: 2,
    ageRange: { min: 4, max: 17 },
    careIntensities: ['medium', 'intensive'],
    specialisations: ['trauma'],
    maxSiblingGroup: 3,
    networkFamilyId: undefined,
    status: 'paused',
  });
  const { rows } = await h.pool.query(
    `SELECT case_id, placement_id, status, due_at, closed_by_event_type FROM rm_deadlines WHERE kind = 'reservation-expiry' AND deadline_id LIKE $1 ORDER BY due_on`,
    [`%${optionId}%`],
  );
  expect(rows).toEqual([
    {
      case_id: ids.case,
      placement_id: first,
      status: 'met',
      due_at: new Date('2026-11-30T12:00:00.000Z'),
      closed_by_event_type: 'PlaceOccupied',
    },
    {
      case_id: null,
      placement_id: second,
      status: 'cancelled',
      due_at: new Date('2026-12-01T12:00:00.000Z'),
      closed_by_event_type: 'ReservationReleased',
    },
  ]);
});

test("capacity read model and the option decider agree: the projection folds with the decider's own evolve", async () => {
  const optionId = randomUUID();
  const provider = { id: randomUUID(), role: 'provider' as const, team: 'plaatsing', organisation: 'Pleegzorg Gelderland' };
  const context = { actor: provider, correlationId: randomUUID(), causationId: null };
  const now = new Date('2026-11-23T10:00:00.000Z');
  await handleOptionCommand(
    h.store,
    {
      type: 'RegisterPlacementOption',
      actor: provider,
      data: {
        optionId,
        kind: 'netwerkpleeggezin',
        provider: 'Pleegzorg Gelderland',
        municipality: 'Ede',
        region: 'FoodValley',
        location: { lat: 52.03, lon: 5.65 },
        capacity: 2,
        ageRange: { min: 0, max: 17 },
        careIntensities: ['light', 'medium'],
        specialisations: [],
        maxSiblingGroup: 2,
        networkFamilyId: ids.case,
      },
    },
    { context, now },
  );
  const reserved = await handleOptionCommand(
    h.store,
    {
      type: 'ReservePlace',
      actor: PROCESS_ACTOR,
      data: { optionId, placementId: randomUUID(), places: 2, expiresAt: '2026-11-25T10:00:00.000Z' },
    },
    { context, now },
  );
  await h.caughtUp(reserved.position!);
  const fromProjection = (await loadPlacementOptions(h.pool)).find((o) => o.optionId === optionId);
  expect(fromProjection).toEqual(toMatchingOption((await loadOption(h.store, optionId)).state));
  expect(fromProjection).toMatchObject({ networkFamilyId: ids.case, reserved: 2, occupied: 0 });
});

test('the case overview folds old event shapes through the same upcasters as the API', async () => {
  const caseId = randomUUID();
  const {
    children: [sanne],
    concerns: [concern],
    safetyAssessmentDueOn: _due,
    ...pilot
  } = story.signalRegistered.data;
  const stored = (type: string, data: object, schemaVersion: number) => ({
    id: randomUUID(),
    type,
    data: { ...data },
    metadata: { actor: caseTeam, schemaVersion },
  });
  const { position } = await h.store.appendToStream(
    streamIdForCase(caseId),
    [
      stored('SignalRegistered', { ...pilot, caseId, child: sanne, concern }, 0),
      stored('JeugdlinkRequested', { reason: 'Unsafe despite the safety plan', requestedOn: '2026-11-12' }, 1),
    ],
    { expectedRevision: 'no-stream' },
  );
  await h.caughtUp(position);

  const {
    rows: [overview],
  } = await h.pool.query('SELECT children, jeugdlink_status, state FROM rm_case_overview WHERE case_id = $1', [caseId]);
  expect(overview).toMatchObject({ children: [sanne], jeugdlink_status: 'requested' });
  expect(overview.state).toMatchObject({ signal: { concerns: [concern] }, jeugdlink: [{ status: 'requested', team: null }] });
});

test("when no place fits, the team's decide-by date is on the deadlines list until it withdraws the request or matches again", async () => {
  const [caseId, placementId, secondPlacementId] = [randomUUID(), randomUUID(), randomUUID()];
  const append = async (streamId: string, type: string, data: Record<string, unknown>) =>
    (
      await h.store.appendToStream(
        streamId,
        [{ id: randomUUID(), type, data: data as never, metadata: { actor: PROCESS_ACTOR, schemaVersion: 1 } }],
        {
          expectedRevision: 'any',
        },
      )
    ).position;
  const noPlace = (id: string, teamDecidesBy: string) =>
    append(`placement-${id}`, 'NoSuitablePlacementFound', { placementId: id, caseId, candidatesTried: 3, teamDecidesBy });
  const deadlines = async () =>
    (
      await h.pool.query(
        "SELECT placement_id, to_char(due_on, 'YYYY-MM-DD') AS due_on, status, closed_by_event_type FROM rm_deadlines WHERE case_id = $1 AND kind = 'no-suitable-placement' ORDER BY due_on",
        [caseId],
      )
    ).rows;

  await noPlace(placementId, '2026-11-25');
  await h.caughtUp(await noPlace(secondPlacementId, '2026-11-26'));
  expect(await deadlines()).toEqual([
    { placement_id: placementId, due_on: '2026-11-25', status: 'open', closed_by_event_type: null },
    { placement_id: secondPlacementId, due_on: '2026-11-26', status: 'open', closed_by_event_type: null },
  ]);

  await append(streamIdForCase(caseId), 'PlacementRematchRequested', {
    placementId,
    needs: story.needs,
    reason: 'New places',
    requestedOn: '2026-11-24',
  });
  await h.caughtUp(
    await append(streamIdForCase(caseId), 'PlacementRequestWithdrawn', {
      placementId: secondPlacementId,
      childIds: [ids.daan],
      reason: 'Daan stays with his aunt',
      withdrawnOn: '2026-11-24',
    }),
  );
  expect(await deadlines()).toEqual([
    { placement_id: placementId, due_on: '2026-11-25', status: 'met', closed_by_event_type: 'PlacementRematchRequested' },
    { placement_id: secondPlacementId, due_on: '2026-11-26', status: 'met', closed_by_event_type: 'PlacementRequestWithdrawn' },
  ]);
});
