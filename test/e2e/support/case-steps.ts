import { courtOrder, signal } from './case-story';
import type { CasusApi } from './casus-api';
import { readWhenCaughtUp } from './eventually';
import { family, id, people, type Actor } from './people';

export type CaseStepAnswer = { caseId: string; revision: number; position: string };

/**
 * The steps on one case over HTTP, as its professionals take them. `casus` is asked for at each call:
 * the API starts in `beforeAll`, after the spec's describe block has named its helpers.
 */
export function caseSteps(casus: () => CasusApi, caseId: string) {
  const post = async (actor: Actor, path: string, body: object, onCase = caseId, headers: Record<string, string> = {}) =>
    casus()
      .http()
      .post(`/cases/${onCase}/${path}`)
      .set({ ...(await casus().as(actor)), ...headers })
      .send(body);

  const step = async (actor: Actor, path: string, body: object, onCase = caseId): Promise<CaseStepAnswer> => {
    const response = await post(actor, path, body, onCase);
    expect({ path, status: response.status, body: response.body }).toEqual({
      path,
      status: 200,
      body: expect.objectContaining({ caseId: onCase, revision: expect.any(Number), position: expect.any(String) }),
    });
    return response.body;
  };

  return {
    post,

    /** Opens the case with the family's signal (201), as Lotte of the wijkteam unless another actor is named. */
    async open(onCase = caseId, overrides: object = {}, actor: Actor = people.lotte): Promise<CaseStepAnswer> {
      const response = await casus()
        .http()
        .post('/cases')
        .set(await casus().as(actor))
        .send({ ...signal(onCase), ...overrides });
      expect({ status: response.status, body: response.body }).toEqual({ status: 201, body: expect.objectContaining({ caseId: onCase }) });
      return response.body;
    },

    /** Taken: 200 with the case's new revision and log position. */
    step,

    /** Both children under an OTS and a machtiging uithuisplaatsing, recorded by Lotte; the orders' ids count on from `firstOrder`. */
    async underCourtOrder(firstOrder: number): Promise<void> {
      let order = firstOrder;
      for (const childId of [family.sanne, family.daan]) {
        await step(people.lotte, 'record-court-order', courtOrder(id(++order), 'ots', '2027-11-19', childId));
        await step(people.lotte, 'record-court-order', courtOrder(id(++order), 'machtiging-uithuisplaatsing', '2027-05-19', childId));
      }
    },

    /** A 200 read; with `minPosition`, asked again while the read models are not there yet (503). */
    async read(actor: Actor, path: string) {
      const response = await readWhenCaughtUp(() => casus().get(actor, path));
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      return response.body;
    },

    /** Refused with its status, stable code and a detail, and nothing written to the case; the answer, for a closer look. */
    async refused(
      actor: Actor,
      path: string,
      body: object,
      status: number,
      code: string,
      onCase = caseId,
      headers: Record<string, string> = {},
    ) {
      const before = await casus().revisionOf(onCase);
      const response = await post(actor, path, body, onCase, headers);
      expect({ path, status: response.status, code: response.body.code }).toEqual({ path, status, code });
      expect(response.body.detail).toEqual(expect.any(String));
      expect(await casus().revisionOf(onCase)).toBe(before);
      return response;
    },
  };
}
