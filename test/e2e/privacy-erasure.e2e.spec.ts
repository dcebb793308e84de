import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { bestandspleeggezinAt } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { runCasus } from './support/casus-cli';
import { eventually } from './support/eventually';
import { family, id, people, type Actor } from './support/people';
import { walkToPlacementRequest } from './support/walk-to-placement-request';
import { everyoneHeardOnThePlace } from './support/heard-on-the-place';
import { providerAccepts } from './support/provider-accepts';
import { scratchDir } from '../setup/scratch';

const mother = {
  familyMemberId: family.mother,
  name: 'Fatima de Vries',
  relation: 'parent',
  parentalAuthorityOver: [family.sanne, family.daan],
  contact: { phone: '06-55501234', address: 'Molenstraat 7, 6711 AB Ede' },
};
const motherSays = 'Wij zijn er klaar voor, het gaat echt beter thuis';
const sanneSays = 'Ik wil graag naar huis';
const PLAINTEXT = /Fatima|55501234|Molenstraat|klaar voor|graag naar huis/;

/**
 * The "done when": a parent's name, contact details and own words are readable in every view
 * until she is erased (`casus erase`), and `[erased]` in every view and export after it, while the
 * hash chain still verifies, online and offline.
 */
describe('erasing a parent’s personal data (crypto-shredding)', () => {
  let casus: CasusApi;
  let pool: Pool;
  const logLines: string[] = [];
  const cliOutput: string[] = [];
  const dir = scratchDir('casus-erasure-');
  const caseId = id(600);
  const placementId = id(641);
  const decisionId = id(681);

  const { step } = caseSteps(() => casus, caseId);
  const get = async (path: string, actor: Actor = people.ilse) => {
    const response = await casus.get(actor, `/cases/${caseId}${path}`);
    expect({ path, status: response.status }).toEqual({ path, status: 200 });
    return response.body;
  };
  const casusCli = async (...args: string[]) => {
    const result = await runCasus({ DATABASE_URL: casus.databaseUrl, CASUS_USER: 'admin-jan', CASUS_DATA_DIR: dir }, ...args);
    cliOutput.push(result.stdout, result.stderr);
    return result;
  };
  const erase = (personId: string) =>
    casusCli(
      'erase',
      '--person',
      personId,
      '--reason',
      'Verzoek tot verwijdering (AVG art. 17), dossier gesloten',
      '--authorised-by',
      'Ilse Kok',
    );

  /** Every place a professional or auditor sees the case, as one text. */
  const everyView = async () => {
    const history = await get('/history?limit=1000');
    const decision = history.items.find((item: { type: string }) => item.type === 'ReturnDecisionRecorded');
    const views = {
      case: await get(''),
      state: await get('/state'),
      asOf: await get(`/state?asOf=${encodeURIComponent(new Date().toISOString())}`),
      history,
      context: await get(`/decisions/${decision.eventId}/context`),
      timeline: await get('/timeline', people.lotte),
      replay: (await casusCli('replay', '--case', caseId)).stdout,
      exported: (await get('/export')).events.map((event: { readableData: unknown }) => event.readableData),
    };
    return Object.fromEntries(Object.entries(views).map(([name, view]) => [name, typeof view === 'string' ? view : JSON.stringify(view)]));
  };

  beforeAll(async () => {
    casus = await startCasusApi({ logLevel: 'trace', logDestination: { write: (line) => void logLines.push(line) } });
    pool = new Pool({ connectionString: casus.databaseUrl, max: 1 });
    expect(
      (
        await casus
          .http()
          .post('/placement-options')
          .set(await casus.as(people.priya))
          .send(bestandspleeggezinAt(id(651), 4))
      ).status,
    ).toBe(201);
    await walkToPlacementRequest(casus, caseId, { placementId, otsId: id(661), machtigingId: id(662), mother });
    await eventually(
      async () => (await casus.get(people.gijs, `/placements/${placementId}`)).body.reservation ?? undefined,
      'a reserved place',
    );
    await providerAccepts(casus, placementId);
    await everyoneHeardOnThePlace(casus, caseId, placementId, people.gijs, { [family.mother]: motherSays, [family.sanne]: sanneSays });
    await step(people.gijs, 'decide-placement', {
      placementId,
      reasons: 'A foster family near school that knows trauma care',
      viewsHeard: [{ participant: 'Sanne', view: 'I want to keep going to my own school' }],
      behaviouralScientistConsent: { name: 'Dr. Y. Peters', consentedOn: '2026-11-23' },
    });
    await eventually(async () => ((await get('')).case.placements[0].status === 'active' ? true : undefined), 'the placement to start');
    await step(people.gijs, 'record-return-decision', {
      placementId,
      decisionId,
      decidedOn: '2026-11-23',
      outcome: { kind: 'not-yet', reviewOn: '2027-02-01' },
      views: [
        { participant: 'child', childId: family.sanne, heard: true, statement: sanneSays, prefers: 'return-home' },
        { participant: 'parent', familyMemberId: family.mother, statement: motherSays, prefers: 'return-home' },
        {
          participant: 'gi',
          name: people.gijs.name,
          organisation: people.gijs.organisation,
          statement: 'Nog niet: eerst drie maanden rust',
          prefers: 'not-yet',
        },
      ],
      rationale: 'The conditions are not yet met',
    });
  });

  afterAll(async () => {
    await pool?.end();
    await casus?.close();
  });

  it('stores no name, contact detail or statement of the family in the events table', async () => {
    const { rows } = await pool.query<{ data: string }>('SELECT data::text FROM events');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.map((row) => row.data).join('\n')).not.toMatch(PLAINTEXT);
    // What the professionals said is sealed too, under the case's own key: it goes only with the whole file.
    expect(rows.map((row) => row.data).join('\n')).not.toContain('Nog niet: eerst drie maanden rust');
  });

  it('shows them in every view before the erasure', async () => {
    const views = await everyView();
    for (const name of ['case', 'state', 'asOf', 'history', 'replay', 'exported'])
      expect({ name, view: views[name] }).toEqual({ name, view: expect.stringContaining('Fatima de Vries') });
    for (const name of ['history', 'context', 'exported'])
      expect({ name, view: views[name] }).toEqual({ name, view: expect.stringContaining(motherSays) });
    expect(views.case).toContain('Molenstraat 7');
    expect(views.timeline).toContain('Gezinslid vastgelegd: ouder, met gezag');
    expect(views.timeline).not.toMatch(PLAINTEXT);
  });

  it('erases her: [erased] in every view and export, the reason on the case, every hash intact', async () => {
    const { rows: keysBefore } = await pool.query<{ key: Buffer }>('SELECT key FROM person_keys WHERE person_id = $1', [family.mother]);
    const key = keysBefore[0].key;
    expect(key).toHaveLength(32);
    const headBefore = (await get('/integrity')).head;

    const erased = await erase(family.mother);
    expect(erased).toMatchObject({ code: 0, stdout: expect.stringContaining(`erased the personal data of person ${family.mother}`) });

    const views = await eventually(async () => {
      const seen = await everyView();
      return seen.timeline.includes('Persoonsgegevens van een gezinslid gewist') ? seen : undefined;
    }, 'the erasure on the timeline');
    for (const [name, view] of Object.entries(views)) {
      expect({ name, view }).toEqual({ name, view: expect.not.stringMatching(/Fatima|55501234|Molenstraat|klaar voor/) });
    }
    for (const name of ['case', 'state', 'asOf', 'history', 'replay', 'exported'])
      expect({ name, view: views[name] }).toEqual({ name, view: expect.stringContaining('[erased]') });
    expect(JSON.parse(views.context).decision.data.views[1]).toMatchObject({
      participant: 'parent',
      familyMemberId: family.mother,
      statement: '[erased]',
    });
    const { placements } = JSON.parse(views.case).case;
    const mothersOnPlace = { participant: 'parent', familyMemberId: family.mother, statement: '[erased]' };
    expect(placements[0].views.map((heard: { view: object }) => heard.view)).toContainEqual(mothersOnPlace);
    expect(placements[0].decision.views).toContainEqual(mothersOnPlace);
    // Sanne's own words are hers: they stay until she is erased herself; the GI's stay with the case.
    expect(views.context).toContain(sanneSays);
    expect(views.context).toContain('Nog niet: eerst drie maanden rust');
    expect(JSON.parse(views.case).case.familyMembers[0]).toMatchObject({
      familyMemberId: family.mother,
      name: '[erased]',
      contact: '[erased]',
      relation: 'parent',
    });

    // The case overview keeps the folded case state: the erasure reaches it too, so no copy outlives the key.
    const overview = await eventually(async () => {
      const { rows } = await pool.query<{ state: string }>('SELECT state::text FROM rm_case_overview WHERE case_id = $1', [caseId]);
      return rows[0]?.state.includes('[erased]') ? rows[0].state : undefined;
    }, 'the erasure in the case overview');
    expect(overview).not.toMatch(/Fatima|55501234|Molenstraat|klaar voor/);

    const history = JSON.parse(views.history);
    expect(history.items.at(-1)).toMatchObject({
      type: 'PersonalDataErased',
      reason: 'Verzoek tot verwijdering (AVG art. 17), dossier gesloten',
      actor: { id: 'admin-jan', role: 'administrator' },
      data: { personId: family.mother, authorisedBy: 'Ilse Kok' },
    });

    const integrity = await get('/integrity');
    expect(integrity).toMatchObject({ intact: true, firstBreak: null, head: { revision: headBefore.revision + 1 } });
    expect(history.items.find((item: { revision: number }) => item.revision === headBefore.revision).hash).toBe(headBefore.hash);

    const file = join(dir, 'export.json');
    expect((await casusCli('export', '--case', caseId, '--out', file)).code).toBe(0);
    const exported = readFileSync(file, 'utf8');
    expect(exported).not.toMatch(/Fatima|55501234|Molenstraat|klaar voor/);
    expect(exported).toContain('[erased]');
    expect(await casusCli('verify', '--file', file)).toMatchObject({ code: 0, stdout: expect.stringContaining('chain intact') });
    expect(await casusCli('verify', '--case', caseId)).toMatchObject({ code: 0, stdout: expect.stringContaining('every chain intact') });

    const { rows: keysAfter } = await pool.query('SELECT key, erased_by, erasure_reason FROM person_keys WHERE person_id = $1', [
      family.mother,
    ]);
    expect(keysAfter[0]).toEqual({
      key: null,
      erased_by: 'admin-jan',
      erasure_reason: 'Verzoek tot verwijdering (AVG art. 17), dossier gesloten',
    });
    const everything = [...logLines, ...cliOutput].join('\n');
    expect(everything).not.toContain(key.toString('base64'));
    expect(everything).not.toContain(key.toString('hex'));
  });

  // A family member is recorded once; the store's own refusal of an erased person's new data is proven in libs/privacy.
  it('refuses to record the erased parent again and writes nothing', async () => {
    const revision = await casus.revisionOf(caseId);
    const response = await casus
      .http()
      .post(`/cases/${caseId}/record-family-member`)
      .set(await casus.as(people.lotte))
      .send(mother);
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ code: 'FAMILY_MEMBER.ALREADY_RECORDED' });
    expect(await casus.revisionOf(caseId)).toBe(revision);
  });

  it('erases once: again is "already erased" and exits 0; an unknown person exits non-zero', async () => {
    const revision = await casus.revisionOf(caseId);
    expect(await erase(family.mother)).toMatchObject({ code: 0, stdout: expect.stringContaining('already erased') });
    expect(await casus.revisionOf(caseId)).toBe(revision);
    const unknown = await erase(id(699));
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain(`no personal data of person ${id(699)} is held`);
  });

  it('rebuilds every read model from the log after the erasure (casus projections rebuild): the same case overview, still without her data', async () => {
    const overview = async () =>
      (await pool.query<{ state: string }>('SELECT state::text FROM rm_case_overview WHERE case_id = $1', [caseId])).rows[0].state;
    const live = await overview();
    const rebuilt = await casusCli('projections', 'rebuild');
    expect(rebuilt).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('rebuilt case-overview, case-timeline, deadlines, family-links, placement-capacity'),
    });
    expect(JSON.parse(await overview())).toEqual(JSON.parse(live));
    expect(await overview()).not.toMatch(/Fatima|55501234|Molenstraat|klaar voor/);
  });
});
