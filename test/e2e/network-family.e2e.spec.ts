import { Pool } from 'pg';
import { runCasus } from './support/casus-cli';
import { bestandspleeggezinAt } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { eventually } from './support/eventually';
import { everyoneHeardOnThePlace } from './support/heard-on-the-place';
import { family, id, people, type Actor } from './support/people';
import { providerAccepts } from './support/provider-accepts';
import { stepsToPlacementRequest } from './support/walk-to-placement-request';
import { placementRequest } from './support/case-story';
import { scratchDir } from '../setup/scratch';

const pleegzorgUtrecht: Actor = {
  id: id(111),
  role: 'provider',
  team: 'plaatsing',
  organisation: 'Pleegzorg Utrecht',
  name: 'Mirjam Smit',
};
const parent: Actor = { id: id(122), role: 'family', team: 'family', organisation: 'family', name: 'Fatima de Vries' };
// Where the grandmother lives: personal data, so these figures must never be stored in the clear.
const GRANDMOTHERS_HOME = { lat: 52.0917, lon: 5.1214 };

type Process = { reservation: { optionId: string } | null; placeTaken: boolean; proposal: { ranked: { optionId: string }[] } | null };

/**
 * Issue 15: Sanne's grandmother in Utrecht is proposed from Sanne's own network before any provider knows her.
 * Matching ranks her first (netwerk before bestand), Pleegzorg Utrecht screens her and accepts, Sanne and her
 * mother are heard on the place, and the GI decides it: the place is reserved and taken like any other.
 */
