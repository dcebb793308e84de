import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { courtOrder, jeugdlinkJoin, jeugdlinkRequest, lead, mother, placementRequest, safetyPlan, signal, unsafeAssessment } from './support/case-story';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { eventCounter, hostileBody, nextCorrelationId, unacceptable } from './support/hostile';
import { family, id, people, type Actor } from './support/people';

const place = {
  optionId: id(3001),
  kind: 'bestandspleeggezin',
  municipality: 'Ede',
  region: 'FoodValley',
  location: { lat: 52.04, lon: 5.66 },
  capacity: 2,
  ageRange: { min: 4, max: 17 },
  careIntensities: ['light', 'medium'],
  specialisations: ['trauma'],
  maxSiblingGroup: 2,
};

/** Every write endpoint with a body it would accept; the fuzzer replaces, adds and breaks fields. */
const caseSteps: ReadonlyArray<[string, Record<string, unknown>]> = [
  ['assign-case-lead', lead],
  ['record-family-member', mother],
  ['record-consent', { familyMemberId: family.mother, consentId: id(3101), scope: 'information-sharing', givenOn: '2026-11-20' }],
  ['withdraw-consent', { consentId: id(3101), withdrawnOn: '2026-11-21', reason: 'changed her mind' }],
  ['record-safety-assessment', unsafeAssessment],
  ['agree-safety-plan', safetyPlan],
  ['request-jeugdlink', jeugdlinkRequest],
  ['join-jeugdlink', jeugdlinkJoin],
  ['end-jeugdlink-involvement', { reason: 'done' }],
  ['record-court-order', courtOrder(id(3201), 'ots', '2027-11-19')],
  ['request-placement', placementRequest(id(3301))],
  ['decide-placement', { placementId: id(3301), optionId: id(3001), decidedOn: '2026-11-24', rationale: 'closest to school' }],
  ['start-placement', { placementId: id(3301), startedOn: '2026-11-25' }],
  ['record-placement-plan', { placementId: id(3301), planId: id(3302), goals: ['school'], reviewOn: '2027-01-25' }],
  ['end-placement', { placementId: id(3301), endedOn: '2027-01-01', reason: 'returned home' }],
  ['draft-return-home-plan', { placementId: id(3301), planId: id(3401), conditions: [{ conditionId: id(3402), description: 'x' }] }],
  ['assess-return-condition', { planId: id(3401), conditionId: id(3402), met: true, assessedOn: '2026-12-01' }],
  ['record-return-decision', { placementId: id(3301), decisionId: id(3403), decidedOn: '2026-12-02', outcome: { kind: 'not-yet', reviewOn: '2027-01-02' }, views: [], rationale: 'x' }],
  ['record-return-home', { placementId: id(3301), returnedOn: '2026-12-03' }],
  ['close', { reason: 'done' }],
  ['reopen', { reason: 'new signal' }],
];

describe('fuzzing every request body: a 2xx or a 4xx that says why, never a 5xx, nothing written when refused', () => {
  let casus: CasusApi;
  let counter: Awaited<ReturnType<typeof eventCounter>>;
  const caseId = id(3000);
  const tokens = new Map<Actor, string>();
  const bearer = async (actor: Actor) => {
    if (!tokens.has(actor)) tokens.set(actor, `Bearer ${await casus.tokenFor(actor)}`);
    return tokens.get(actor)!;
  };

  beforeAll(async () => {
    casus = await startCasusApi({ rateLimitPerMinute: 0 });
    counter = await eventCounter(casus);
    expect((await casus.http().post('/cases').set('Authorization', await bearer(people.lotte)).send(signal(caseId))).status).toBe(201);
    expect((await casus.http().post(`/cases/${caseId}/assign-case-lead`).set('Authorization', await bearer(people.lotte)).send(lead)).status).toBe(200);
  });
  afterAll(async () => {
    await counter.close();
    await casus.close();
  });

  /** Sends the text as JSON and checks the answer and what it wrote. */
  async function send(actor: Actor, method: 'post', path: string, text: string) {
    const correlationId = nextCorrelationId();
    const response = await casus
      .http()
      [method](path)
      .timeout({ response: 10_000 })
      .set({ Authorization: await bearer(actor), 'Content-Type': 'application/json', 'X-Correlation-Id': correlationId })
      .send(text);
    const failure = unacceptable(response);
    if (failure) throw new Error(`${method.toUpperCase()} ${path} with ${text.slice(0, 200)} → ${failure}`);
    if (response.status >= 400) {
      const written = await counter.written(correlationId);
      if (written !== 0) throw new Error(`${path} was refused with ${response.status} but wrote ${written} events`);
    }
  }

  it.each(caseSteps)('POST /cases/{id}/%s', async (step, valid) => {
    await fc.assert(
      fc.asyncProperty(hostileBody(valid), fc.constantFrom<Actor>(people.lotte, people.gijs, people.pieter), (text, actor) =>
        send(actor, 'post', `/cases/${caseId}/${step}`, text),
      ),
      { numRuns: 40 },
    );
  });

  it('POST /cases', async () => {
    await fc.assert(
      fc.asyncProperty(hostileBody(signal(id(3999))), async (text) =>
        send(people.lotte, 'post', '/cases', text.replace(id(3999), randomUUID())),
      ),
      { numRuns: 100 },
    );
  });

  it.each([
    ['/placement-options', place],
    [`/placement-options/${id(3001)}/change-capacity`, { capacity: 3, reason: 'extra room' }],
    [`/placement-options/${id(3001)}/pause`, { reason: 'holiday' }],
    [`/placement-options/${id(3001)}/resume`, {}],
    [`/placement-options/${id(3001)}/withdraw`, { reason: 'stopped' }],
    [`/placements/${id(3301)}/decline`, { reason: 'too far' }],
  ])('POST %s', async (path, valid) => {
    await fc.assert(
      fc.asyncProperty(hostileBody(valid as Record<string, unknown>), fc.constantFrom<Actor>(people.priya, people.gijs), (text, actor) =>
        send(actor, 'post', path, text),
      ),
      { numRuns: 40 },
    );
  });
});
