import { randomUUID } from 'node:crypto';
import { actors } from '../../libs/domain/src/case/testing/fixtures';
import { startCasusApi, type CasusApi } from './support/casus-api';

/** The whole API as it runs: an auditor reads every case (and is logged doing so) but never writes. */
describe('an auditor in the running application', () => {
  let casus: CasusApi;
  const caseId = randomUUID();
  const http = () => casus.http();

  beforeAll(async () => (casus = await startCasusApi()));
  afterAll(() => casus.close());

  const signal = {
    caseId,
    source: 'school',
    concerns: ['neglect'],
    children: [{ childId: randomUUID(), birthDate: '2015-03-01' }],
    description: 'The child comes to school hungry.',
    urgency: 'regular',
    municipality: 'Ede',
  };

  it('refuses an auditor every write, and keeps the case as the team left it', async () => {
    const register = await http()
      .post('/cases')
      .set(await casus.as(actors.auditor))
      .send({ ...signal, caseId: randomUUID() })
      .expect(403);
    expect(register.body.code).toBe('ACCESS.READ_ONLY_ROLE');
    await http()
      .post('/cases')
      .set(await casus.as(actors.caseTeam))
      .send(signal)
      .expect(201);
    const step = await http()
      .post(`/cases/${caseId}/assign-case-lead`)
      .set(await casus.as(actors.auditor))
      .send({ leadId: randomUUID(), name: 'Auditor pretending to lead' })
      .expect(403);
    expect(step.body.code).toBe('ACCESS.READ_ONLY_ROLE');
    const history = await http()
      .get(`/cases/${caseId}/history`)
      .set(await casus.as(actors.auditor))
      .expect(200);
    expect(history.body.items.map((e: { type: string }) => e.type)).toEqual(['SignalRegistered']);
    expect(history.body.items[0].actor).toMatchObject({ id: actors.caseTeam.id, role: 'wijkteam', team: actors.caseTeam.team });
  });

  it("puts the auditor's read in the access log, on the ground of oversight", async () => {
    const log = await http()
      .get(`/audit/access-log?caseId=${caseId}&user=${actors.auditor.id}`)
      .set(await casus.as(actors.auditor))
      .expect(200);
    expect(log.body.items[0]).toMatchObject({
      caseId,
      userId: actors.auditor.id,
      role: 'auditor',
      organisation: actors.auditor.organisation,
      dataAccessed: 'history',
      action: 'GET /cases/:caseId/history',
      ground: 'auditor oversight',
      occurredAt: expect.any(String),
      ip: expect.any(String),
    });
  });
});
