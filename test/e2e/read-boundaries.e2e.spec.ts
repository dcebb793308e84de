import { addDays } from '@casus/domain';
import { bestandspleeggezinAt, courtOrder, lead, mother, placementRequest } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { NOW, startCasusApi, type CasusApi } from './support/casus-api';
import { eventually } from './support/eventually';
import { family, id, people, type Actor } from './support/people';
import { everyoneHeardOnThePlace } from './support/heard-on-the-place';
import { providerAccepts } from './support/provider-accepts';

type LogLine = { userId: string; caseId: string | null; action: string; dataAccessed: string; ground: string };

const parent: Actor = { id: id(120), role: 'family', team: 'family', organisation: 'family', name: 'Fatima de Vries' };
const VIEW_DAYS_AFTER_END = 14;

/**
 * Issue 13, findings 5 and 6 (read side): every read of case data is logged, refusals too; an outsider
 * cannot tell "not yours" from "no such case"; a provider sees its placement, not the case; places
 * are shown in full only to those who need them.
 */
describe('read boundaries: need-to-know, one answer for outsiders, every read logged', () => {
  let casus: CasusApi;
  let today = NOW;
  const caseId = id(1300);
  const placementId = id(1341);
  const networkHome = id(1351);
  const fosterHome = id(1352);

  const { open, step } = caseSteps(() => casus, caseId);
  const get = async (actor: Actor, path: string) =>
    casus
      .http()
      .get(path)
      .set(await casus.as(actor));
  const logOf = async (actor: Actor): Promise<LogLine[]> =>
    (await get(people.ilse, `/audit/access-log?user=${actor.id}&limit=1000`)).body.items;
  /** The read is refused with status, code and detail, and the refusal is the last line of the reader's log. */
  async function refusedAndLogged(actor: Actor, path: string, status: number, code: string) {
    const response = await get(actor, path);
    expect({ path, status: response.status, code: response.body.code }).toEqual({ path, status, code });
    expect(response.body.detail).toEqual(expect.any(String));
    expect((await logOf(actor)).at(-1)).toMatchObject({
      action: expect.stringMatching(/^GET /),
      ground: expect.stringMatching(/^refused: /),
    });
    return response.body as { detail: string };
  }

  beforeAll(async () => {
    casus = await startCasusApi({ clock: () => today, providerViewDaysAfterEnd: VIEW_DAYS_AFTER_END });
    const registered = async (body: object) =>
      expect(
        (
          await casus
            .http()
            .post('/placement-options')
            .set(await casus.as(people.priya))
            .send(body)
        ).status,
      ).toBe(201);
    await registered({ ...bestandspleeggezinAt(networkHome), kind: 'netwerkpleeggezin', networkFamilyId: caseId, capacity: 1 });
    await registered(bestandspleeggezinAt(fosterHome));
    await open();
    await step(people.lotte, 'assign-case-lead', lead);
    await step(people.lotte, 'record-family-member', mother);
    await step(people.lotte, 'record-court-order', courtOrder(id(1360), 'ots', '2027-11-19'));
    await step(people.lotte, 'record-court-order', courtOrder(id(1361), 'machtiging-uithuisplaatsing', '2027-05-19'));
    await step(people.gijs, 'request-placement', placementRequest(placementId));
    await eventually(
      async () => ((await get(people.gijs, `/placements/${placementId}`)).body.reservation ? true : undefined),
      'a reserved place',
    );
  });
  afterAll(() => casus.close());

  it('answers an outsider the same for a case that is not theirs as for no case, without team names, and logs both', async () => {
    const notYours = await refusedAndLogged(people.pieter, `/cases/${caseId}`, 404, 'CASE.NOT_FOUND');
    const noCase = await refusedAndLogged(people.pieter, `/cases/${id(1399)}`, 404, 'CASE.NOT_FOUND');
    expect(notYours.detail).toBe(noCase.detail);
    expect(notYours.detail).not.toContain(people.lotte.team);
    expect(notYours.detail).not.toContain(people.pieter.team);
    await refusedAndLogged(people.anouk, `/cases/${caseId}/history`, 404, 'CASE.NOT_FOUND');
    const refusal = (await logOf(people.pieter)).find((line) => line.caseId === caseId);
    expect(refusal).toMatchObject({
      action: 'GET /cases/:caseId',
      dataAccessed: 'state',
      ground: "refused: not among this case's readers",
    });
  });

  it('logs a read of the placement process with its case, and refuses (logged) an outsider', async () => {
    expect((await get(people.gijs, `/placements/${placementId}`)).status).toBe(200);
    expect((await logOf(people.gijs)).at(-1)).toMatchObject({
      caseId,
      action: 'GET /placements/:placementId',
      dataAccessed: 'placement-process',
    });
    await refusedAndLogged(people.pieter, `/placements/${placementId}`, 404, 'PLACEMENT_PROCESS.NOT_FOUND');
    await refusedAndLogged(people.priya, `/placements/${placementId}`, 404, 'PLACEMENT_PROCESS.NOT_FOUND');
  });

  it('shows places in full to their provider and to the placing professionals, coarsely to others, not at all to the family', async () => {
    const placeOf = async (actor: Actor) => {
      const response = await get(actor, '/placement-options');
      expect(response.status).toBe(200);
      return response.body.items.find((o: { optionId: string }) => o.optionId === networkHome);
    };
    // The reservation reaches the capacity read model a moment after the process made it.
    await eventually(
      async () => ((await placeOf(people.priya))?.free === 0 ? true : undefined),
      'the reservation in the places read model',
    );
    for (const fullReader of [people.priya, people.gijs, people.lotte, people.ilse]) {
      expect(await placeOf(fullReader)).toMatchObject({
        location: bestandspleeggezinAt(networkHome).location,
        networkFamilyId: caseId,
        capacity: 1,
        free: 0,
      });
    }
    const coarse = await placeOf(people.pieter);
    expect(coarse).toMatchObject({ optionId: networkHome, kind: 'netwerkpleeggezin', municipality: 'Ede' });
    for (const hidden of ['location', 'networkFamilyId', 'capacity', 'reserved', 'occupied', 'free'])
      expect(coarse).not.toHaveProperty(hidden);
    // Nor does the filter tell occupancy: the network home, reserved for Sanne, is still listed as active.
    const active = await get(people.pieter, '/placement-options?available=true');
    expect(active.body.items.map((o: { optionId: string }) => o.optionId)).toContain(networkHome);
    const free = await get(people.priya, '/placement-options?available=true');
    expect(free.body.items.map((o: { optionId: string }) => o.optionId)).toEqual([fosterHome]);
    expect((await logOf(people.pieter)).at(-1)).toMatchObject({
      caseId: null,
      action: 'GET /placement-options',
      dataAccessed: 'placement-options (coarse)',
    });
    expect((await logOf(people.ilse)).some((line) => line.dataAccessed === 'placement-options (full)')).toBe(true);
    await refusedAndLogged(parent, '/placement-options', 403, 'ACCESS.PLACES_NOT_FOR_FAMILY');
  });

  it('logs a list read as one line per case it showed', async () => {
    const shown = await get(people.ilse, '/cases');
    expect(shown.body.items.map((c: { caseId: string }) => c.caseId)).toEqual([caseId]);
    const lines = (await logOf(people.ilse)).filter((line) => line.action === 'GET /cases');
    expect(lines.at(-1)).toMatchObject({ caseId, dataAccessed: 'case-list?page=1&pageSize=50', ground: 'auditor oversight' });
    await get(people.lotte, `/deadlines?caseId=${caseId}`);
    expect((await logOf(people.lotte)).at(-1)).toMatchObject({
      caseId,
      action: 'GET /deadlines',
      ground: `case team (${people.lotte.team})`,
    });
  });

  it('shows the provider its placement (needs, start, contact person) but never the case, and not past the period after the end', async () => {
    await providerAccepts(casus, placementId);
    await everyoneHeardOnThePlace(casus, caseId, placementId, people.gijs);
    await step(people.gijs, 'decide-placement', {
      placementId,
      reasons: 'Their own network, close to school',
      viewsHeard: [{ participant: 'Sanne', view: 'I want to keep my school' }],
      behaviouralScientistConsent: { name: 'Dr. Y. Peters', consentedOn: '2026-11-23' },
    });
    for (const path of [`/cases/${caseId}`, `/cases/${caseId}/history`, `/cases/${caseId}/export`, `/cases/${caseId}/timeline`]) {
      await refusedAndLogged(people.priya, path, 404, 'CASE.NOT_FOUND');
    }
    const brief = await eventually(async () => {
      const response = await get(people.priya, `/placements/${placementId}/brief`);
      return response.status === 200 && response.body.startedOn ? response.body : undefined;
    }, 'the placement to start');
    expect(brief).toEqual({
      placementId,
      status: 'active',
      children: [{ childId: family.sanne, birthDate: '2014-05-12' }],
      needs: placementRequest(placementId).needs,
      intendedStartOn: '2026-11-25',
      startedOn: '2026-11-23',
      endedOn: null,
      contact: { name: lead.name, team: people.lotte.team },
    });
    expect((await logOf(people.priya)).at(-1)).toMatchObject({
      caseId,
      dataAccessed: 'placement-brief',
      ground: `provider of this placement (${people.priya.organisation})`,
    });

    await step(people.lotte, 'end-placement', {
      placementId,
      endedOn: '2026-11-23',
      reason: 'breakdown',
      explanation: 'The network could not go on',
    });
    today = new Date(`${addDays('2026-11-23', VIEW_DAYS_AFTER_END - 1)}T10:00:00Z`);
    await eventually(
      async () => ((await get(people.priya, `/placements/${placementId}/brief`)).body.endedOn ? true : undefined),
      'the end on the brief',
    );
    today = new Date(`${addDays('2026-11-23', VIEW_DAYS_AFTER_END)}T10:00:00Z`);
    await refusedAndLogged(people.priya, `/placements/${placementId}/brief`, 404, 'PLACEMENT_PROCESS.NOT_FOUND');
  });
});
