import {
  bestandspleeggezinAt,
  courtOrder,
  jeugdlinkJoin,
  jeugdlinkRequest,
  lead,
  mother,
  placementRequest,
  safetyPlan,
  signal,
  unsafeAssessment,
} from './support/case-story';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { eventually } from './support/eventually';
import { family, id, people, type Actor } from './support/people';
import { everyoneHeardOnThePlace } from './support/heard-on-the-place';
import { providerAccepts } from './support/provider-accepts';

const father = {
  familyMemberId: family.father,
  name: 'Karim el Amrani',
  relation: 'parent',
  parentalAuthorityOver: [family.sanne, family.daan],
  contact: { phone: '0318-987654', email: 'karim.elamrani@example.nl', address: 'Bergstraat 12, 6711 AB Ede' },
};
const decision = {
  reasons: 'A foster family near the Juliana school that knows trauma care',
  view: 'Ik wil naar mijn eigen school blijven gaan',
  consentBy: 'Dr. Y. Peters',
};
const returnViews = {
  child: 'Ik wil graag naar huis',
  parent: 'Wij zijn er klaar voor',
  gi: 'De voorwaarden zijn vervuld',
  father: 'Ik steun de terugkeer',
};

/**
 * Issue 8: a whole case (signal, placement, return decision, closure) at trace level, with every
 * line Casus writes captured (its pino destination, console, stdout and stderr); none names a
 * person, says what they said or carries a token.
 */
