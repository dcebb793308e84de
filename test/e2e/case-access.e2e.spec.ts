import { courtOrder, jeugdlinkJoin, jeugdlinkRequest, lead, signal, unsafeAssessment } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { id, people, type Actor } from './support/people';

/** Who may write and read a case (DOMAIN.md roles); every refusal leaves the stream as it was. */
describe('who may act on a case', () => {
  let casus: CasusApi;
  const caseId = id(2);

  const { open, step, refused } = caseSteps(() => casus, caseId);
  const read = async (actor: Actor) =>
    casus
      .http()
      .get(`/cases/${caseId}`)
      .set(await casus.as(actor));

  beforeAll(async () => {
    casus = await startCasusApi();
    await open();
    await step(people.lotte, 'assign-case-lead', lead);
  });
  afterAll(() => casus.close());

  it('refuses an auditor every write and writes nothing', async () => {
    await refused(people.ilse, 'record-safety-assessment', unsafeAssessment, 403, 'ACCESS.READ_ONLY_ROLE');
    const register = await casus
      .http()
      .post('/cases')
      .set(await casus.as(people.ilse))
      .send(signal(id(3)));
    expect(register.status).toBe(403);
    expect(await casus.revisionOf(id(3))).toBe(-1);
  });

  it('lets an auditor read the case', async () => {
    expect((await read(people.ilse)).status).toBe(200);
  });

  it('refuses a provider and another municipality’s wijkteam as if there were no case', async () => {
    await refused(people.priya, 'record-safety-assessment', unsafeAssessment, 404, 'CASE.NOT_FOUND');
    await refused(people.pieter, 'record-safety-assessment', unsafeAssessment, 404, 'CASE.NOT_FOUND');
    expect((await read(people.pieter)).status).toBe(404);
  });

  it('keeps a Jeugdlink member out before the team joined', async () => {
    await refused(people.anouk, 'record-safety-assessment', unsafeAssessment, 404, 'CASE.NOT_FOUND');
    expect((await read(people.anouk)).status).toBe(404);
    await refused(people.anouk, 'join-jeugdlink', jeugdlinkJoin, 404, 'CASE.NOT_FOUND');
  });

  it('lets the Jeugdlink team work alongside the case team once it joined', async () => {
    await step(people.lotte, 'request-jeugdlink', jeugdlinkRequest);
    await step(people.anouk, 'join-jeugdlink', jeugdlinkJoin);
    expect((await read(people.anouk)).status).toBe(200);
    await step(people.anouk, 'record-safety-assessment', unsafeAssessment);
    // alongside, not instead of: the lead's steps stay with the case team
    await refused(people.anouk, 'assign-case-lead', lead, 403, 'ACCESS.STEP_NOT_FOR_ROLE');
    // only the team that joined
    await refused(
      people.ruben,
      'record-family-member',
      { familyMemberId: id(29), name: 'X', relation: 'other', parentalAuthorityOver: [], contact: {} },
      404,
      'CASE.NOT_FOUND',
    );
    expect((await read(people.ruben)).status).toBe(404);
  });

  it('takes write access away from the Jeugdlink team when its involvement ends', async () => {
    await step(people.anouk, 'end-jeugdlink-involvement', { reason: 'OTS issued; the GI takes over' });
    await refused(people.anouk, 'request-jeugdlink', jeugdlinkRequest, 403, 'ACCESS.STEP_NOT_FOR_ROLE');
    await refused(
      people.anouk,
      'record-family-member',
      { familyMemberId: id(29), name: 'X', relation: 'other', parentalAuthorityOver: [], contact: {} },
      403,
      'ACCESS.JEUGDLINK_NOT_JOINED',
    );
  });

  it('lets the case team charge a GI with a court order; the GI then records no court order and takes no other step', async () => {
    await step(people.lotte, 'record-court-order', courtOrder(id(61), 'ots', '2027-11-19'));
    expect((await read(people.gijs)).status).toBe(200);
    await refused(people.gijs, 'record-court-order', courtOrder(id(62), 'ots', '2027-11-19'), 403, 'ACCESS.STEP_NOT_FOR_ROLE');
    await refused(people.gijs, 'close', { reason: 'done' }, 403, 'ACCESS.STEP_NOT_FOR_ROLE');
  });

  it('refuses a court order beyond its legal maximum with the rule’s code (422)', async () => {
    const response = await refused(
      people.lotte,
      'record-court-order',
      courtOrder(id(63), 'voorlopige-ots', '2027-11-19'),
      422,
      'COURT_ORDER.EXCEEDS_LEGAL_MAXIMUM',
    );
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('answers 404 for a case that does not exist, and writes nothing', async () => {
    const unknown = id(999);
    const step = await casus
      .http()
      .post(`/cases/${unknown}/assign-case-lead`)
      .set(await casus.as(people.lotte))
      .send(lead);
    expect({ status: step.status, code: step.body.code }).toEqual({ status: 404, code: 'CASE.NOT_FOUND' });
    const get = await casus.get(people.lotte, `/cases/${unknown}`);
    expect(get.status).toBe(404);
    expect(await casus.revisionOf(unknown)).toBe(-1);
  });

  it('answers 409 when the client expected another revision (body or If-Match), and writes nothing', async () => {
    const current = await casus.revisionOf(caseId);
    await refused(people.lotte, 'request-jeugdlink', { ...jeugdlinkRequest, expectedRevision: current - 1 }, 409, 'CASE.REVISION_CONFLICT');
    const stale = await casus
      .http()
      .post(`/cases/${caseId}/request-jeugdlink`)
      .set(await casus.as(people.lotte))
      .set('If-Match', `"${current - 1}"`)
      .send(jeugdlinkRequest);
    expect(stale.status).toBe(409);
    expect(await casus.revisionOf(caseId)).toBe(current);
    const fresh = await casus
      .http()
      .post(`/cases/${caseId}/request-jeugdlink`)
      .set(await casus.as(people.lotte))
      .set('If-Match', `"${current}"`)
      .send(jeugdlinkRequest);
    expect(fresh.status).toBe(200);
    expect(fresh.body.revision).toBe(current + 1);
  });

  it('decides again when another step landed in between, if the client did not pin a revision', async () => {
    const before = await casus.revisionOf(caseId);
    const token = await casus.tokenFor(people.lotte);
    // Four writers and three retries: each loss means another writer won, so everyone gets through.
    const members = Array.from({ length: 4 }, (_, n) => ({
      familyMemberId: id(700 + n),
      name: `Relative ${n}`,
      relation: 'other',
      parentalAuthorityOver: [],
      contact: {},
    }));
    const responses = await Promise.all(
      members.map((member) =>
        casus.http().post(`/cases/${caseId}/record-family-member`).set('Authorization', `Bearer ${token}`).send(member),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(members.map(() => 200));
    expect(await casus.revisionOf(caseId)).toBe(before + members.length);
  });
});
