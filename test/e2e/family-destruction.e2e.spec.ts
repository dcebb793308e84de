import { Pool } from 'pg';
import { courtOrder, mother } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { eventually } from './support/eventually';
import { family, familyAccounts, id, people, type Actor } from './support/people';

// The mother's name and phone, her own words, and what the professionals wrote about the family.
const PLAINTEXT = /Fatima|12345678|opnieuw beginnen|fight at home/;

/**
 * Issue 18: a request to destroy the file, decided to destroy, is carried out as the end of its term is (issue 16):
 * the decision and `CaseFileDestroyed` (ground `family-request`) on the case, every key of the file deleted, the read
 * models purged, the chain still verifying. A court order in force is a legal duty to keep the file.
 */
describe('destroying the file on a family member’s request', () => {
  let casus: CasusApi;
  let pool: Pool;
  const caseId = id(1960);
  const underOrder = id(1970);
  const request = { requestId: id(1961), reason: 'Ik wil opnieuw beginnen' };
  const destroy = { requestId: request.requestId, decision: 'destroy', reason: 'No one else’s interest weighs heavier' };
  const { open, step, refused, read } = caseSteps(() => casus, caseId);

  const ask = async (actor: Actor, onCase: string, body: object) =>
    casus
      .http()
      .post(`/my-file/${onCase}/destruction-requests`)
      .set(await casus.as(actor))
      .send(body);
  const caseRead = (onCase: string, path: string) => casus.get(people.ilse, `/cases/${onCase}${path}`);

  beforeAll(async () => {
    casus = await startCasusApi();
    pool = new Pool({ connectionString: casus.databaseUrl, max: 2 });
    await open();
    await step(people.lotte, 'record-family-member', mother);
    await step(people.lotte, 'link-family-account', { personId: family.mother, accountId: familyAccounts.mother.id });
    expect((await ask(familyAccounts.mother, caseId, request)).status).toBe(201);
    await step(people.lotte, 'close', { reason: 'Help ended; the family asks for the file to go' });
  });
  afterAll(async () => {
    await pool?.end();
    await casus?.close();
  });

  it('is asked and decided on a closed case: the family’s rights outlive the care', async () => {
    const { case: state } = await read(people.lotte, `/cases/${caseId}`);
    expect(state).toMatchObject({
      status: 'closed',
      familyVoice: { destructionRequests: [{ requestId: request.requestId, decision: null }] },
    });
    expect(JSON.stringify((await caseRead(caseId, '/state')).body)).toMatch(PLAINTEXT);
  });

  it('is refused to a professional of another team (no case) and to an auditor (reads only): nothing written, no key deleted', async () => {
    await refused(people.pieter, 'decide-destruction', destroy, 404, 'CASE.NOT_FOUND');
    await refused(people.ilse, 'decide-destruction', destroy, 403, 'ACCESS.READ_ONLY_ROLE');
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM person_keys WHERE key IS NULL');
    expect(rows[0].n).toBe(0);
  });

  it('destroys the file: the decision and the destruction on the case, its personal data [erased], its read models purged', async () => {
    await refused(people.lotte, 'decide-destruction', { ...destroy, expectedRevision: 2 }, 409, 'CASE.REVISION_CONFLICT');
    await step(people.lotte, 'decide-destruction', destroy);
    const [decided, destroyed] = (await casus.eventsOf(caseId)).slice(-2);
    expect(decided).toMatchObject({
      type: 'DestructionRequestDecided',
      data: { requestId: request.requestId, decision: 'destroy', exception: null },
      metadata: { actor: { id: people.lotte.id, role: 'wijkteam' }, command: 'DecideDestruction' },
    });
    expect(destroyed).toMatchObject({
      type: 'CaseFileDestroyed',
      data: { ground: { kind: 'family-request', requestId: request.requestId, personId: family.mother, requestedOn: '2026-11-23' } },
    });
    const history = await caseRead(caseId, '/history?limit=100');
    expect(JSON.stringify(history.body)).not.toMatch(PLAINTEXT);
    expect(JSON.stringify(history.body)).toContain('[erased]');
    // Each projection forgets the case on its own worker: wait for every one of them, not only the timeline.
    for (const table of ['rm_case_timeline', 'rm_case_overview', 'rm_deadlines', 'rm_family_link'])
      await eventually(
        async () => ((await pool.query(`SELECT 1 FROM ${table} WHERE case_id = $1`, [caseId])).rowCount === 0 ? true : undefined),
        `${table} to forget the destroyed case`,
      );
  });

  it('keeps the chain: the integrity check passes after the destruction', async () => {
    expect((await caseRead(caseId, '/integrity')).body).toMatchObject({ intact: true, firstBreak: null });
  });

  it('destroys once: the same decision again writes nothing; an outsider asking again still meets no case', async () => {
    const before = await casus.revisionOf(caseId);
    const again = await casus
      .http()
      .post(`/cases/${caseId}/decide-destruction`)
      .set(await casus.as(people.lotte))
      .send(destroy);
    expect(again.status).toBe(200);
    expect(await casus.revisionOf(caseId)).toBe(before);
    await refused(people.pieter, 'decide-destruction', destroy, 404, 'CASE.NOT_FOUND');
    await refused(people.lotte, 'handle-complaint', { complaintId: id(1969), outcome: 'upheld', reason: 'r' }, 422, 'CASE.DESTROYED');
  });

  it('is refused while a person of the file is also in a file another team keeps, naming neither that file nor its team', async () => {
    const [shared, theirs] = [id(1980), id(1981)];
    const mine = caseSteps(() => casus, shared);
    const other = caseSteps(() => casus, theirs);
    await other.open(theirs, {}, people.pieter);
    await other.step(people.pieter, 'record-family-member', { ...mother, familyMemberId: id(1982) });
    await mine.open();
    await mine.step(people.lotte, 'record-family-member', { ...mother, familyMemberId: id(1982) });
    await mine.step(people.lotte, 'link-family-account', { personId: id(1982), accountId: familyAccounts.father.id });
    expect((await ask(familyAccounts.father, shared, { requestId: id(1983) })).status).toBe(201);
    await mine.step(people.lotte, 'close', { reason: 'Help ended' });
    const response = await mine.refused(
      people.lotte,
      'decide-destruction',
      { ...destroy, requestId: id(1983) },
      409,
      'RETENTION.PERSON_IN_KEPT_FILE',
    );
    expect(JSON.stringify(response.body)).not.toMatch(new RegExp(`${theirs}|${people.pieter.team}|case-`));
    expect(
      (await pool.query('SELECT count(*)::int AS n FROM person_keys WHERE key IS NULL AND stream_id = $1', [`case-${shared}`])).rows[0].n,
    ).toBe(0);
  });

  it('keeps the file while a court order is in force: a legal duty, refused with it', async () => {
    const other = caseSteps(() => casus, underOrder);
    await other.open();
    await other.step(people.lotte, 'link-family-account', { personId: family.sanne, accountId: familyAccounts.sanne.id });
    await other.step(people.lotte, 'record-court-order', courtOrder(id(1971), 'ots', '2027-11-19'));
    expect((await ask(familyAccounts.sanne, underOrder, request)).status).toBe(201);
    await other.step(people.lotte, 'close', { reason: 'Help by the GI goes on elsewhere' });
    await other.refused(people.lotte, 'decide-destruction', destroy, 422, 'FAMILY.DESTRUCTION_LEGAL_DUTY');
    await other.refused(people.gijs, 'decide-destruction', destroy, 403, 'ACCESS.STEP_NOT_FOR_ROLE');
    expect(
      (await pool.query('SELECT count(*)::int AS n FROM person_keys WHERE stream_id = $1 AND key IS NULL', [`case-${underOrder}`])).rows[0]
        .n,
    ).toBe(0);
    await other.step(people.lotte, 'decide-destruction', {
      ...destroy,
      decision: 'refuse',
      exception: 'legal-duty',
      reason: 'The OTS runs until 19 November 2027',
    });
    expect((await casus.eventsOf(underOrder)).at(-1)).toMatchObject({
      type: 'DestructionRequestDecided',
      data: { exception: 'legal-duty' },
    });
  });
});