describe('logs of a full case at trace level', () => {
  let casus: CasusApi;
  const caseId = id(700);
  const placementId = id(741);
  const conditionId = id(771);
  const lines: string[] = [];
  const tokens: string[] = [];
  const restore: (() => void)[] = [];

  beforeAll(async () => {
    for (const stream of [process.stdout, process.stderr]) {
      const spy = jest.spyOn(stream, 'write').mockImplementation((chunk: unknown) => (lines.push(String(chunk)), true));
      restore.push(() => spy.mockRestore());
    }
    for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
      const spy = jest
        .spyOn(console, method)
        .mockImplementation(
          (...args: unknown[]) =>
            void lines.push(
              args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '),
            ),
        );
      restore.push(() => spy.mockRestore());
    }
    casus = await startCasusApi({ logLevel: 'trace', logDestination: { write: (line) => void lines.push(line) } });
  });
  afterAll(async () => {
    await casus.close();
    for (const undo of restore) undo();
  });

  const as = async (actor: Actor) => {
    const token = await casus.tokenFor(actor);
    tokens.push(token);
    return { Authorization: `Bearer ${token}` };
  };
  const step = async (actor: Actor, path: string, body: object, status = 200) => {
    const response = await casus
      .http()
      .post(`/cases/${caseId}/${path}`)
      .set(await as(actor))
      .set('X-Correlation-Id', `logs-${path}`)
      .send(body);
    expect({ path, status: response.status, body: response.status === status ? undefined : response.body }).toEqual({
      path,
      status,
      body: undefined,
    });
  };

  it('walks from signal to closure, refusals included', async () => {
    const place = bestandspleeggezinAt(id(751), 4);
    expect(
      (
        await casus
          .http()
          .post('/placement-options')
          .set(await as(people.priya))
          .send(place)
      ).status,
    ).toBe(201);
    expect(
      (
        await casus
          .http()
          .post('/cases')
          .set(await as(people.lotte))
          .send(signal(caseId))
      ).status,
    ).toBe(201);
    await step(people.lotte, 'assign-case-lead', lead);
    await step(people.lotte, 'record-family-member', mother);
    await step(people.lotte, 'record-family-member', father);
    // Refused bodies carry personal data too: a wrong relation, and a stranger's attempt.
    await step(people.lotte, 'record-family-member', { ...father, familyMemberId: id(23), relation: 'buurman' }, 400);
    await step(people.pieter, 'record-family-member', { ...father, familyMemberId: id(24) }, 404);
    await step(people.lotte, 'record-safety-assessment', unsafeAssessment);
    await step(people.lotte, 'agree-safety-plan', safetyPlan);
    await step(people.lotte, 'request-jeugdlink', jeugdlinkRequest);
    await step(people.anouk, 'join-jeugdlink', jeugdlinkJoin);
    await step(people.lotte, 'record-court-order', courtOrder(id(760), 'ots', '2027-11-19'));
    await step(people.lotte, 'record-court-order', courtOrder(id(761), 'machtiging-uithuisplaatsing', '2027-05-19'));
    await step(people.gijs, 'request-placement', placementRequest(placementId));
    await eventually(async () => {
      const response = await casus
        .http()
        .get(`/placements/${placementId}`)
        .set(await as(people.gijs));
      return response.body?.reservation ? true : undefined;
    }, 'a reserved place');
    await providerAccepts(casus, placementId);
    await everyoneHeardOnThePlace(casus, caseId, placementId, people.gijs);
    await step(people.gijs, 'decide-placement', {
      placementId,
      reasons: decision.reasons,
      viewsHeard: [{ participant: 'Sanne', view: decision.view }],
      behaviouralScientistConsent: { name: decision.consentBy, consentedOn: '2026-11-23' },
    });
    await eventually(async () => {
      const view = (
        await casus
          .http()
          .get(`/cases/${caseId}`)
          .set(await as(people.lotte))
      ).body;
      return view.case?.placements?.[0]?.status === 'active' ? true : undefined;
    }, 'the placement to start');
    await step(people.lotte, 'record-placement-plan', {
      placementId,
      perspectiveDecisionOn: '2027-05-01',
      justification: 'Sanne is 12; terug naar huis is haalbaar',
    });
    await step(people.lotte, 'draft-return-home-plan', {
      placementId,
      conditions: [{ conditionId, description: 'Geen geweld thuis gedurende drie maanden', responsible: 'de ouders' }],
      support: 'Wekelijks huisbezoek door het wijkteam',
      targetOn: '2027-03-01',
    });
    await step(people.lotte, 'assess-return-condition', {
      placementId,
      conditionId,
      met: true,
      evidence: 'Politie en school melden geen incidenten',
      assessedOn: '2026-11-23',
    });
    await step(people.gijs, 'record-return-decision', {
      placementId,
      decisionId: id(781),
      decidedOn: '2026-11-23',
      outcome: { kind: 'return-home' },
      views: [
        { participant: 'child', childId: family.sanne, heard: true, statement: returnViews.child, prefers: 'return-home' },
        { participant: 'parent', familyMemberId: family.mother, statement: returnViews.parent, prefers: 'return-home' },
        { participant: 'parent', familyMemberId: family.father, statement: returnViews.father, prefers: 'return-home' },
        {
          participant: 'gi',
          name: people.gijs.name,
          organisation: people.gijs.organisation,
          statement: returnViews.gi,
          prefers: 'return-home',
        },
      ],
      rationale: 'Alle voorwaarden vervuld; iedereen die gehoord is stemt in',
    });
    await step(people.lotte, 'record-return-home', { placementId, returnedOn: '2026-11-23', aftercare: 'Zes maanden nazorg aan huis' });
    for (const path of [`/cases/${caseId}`, `/cases/${caseId}/timeline`, '/cases', '/deadlines']) {
      expect(
        (
          await casus
            .http()
            .get(path)
            .set(await as(people.lotte))
        ).status,
      ).toBe(200);
    }
    // A client that puts its token and a search in the query string, as some browsers' links do.
    const queryToken = await casus.tokenFor(people.lotte);
    tokens.push(queryToken);
    await casus
      .http()
      .get(`/cases?access_token=${queryToken}&name=${encodeURIComponent(mother.name)}`)
      .set('X-Correlation-Id', 'logs-query-string');
    await casus
      .http()
      .get(`/cases?access_token=${queryToken}&municipality=${encodeURIComponent(father.contact.address)}`)
      .set(await as(people.lotte));
  });

  it('never logs a name, contact detail, description, finding, statement or token', () => {
    const log = lines.join('\n');
    expect(lines.length).toBeGreaterThan(30);
    const personal = [
      ...[
        mother.name,
        father.name,
        people.lotte.name,
        people.gijs.name,
        people.anouk.name,
        people.priya.name,
        lead.name,
        decision.consentBy,
      ],
      ...[mother.contact.phone, father.contact.phone, father.contact.email, father.contact.address, 'Bergstraat'],
      signal(caseId).description,
      unsafeAssessment.findings,
      ...safetyPlan.conditions,
      jeugdlinkRequest.reason,
      jeugdlinkJoin.purpose,
      placementRequest(placementId).needs.description,
      placementRequest(placementId).siblingSeparationReason,
      decision.reasons,
      decision.view,
      ...Object.values(returnViews),
      'Geen geweld thuis',
      'Politie en school',
      'Alle voorwaarden vervuld',
      'Zes maanden nazorg',
      'terug naar huis is haalbaar',
      '2014-05-12',
    ].map(String);
    expect(personal.filter((text) => log.includes(text))).toEqual([]);
    expect(tokens.filter((token) => log.includes(token) || log.includes(token.split('.')[2]))).toEqual([]);
    expect(log).not.toMatch(/Bearer|eyJ[\w-]{10,}|authorization/i);
  });

  it('writes JSON lines, each request line with its correlation id', () => {
    const json = lines.filter((line) => line.trimStart().startsWith('{')).map((line) => JSON.parse(line));
    const requestLines = json.filter((entry) => entry.req);
    expect(requestLines.length).toBeGreaterThan(20);
    expect(requestLines.filter((entry) => typeof entry.req.id !== 'string' || entry.req.id.length === 0)).toEqual([]);
    expect(requestLines.some((entry) => entry.req.id === 'logs-record-return-decision' && entry.res?.statusCode === 200)).toBe(true);
  });

  it('logs the path of a request without its query string', () => {
    const json = lines.filter((line) => line.trimStart().startsWith('{')).map((line) => JSON.parse(line));
    const queried = json.filter((entry) => entry.req?.id === 'logs-query-string');
    expect(queried.length).toBeGreaterThan(0);
    expect(queried.map((entry) => entry.req.url)).toEqual(queried.map(() => '/cases'));
    expect(lines.filter((line) => /access_token|\?/.test(line) && line.includes('"req"'))).toEqual([]);
  });
});
