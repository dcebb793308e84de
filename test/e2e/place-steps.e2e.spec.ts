import { bestandspleeggezinAt } from './support/case-story';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { id, people, type Actor } from './support/people';

const otherProvider: Actor = {
  id: id(150),
  role: 'provider',
  team: 'plaatsing',
  organisation: 'Gezinshuis De Linde',
  name: 'Karin Hoekstra',
};

/** The steps a provider takes on its own place over HTTP, as its page in the web app sends them. */
describe("a provider's steps on its place", () => {
  let casus: CasusApi;
  const optionId = id(3101);

  const post = async (actor: Actor, step: string, body?: object) => {
    const sent = casus
      .http()
      .post(`/placement-options/${optionId}/${step}`)
      .set(await casus.as(actor));
    return body === undefined ? sent : sent.send(body);
  };
  const taken = async (actor: Actor, step: string, body?: object) => {
    const response = await post(actor, step, body);
    expect({ step, status: response.status, body: response.body }).toEqual({
      step,
      status: 200,
      body: { optionId, revision: expect.any(Number), position: expect.any(String) },
    });
    return response.body.revision as number;
  };

  beforeAll(async () => {
    casus = await startCasusApi();
    const registered = await casus
      .http()
      .post('/placement-options')
      .set(await casus.as(people.priya))
      .send(bestandspleeggezinAt(optionId));
    expect(registered.status).toBe(201);
  });
  afterAll(() => casus.close());

  it('pauses the place with a reason and resumes it, with or without an empty body, and changes its capacity', async () => {
    expect(await taken(people.priya, 'pause', { reason: 'Renovation of the children’s rooms' })).toBe(1);
    expect(await taken(people.priya, 'resume')).toBe(2);
    expect(await taken(people.priya, 'pause', { reason: 'A week of rest' })).toBe(3);
    expect(await taken(people.priya, 'resume', {})).toBe(4);
    expect(await taken(people.priya, 'change-capacity', { capacity: 3, reason: 'A third bedroom' })).toBe(5);
  });

  it("refuses another provider's resume and pause with the stable code, and writes nothing", async () => {
    for (const [step, body] of [
      ['pause', { reason: 'not mine' }],
      ['resume', undefined],
    ] as const) {
      const refused = await post(otherProvider, step, body);
      expect({ step, status: refused.status, code: refused.body.code }).toEqual({
        step,
        status: 403,
        code: 'PLACEMENT_OPTION.OTHER_PROVIDER',
      });
      expect(refused.body.detail).toEqual(expect.any(String));
    }
    expect(await taken(people.priya, 'pause', { reason: 'Still mine' })).toBe(6);
  });
});