describe("a netwerkpleeggezin proposed from the child's own network, over HTTP", () => {
  let casus: CasusApi;
  let pool: Pool;
  const caseId = id(2700);
  const placementId = id(2741);
  const [grandmother, grandmothersPlace, fosterFamily] = [id(2751), id(2752), id(2753)];
  const { open, step, refused, read } = caseSteps(() => casus, caseId);
  const proposal = {
    optionId: grandmothersPlace,
    familyMemberId: grandmother,
    provider: 'Pleegzorg Utrecht',
    capacity: 1,
    careIntensities: ['light', 'medium'],
    area: { municipality: 'Utrecht', region: 'Utrecht', location: GRANDMOTHERS_HOME },
  };
  const processUntil = (what: string, ok: (p: Process) => boolean) =>
    eventually(async () => {
      const response = await casus.get(people.gijs, `/placements/${placementId}`);
      return response.status === 200 && ok(response.body) ? (response.body as Process) : undefined;
    }, what);

  beforeAll(async () => {
    casus = await startCasusApi();
    pool = new Pool({ connectionString: casus.databaseUrl, max: 1 });
    const registered = await casus
      .http()
      .post('/placement-options')
      .set(await casus.as(people.priya))
      .send(bestandspleeggezinAt(fosterFamily));
    expect(registered.status).toBe(201);
    await open();
    const walk = stepsToPlacementRequest({ placementId, otsId: id(2761), machtigingId: id(2762) });
    for (const [actor, path, body] of walk.slice(0, -1)) await step(actor, path, body);
    await step(people.lotte, 'record-family-member', {
      familyMemberId: grandmother,
      name: 'Ans de Vries',
      relation: 'grandparent',
      parentalAuthorityOver: [],
      contact: { phone: '06-87654321' },
    });
  });

  afterAll(async () => {
    await pool?.end();
    await casus?.close();
  });

  it('refuses the proposal to an outsider team, an auditor, a provider and a family member, and for a parent, writing nothing', async () => {
    await refused(people.pieter, 'propose-network-family', proposal, 404, 'CASE.NOT_FOUND');
    await refused(people.ilse, 'propose-network-family', proposal, 403, 'ACCESS.READ_ONLY_ROLE');
    await refused(people.priya, 'propose-network-family', proposal, 404, 'CASE.NOT_FOUND');
    await refused(parent, 'propose-network-family', proposal, 404, 'CASE.NOT_FOUND');
    await refused(
      people.gijs,
      'propose-network-family',
      { ...proposal, familyMemberId: family.mother },
      422,
      'PLACEMENT.PARENT_NOT_NETWORK_FAMILY',
    );
    await refused(people.gijs, 'propose-network-family', { ...proposal, capacity: 0 }, 400, 'REQUEST.INVALID');
  });

  it('lets the GI propose the grandmother, with where she lives sealed in the log', async () => {
    const proposed = await step(people.gijs, 'propose-network-family', proposal);
    await refused(people.gijs, 'propose-network-family', proposal, 409, 'PLACEMENT.NETWORK_FAMILY_ALREADY_PROPOSED');
    const { case: seen } = await read(people.gijs, `/cases/${caseId}`);
    expect(seen.networkFamilies).toEqual([
      expect.objectContaining({ optionId: grandmothersPlace, area: expect.objectContaining({ municipalityCode: 'GM0344' }) }),
    ]);
    const stored = (await casus.eventsOf(caseId)).find((event) => event.type === 'NetworkFamilyProposed')!;
    expect(stored.data.area).toEqual({ $personal: expect.objectContaining({ person: grandmother }) });
    const timeline = await read(people.lotte, `/cases/${caseId}/timeline?minPosition=${proposed.position}`);
    expect(JSON.stringify(timeline)).toContain('te screenen door Pleegzorg Utrecht');
  });

  it('ranks her first, reserves her place, and keeps it off the providers’ list of places', async () => {
    await step(people.gijs, 'request-placement', placementRequest(placementId));
    const process = await processUntil('a reserved place', (p) => p.reservation !== null);
    expect(process.proposal!.ranked.map((r) => r.optionId)).toEqual([grandmothersPlace, fosterFamily]);
    expect(process.reservation!.optionId).toBe(grandmothersPlace);
    const listed = await read(people.priya, '/placement-options');
    expect(listed.items.map((item: { optionId: string }) => item.optionId)).toEqual([fosterFamily]);
  });

  it('is accepted by the pleegzorgaanbieder that screens her only, heard on by Sanne and her mother, and decided by the GI', async () => {
    const byOther = await casus
      .http()
      .post(`/placements/${placementId}/accept`)
      .set(await casus.as(people.priya));
    expect({ status: byOther.status, code: byOther.body.code }).toEqual({ status: 403, code: 'PLACEMENT_PROCESS.NOT_ALLOWED' });
    await providerAccepts(casus, placementId, pleegzorgUtrecht);
    await everyoneHeardOnThePlace(casus, caseId, placementId, people.gijs, { [family.sanne]: 'Oma has a room for me' });
    await step(people.gijs, 'decide-placement', {
      placementId,
      reasons: "Sanne's grandmother: her own network, screened and accepted by Pleegzorg Utrecht",
      behaviouralScientistConsent: { name: 'Dr. Y. Peters', consentedOn: '2026-11-23' },
    });
    await processUntil('the place taken', (p) => p.placeTaken);
    // The process starts the placement on the case after it has taken the place.
    const seen = await eventually(async () => {
      const { case: state } = await read(people.gijs, `/cases/${caseId}`);
      return state.placements[0].status === 'active' ? state : undefined;
    }, 'the placement started on the case');
    expect(seen.placements[0]).toMatchObject({
      status: 'active',
      decision: { optionId: grandmothersPlace, provider: 'Pleegzorg Utrecht' },
    });
  });

  it('never stores where she lives in the clear, on the case or on the place opened for her', async () => {
    const { rows } = await pool.query<{ data: string }>('SELECT data::text FROM events');
    const log = rows.map((row) => row.data).join('\n');
    expect(log).toContain(grandmothersPlace);
    expect(log).not.toContain(String(GRANDMOTHERS_HOME.lat));
    expect(log).not.toContain('GM0344');
    const { rows: capacity } = await pool.query('SELECT option_id FROM rm_placement_capacity');
    expect(capacity.map((row) => row.option_id)).toEqual([fosterFamily]);
    // Her distances to the parents' home and the school would place her home too: sealed on the proposal.
    const { rows: proposals } = await pool.query<{ data: { ranked: { optionId: string; criteria: unknown }[] } }>(
      `SELECT data FROM events WHERE event_type = 'PlacementCandidatesProposed' AND stream_id = $1`,
      [`placement-${placementId}`],
    );
    const ranked = proposals[0].data.ranked;
    expect(ranked.find((r) => r.optionId === grandmothersPlace)?.criteria).toEqual({
      $personal: expect.objectContaining({ person: grandmother }),
    });
    expect(ranked.find((r) => r.optionId === fosterFamily)?.criteria).toEqual(expect.any(Array));
  });

  it('loses where she lives with her erasure, on the case and on her place, while the placement stays on record', async () => {
    const erased = await runCasus(
      { DATABASE_URL: casus.databaseUrl, CASUS_USER: 'admin-jan', CASUS_DATA_DIR: scratchDir('casus-network-') },
      ...['erase', '--person', grandmother, '--reason', 'Verzoek tot verwijdering (AVG art. 17)', '--authorised-by', 'Ilse Kok'],
    );
    expect(erased.code).toBe(0);
    const { case: seen } = await read(people.gijs, `/cases/${caseId}`);
    expect(seen.networkFamilies[0].area).toBe('[erased]');
    const { proposal } = await read(people.gijs, `/placements/${placementId}`);
    const criteriaOf = (optionId: string) => proposal.ranked.find((r: { optionId: string }) => r.optionId === optionId).criteria;
    expect(criteriaOf(grandmothersPlace)).toBe('[erased]');
    expect(criteriaOf(fosterFamily)).toEqual(expect.arrayContaining([expect.objectContaining({ criterion: 'family-form' })]));
    expect(seen.placements[0]).toMatchObject({ status: 'active', decision: { optionId: grandmothersPlace } });
  });
});
