import { streamIdForCase, type CaseEvent } from '@casus/domain';
import type { LogPosition } from '@casus/event-store';
import { randomUUID } from 'node:crypto';
import { actors, event, ids } from '../../domain/src/case/testing/fixtures';
import * as story from '../../domain/src/case/testing/story';
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database';
import { loadPlacementOptions } from '../src';
import { harness, type Harness } from './support/projection-harness';

let database: TestDatabase;
let h: Harness;

beforeAll(async () => {
  database = await createTestDatabase();
  h = harness(database.url);
  h.start();
});
afterAll(async () => {
  await h.close();
  await database.drop();
});

async function record(steps: readonly [CaseEvent, (typeof actors)[keyof typeof actors], string?][]): Promise<LogPosition> {
  let position: LogPosition | undefined;
  for (const [step, actor, reason] of steps) {
    const result = await h.store.appendToStream(
      streamIdForCase(ids.case),
      [{ id: randomUUID(), type: step.type, data: step.data as never, metadata: { actor, ...(reason ? { reason } : {}), schemaVersion: 1 } }],
      { expectedRevision: 'any' },
    );
    position = result.position;
  }
  return position!;
}

const { caseTeam, jeugdlink, gi } = actors;

test("Sanne and Daan's case: from the signal to Sanne's placement with her grandmother", async () => {
  const spoed = event('CourtOrderRecorded', { ...story.courtOrder('spoedmachtiging', randomUUID(), ids.daan, '2026-11-16', '2026-11-30').data, parentsHearingDueOn: '2026-11-30' });
  const position = await record([
    [story.signalRegistered, caseTeam],
    [event('CaseLeadAssigned', { leadId: ids.lead, name: 'Ilse de Boer', team: 'wijkteam-ede-noord' }), caseTeam],
    ...story.parentsRecorded.map((e) => [e, caseTeam] as [CaseEvent, typeof caseTeam]),
    [story.assessedUnsafe, caseTeam],
    [event('SafetyPlanAgreed', { safetyPlanId: randomUUID(), conditions: ['No violence at home'], reviewOn: '2026-12-04', agreedBy: [ids.mother] }), caseTeam],
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

  const { rows: [overview] } = await h.pool.query('SELECT * FROM rm_case_overview WHERE case_id = $1', [ids.case]);
  expect(overview).toMatchObject({
    status: 'open',
    phase: 'placement',
    municipality: 'Ede',
    team: 'wijkteam-ede-noord',
    lead_name: 'Ilse de Boer',
    jeugdlink_team: 'jeugdlink-foodvalley',
    jeugdlink_teams: ['jeugdlink-foodvalley'],
    gi_organisations: ['William Schrikker Stichting'],
    providers: ['Pleegzorg Gelderland'],
    children: [{ childId: ids.sanne, birthDate: '2014-05-12' }, { childId: ids.daan, birthDate: '2019-03-02' }],
    active_placement: { placementId: ids.placement, status: 'active', childIds: [ids.sanne], provider: 'Pleegzorg Gelderland', startedOn: '2026-11-21' },
    last_step_type: 'PlacementStarted',
    revision: 13,
  });
  expect(overview.court_orders.map((o: { kind: string }) => o.kind)).toEqual(['ots', 'machtiging-uithuisplaatsing', 'spoedmachtiging']);

  const { rows: timeline } = await h.pool.query('SELECT * FROM rm_case_timeline WHERE case_id = $1 ORDER BY revision', [ids.case]);
  expect(timeline).toHaveLength(14);
  expect(timeline[0].summary).toBe('Signal from veilig-thuis about 2 children in Ede: domestic violence, neglect');
  expect(timeline[7]).toMatchObject({
    summary: 'Jeugdlink jeugdlink-foodvalley joined: members from Veilig Thuis Gelderland-Midden; purpose: Assess whether a protective measure is needed',
    actor_role: 'jeugdlink',
    actor_team: 'jeugdlink-foodvalley',
  });
  expect(timeline[6]).toMatchObject({ reason: 'unsafe despite the safety plan', actor_role: 'wijkteam' });

  const { rows: deadlines } = await h.pool.query(
    "SELECT kind, to_char(due_on, 'YYYY-MM-DD') AS due_on, status, closed_by_event_type FROM rm_deadlines WHERE case_id = $1 ORDER BY due_on, kind",
    [ids.case],
  );
  expect(deadlines).toEqual([
    { kind: 'parents-hearing', due_on: '2026-11-30', status: 'open', closed_by_event_type: null },
    { kind: 'court-order-expiry', due_on: '2026-11-30', status: 'open', closed_by_event_type: null },
    { kind: 'safety-plan-review', due_on: '2026-12-04', status: 'open', closed_by_event_type: null },
    { kind: 'safety-assessment', due_on: '2026-11-09', status: 'met', closed_by_event_type: 'SafetyAssessed' },
    { kind: 'plan-of-action', due_on: '2026-12-21', status: 'open', closed_by_event_type: null },
    { kind: 'court-order-expiry', due_on: '2027-05-16', status: 'open', closed_by_event_type: null },
    { kind: 'court-order-expiry', due_on: '2027-11-16', status: 'open', closed_by_event_type: null },
  ].sort((a, b) => a.due_on.localeCompare(b.due_on) || a.kind.localeCompare(b.kind)));

  const closing = await record([
    [event('PlacementPlanRecorded', { placementId: ids.placement, perspectiveDecisionOn: '2027-05-21', justification: 'Sanne is 12' }), caseTeam],
    [event('PlacementEnded', { placementId: ids.placement, childIds: [ids.sanne], endedOn: '2027-01-10', reason: 'breakdown', explanation: 'Grandmother fell ill' }), caseTeam],
  ]);
  await h.caughtUp(closing);
  const { rows: placementDeadlines } = await h.pool.query(
    "SELECT kind, status, closed_by_event_type FROM rm_deadlines WHERE placement_id = $1 ORDER BY kind",
    [ids.placement],
  );
  expect(placementDeadlines).toEqual([
    { kind: 'perspective-decision', status: 'cancelled', closed_by_event_type: 'PlacementEnded' },
    { kind: 'plan-of-action', status: 'met', closed_by_event_type: 'PlacementPlanRecorded' },
  ]);
});

test('capacity of a gezinshuis: registered, one place reserved, one occupied, the reservation released', async () => {
  const optionId = randomUUID();
  const stream = `placement-option-${optionId}`;
  const append = async (type: string, data: Record<string, unknown>) =>
    (await h.store.appendToStream(stream, [{ id: randomUUID(), type, data, metadata: {} }], { expectedRevision: 'any' })).position;
  await append('PlacementOptionRegistered', {
    kind: 'gezinshuis', provider: 'Gezinshuis De Linde', municipality: 'Ede', region: 'FoodValley', location: { lat: 52.04, lon: 5.66 },
    capacity: 4, ageRange: { min: 4, max: 17 }, careIntensities: ['medium', 'intensive'], specialisations: ['trauma'], maxSiblingGroup: 3,
  });
  const [first, second] = [randomUUID(), randomUUID()];
  await append('PlaceReserved', { placementId: first, places: 2, expiresAt: '2026-11-30T12:00:00.000Z' });
  await append('PlaceReserved', { placementId: second, expiresAt: '2026-12-01T12:00:00.000Z' });
  await append('PlaceOccupied', { placementId: first, places: 2 });
  const position = await append('ReservationReleased', { placementId: second });
  await h.caughtUp(position);

  const option = (await loadPlacementOptions(h.pool)).find((o) => o.optionId === optionId);
  expect(option).toMatchObject({ kind: 'gezinshuis', capacity: 4, reserved: 0, occupied: 2, ageRange: { min: 4, max: 17 }, location: { lat: 52.04, lon: 5.66 }, status: 'active' });
  const { rows } = await h.pool.query('SELECT status, closed_by_event_type FROM rm_deadlines WHERE kind = $1 AND deadline_id LIKE $2 ORDER BY due_on', ['reservation-expiry', `%${optionId}%`]);
  expect(rows).toEqual([
    { status: 'open', closed_by_event_type: null },
    { status: 'cancelled', closed_by_event_type: 'ReservationReleased' },
  ]);
});
