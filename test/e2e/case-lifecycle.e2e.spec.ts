import { formatPosition, parsePosition } from '@casus/event-store';
import { jeugdlinkRequest, signal } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { family, id, people } from './support/people';
import { stepsToPlacementRequest } from './support/walk-to-placement-request';

describe('a case walked over HTTP, from signal to placement request', () => {
  let casus: CasusApi;
  const caseId = id(1);
  const { post } = caseSteps(() => casus, caseId);

  beforeAll(async () => (casus = await startCasusApi()));
  afterAll(() => casus.close());

  it('opens the case with a signal from Veilig Thuis', async () => {
    const response = await casus
      .http()
      .post('/cases')
      .set(await casus.as(people.lotte))
      .set('X-Correlation-Id', 'melding-2026-0042')
      .send(signal(caseId));
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ caseId, revision: 0, position: expect.any(String) });
    expect(parsePosition(response.body.position)).toBeDefined();
    expect(response.headers['x-correlation-id']).toBe('melding-2026-0042');
  });

  it('records who acted, why and under which correlation in every event', async () => {
    const [registered] = await casus.eventsOf(caseId);
    expect(registered.type).toBe('SignalRegistered');
    expect(registered.metadata).toMatchObject({
      actor: { id: people.lotte.id, role: 'wijkteam', team: 'wijkteam-ede-noord', organisation: 'Gemeente Ede' },
      correlationId: 'melding-2026-0042',
      causationId: expect.any(String),
      schemaVersion: 2,
      recordedAt: '2026-11-23T10:00:00.000Z',
    });
  });

  it('takes the steps of the case team, Jeugdlink and the GI in turn', async () => {
    let revision = 0;
    for (const [actor, path, body] of stepsToPlacementRequest({ placementId: id(41), otsId: id(61), machtigingId: id(62) })) {
      const response = await post(actor, path, body);
      expect({ path, status: response.status, body: response.body }).toEqual({
        path,
        status: 200,
        body: { caseId, revision: revision + 1, position: expect.any(String) },
      });
      revision = response.body.revision;
    }
    expect(await casus.revisionOf(caseId)).toBe(revision);
  });

  it('shows the case to its team with the revision as ETag', async () => {
    const response = await casus.get(people.lotte, `/cases/${caseId}`);
    expect(response.status).toBe(200);
    expect(response.headers.etag).toBe(`"${response.body.revision}"`);
    const events = await casus.eventsOf(caseId);
    expect(response.body.position).toBe(formatPosition(events.at(-1)!.position));
    expect(response.body.case).toMatchObject({
      status: 'open',
      phase: 'placement',
      team: 'wijkteam-ede-noord',
      children: [{ childId: family.sanne }, { childId: family.daan }],
      placements: [{ placementId: id(41), status: 'requested', legalBasis: 'court-order' }],
    });
  });

  it("keeps the reason of a step in the event metadata, sealed under the case's own key and readable in the history", async () => {
    const requested = (await casus.eventsOf(caseId)).find((event) => event.type === 'JeugdlinkRequested')!;
    expect(requested.metadata.reason).toMatchObject({ $personal: { person: caseId } });
    expect(JSON.stringify(requested.metadata)).not.toContain(jeugdlinkRequest.reason);
    const history = await casus.get(people.ilse, `/cases/${caseId}/history?limit=100`);
    expect(history.body.items.find((item: { type: string }) => item.type === 'JeugdlinkRequested')).toMatchObject({
      reason: jeugdlinkRequest.reason,
    });
  });
});
