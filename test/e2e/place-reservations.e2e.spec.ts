import { bestandspleeggezinAt, courtOrder, lead, mother, placementRequest } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { eventually } from './support/eventually';
import { id, people, type Actor } from './support/people';
import { providerAccepts } from './support/provider-accepts';

const otherProvider: Actor = {
  id: id(130),
  role: 'provider',
  team: 'plaatsing',
  organisation: 'Gezinshuis De Linde',
  name: 'Karin Hoekstra',
};
const parent: Actor = { id: id(131), role: 'family', team: 'family', organisation: 'family', name: 'Fatima de Vries' };

type Held = { optionId: string; placementId: string; places: number; held: string; expiresAt: string | null; accepted: boolean };

/** Issue 17, the provider's page: the reservations on its own places to answer, and no one else's. */
describe("a provider's reservations to answer", () => {
  let casus: CasusApi;
  const caseId = id(2400);
  const placementId = id(2441);
  const fosterHome = id(2451);
  const lindeHome = id(2452);

  const { open, step } = caseSteps(() => casus, caseId);
  const get = async (actor: Actor, path: string) =>
    casus
      .http()
      .get(path)
      .set(await casus.as(actor));
  const heldBy = async (actor: Actor): Promise<Held[]> => {
    const response = await get(actor, '/placement-options/reservations');
    expect({ status: response.status }).toEqual({ status: 200 });
    return response.body.items;
  };

  beforeAll(async () => {
    casus = await startCasusApi();
    for (const [actor, body] of [
      [people.priya, bestandspleeggezinAt(fosterHome)],
      [otherProvider, { ...bestandspleeggezinAt(lindeHome), kind: 'gezinshuis', location: { lat: 52.2, lon: 5.9 } }],
    ] as const) {
      const response = await casus
        .http()
        .post('/placement-options')
        .set(await casus.as(actor))
        .send(body);
      expect(response.status).toBe(201);
    }
    await open();
    await step(people.lotte, 'assign-case-lead', lead);
    await step(people.lotte, 'record-family-member', mother);
    await step(people.lotte, 'record-court-order', courtOrder(id(2460), 'ots', '2027-11-19'));
    await step(people.lotte, 'record-court-order', courtOrder(id(2461), 'machtiging-uithuisplaatsing', '2027-05-19'));
    await step(people.gijs, 'request-placement', placementRequest(placementId));
  });
  afterAll(() => casus.close());

  it('lists the reservation on its place to the provider, not yet accepted, and accepted once it said yes', async () => {
    const reserved = await eventually(async () => {
      const items = await heldBy(people.priya);
      return items.length > 0 ? items : undefined;
    }, 'the reservation in the capacity read model');
    expect(reserved).toEqual([
      { optionId: fosterHome, placementId, places: 1, held: 'reserved', expiresAt: expect.any(String), accepted: false },
    ]);
    await providerAccepts(casus, placementId);
    expect(await heldBy(people.priya)).toEqual([expect.objectContaining({ placementId, held: 'reserved', accepted: true })]);
  });

  it('shows another provider, a professional and an auditor none of it, refuses the family, and logs each read without a case', async () => {
    for (const reader of [otherProvider, people.gijs, people.lotte, people.ilse]) expect(await heldBy(reader)).toEqual([]);
    const refused = await get(parent, '/placement-options/reservations');
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 403, code: 'ACCESS.PLACES_NOT_FOR_FAMILY' });
    expect(refused.body.detail).toEqual(expect.any(String));
    const log = (await get(people.ilse, `/audit/access-log?user=${people.priya.id}&limit=1000`)).body.items;
    expect(log.at(-1)).toMatchObject({
      caseId: null,
      action: 'GET /placement-options/reservations',
      dataAccessed: 'placement-reservations (own places)',
    });
  });
});
