import { courtOrder, jeugdlinkRequest, lead, placementRequest } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { eventually } from './support/eventually';
import { family, familyAccounts, id, people, type Actor } from './support/people';

type LogLine = { caseId: string | null; action: string; ground: string };

const parent: Actor = { id: id(121), role: 'family', team: 'family', organisation: 'family', name: 'Mark de Vries' };
const caseId = id(1400);
const placementId = id(1441);
const anEvent = { eventId: '' };

/**
 * A read of case data: who is granted it (and the status it then gets), who is refused (404/403, or
 * an empty list: lists filter instead of refusing), and which case each one's access-log line names.
 */
type Probe = Readonly<{
  path: () => string;
  granted: Actor;
  grantedStatus: number;
  refused: Actor;
  refusedStatus: number;
  caseOnLine: string | null;
  caseOnRefusedLine: string | null;
}>;
const caseRead = (path: () => string, grantedStatus = 200): Probe => ({
  path,
  granted: people.lotte,
  grantedStatus,
  refused: people.pieter,
  refusedStatus: 404,
  caseOnLine: caseId,
  caseOnRefusedLine: caseId,
});
const list = (path: () => string, caseOnLine: string | null): Probe => ({
  ...caseRead(path),
  refusedStatus: 200,
  caseOnLine,
  caseOnRefusedLine: null,
});
/** The family's own file: read by the account linked on the case (Sanne, 12), refused to one linked nowhere. */
const ownFile = (path: () => string): Probe => ({ ...caseRead(path), granted: familyAccounts.sanne, refused: familyAccounts.mother });
const auditorsOnly = (path: () => string, caseOnLine: string | null): Probe => ({
  ...caseRead(path),
  granted: people.ilse,
  refused: people.lotte,
  refusedStatus: 403,
  caseOnLine,
  caseOnRefusedLine: caseOnLine,
});

/** Every route that answers with case data, or data about cases. */
const CASE_DATA: Record<string, Probe> = {
  'GET /cases/{caseId}': caseRead(() => `/cases/${caseId}`),
  'GET /cases/{caseId}/history': caseRead(() => `/cases/${caseId}/history`),
  'GET /cases/{caseId}/state': caseRead(() => `/cases/${caseId}/state`),
  // The signal is no decision: the read is granted and logged, then answered 422.
  'GET /cases/{caseId}/decisions/{eventId}/context': caseRead(() => `/cases/${caseId}/decisions/${anEvent.eventId}/context`, 422),
  'GET /cases/{caseId}/integrity': caseRead(() => `/cases/${caseId}/integrity`),
  'GET /cases/{caseId}/export': caseRead(() => `/cases/${caseId}/export`),
  'GET /cases/{caseId}/timeline': caseRead(() => `/cases/${caseId}/timeline`),
  'GET /cases/{caseId}/steps': caseRead(() => `/cases/${caseId}/steps`),
  'GET /placements/{placementId}': caseRead(() => `/placements/${placementId}`),
  'GET /placements/{placementId}/brief': caseRead(() => `/placements/${placementId}/brief`),
  'GET /cases': list(() => '/cases', caseId),
  'GET /deadlines': list(() => `/deadlines?caseId=${caseId}`, caseId),
  'GET /workload': list(() => '/workload', null),
  'GET /jeugdlink-requests': { ...list(() => '/jeugdlink-requests', caseId), granted: people.anouk },
  'GET /placement-options': { ...list(() => '/placement-options', null), refused: parent, refusedStatus: 403 },
  'GET /placement-options/reservations': { ...list(() => '/placement-options/reservations', null), refused: parent, refusedStatus: 403 },
  'GET /my-file': { ...list(() => '/my-file', caseId), granted: familyAccounts.sanne, refusedStatus: 403 },
  'GET /my-file/{caseId}': ownFile(() => `/my-file/${caseId}`),
  'GET /my-file/{caseId}/access-log': ownFile(() => `/my-file/${caseId}/access-log`),
  'GET /audit/access-log': auditorsOnly(() => `/audit/access-log?caseId=${caseId}`, caseId),
  'GET /audit/retention-due': auditorsOnly(() => '/audit/retention-due', null),
};

const STEP = 'a case step: answers the new revision and log position, no case data';
const OPTION_STEP = 'a step on a provider’s place: answers its revision and position, no case data';

/** Every route that answers no case data, and why. */
const NO_CASE_DATA: Record<string, string> = {
  'POST /cases': 'opens a case: answers its id (the caller’s or one Casus chose), revision and position',
  ...Object.fromEntries(
    [
      'assign-case-lead',
      'record-new-signal',
      'start-veilig-thuis-investigation',
      'conclude-veilig-thuis-investigation',
      'hand-over-to-local-team',
      'record-family-member',
      'change-parental-authority',
      'record-consent',
      'withdraw-consent',
      'record-safety-assessment',
      'agree-safety-plan',
      'request-jeugdlink',
      'join-jeugdlink',
      'end-jeugdlink-involvement',
      'record-court-order',
      'end-court-order',
      'lodge-appeal',
      'record-appeal-outcome',
      'record-raad-advice',
      'give-written-instruction',
      'record-instruction-follow-up',
      'propose-network-family',
      'request-placement',
      'withdraw-placement-request',
      'rematch-placement',
      'record-placement-view',
      'plan-introduction',
      'record-introduction-held',
      'decide-placement',
      'start-placement',
      'record-placement-plan',
      'end-placement',
      'draft-return-home-plan',
      'assess-return-condition',
      'record-return-decision',
      'record-return-home',
      'record-case-note',
      'give-task',
      'complete-task',
      'cancel-task',
      'record-foster-child-contact',
      'record-foster-care-choice',
      'agree-help-plan',
      'revise-help-plan',
      'evaluate-help-plan',
      'end-help-plan',
      'record-perspective-decision',
      'start-aftercare',
      'end-aftercare',
      'close',
      'reopen',
      'transfer',
      'change-charged-gi',
      'link-family-account',
      'end-family-account-link',
      'withhold-from-family',
      'end-withholding',
      'mark-not-for-parents',
      'decide-correction',
      'decide-destruction',
      'handle-complaint',
    ].map((step) => [`POST /cases/{caseId}/${step}`, STEP]),
  ),
  ...Object.fromEntries(
    ['statements', 'correction-requests', 'destruction-requests', 'complaints'].map((step) => [
      `POST /my-file/{caseId}/${step}`,
      'a step the family takes on its own file: answers the new revision and log position, no case data',
    ]),
  ),
  'POST /placements/{placementId}/decline': 'declines a proposed place: answers the process revision and position',
  'POST /placements/{placementId}/accept': 'accepts a reserved place: answers the process revision and position',
  'POST /placements/{placementId}/choose': 'chooses a ranked candidate: answers the process revision and position',
  'POST /placement-options': OPTION_STEP,
  'POST /placement-options/{optionId}/change-capacity': OPTION_STEP,
  'POST /placement-options/{optionId}/pause': OPTION_STEP,
  'POST /placement-options/{optionId}/resume': OPTION_STEP,
  'POST /placement-options/{optionId}/withdraw': OPTION_STEP,
  'GET /steps': "the steps outside any case for the caller's role: no case in it",
  'GET /projections': "each projection's position and lag: no case in it",
  'GET /health/live': 'the process is up: no case in it',
  'GET /metrics': 'Prometheus counters and gauges: no case in them, no personal data in any label',
  'GET /health/ready': 'the database and read models are reachable: no case in it',
  'GET /auth/config': 'how the browser signs in: no case in it',
  'GET /me': 'who the token says the caller is: no case in it',
  'GET /dev/people': 'the made-up professionals of the demo region: no case in it',
  'POST /dev/sign-in': 'a dev token for a made-up professional: no case in it, the sign-in itself is logged (dev-sign-in.e2e.spec.ts)',
};

/**
 * Issue 13, finding 5: no endpoint can forget the access log. The OpenAPI document lists every
 * route; each one is either a case-data read, proven here to log a granted and a refused read, or
 * named above as carrying no case data.
 */
describe('every route that answers with case data writes its access-log line, granted or refused', () => {
  let casus: CasusApi;
  let documented: string[] = [];

  const logOf = async (actor: Actor): Promise<LogLine[]> =>
    (await casus.get(people.ilse, `/audit/access-log?user=${actor.id}&limit=1000`)).body.items;
  const { open, step } = caseSteps(() => casus, caseId);

  beforeAll(async () => {
    casus = await startCasusApi();
    await open();
    await step(people.lotte, 'assign-case-lead', lead);
    await step(people.lotte, 'request-jeugdlink', jeugdlinkRequest);
    await step(people.lotte, 'record-court-order', courtOrder(id(1460), 'ots', '2027-11-19'));
    await step(people.lotte, 'record-court-order', courtOrder(id(1461), 'machtiging-uithuisplaatsing', '2027-05-19'));
    await step(people.lotte, 'request-placement', placementRequest(placementId));
    await step(people.lotte, 'link-family-account', { personId: family.sanne, accountId: familyAccounts.sanne.id });
    anEvent.eventId = (await casus.eventsOf(caseId))[0].id;
    await eventually(
      async () => ((await casus.get(people.lotte, `/placements/${placementId}`)).status === 200 ? true : undefined),
      'the placement process',
    );
    const document = await casus.http().get('/api/docs-json');
    documented = Object.entries(document.body.paths as Record<string, object>).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
  });
  afterAll(() => casus.close());

  it('classifies every documented route, and names no route that is not there', () => {
    const classified = [...Object.keys(CASE_DATA), ...Object.keys(NO_CASE_DATA)];
    expect(documented.filter((route) => !classified.includes(route))).toEqual([]);
    expect(classified.filter((route) => !documented.includes(route))).toEqual([]);
  });

  it.each(Object.entries(CASE_DATA))('%s logs a granted read and a refused one before answering', async (route, read) => {
    const action = route.replace(/\{(\w+)\}/g, ':$1');
    const attempts = [
      { reader: read.granted, status: read.grantedStatus, caseOnLine: read.caseOnLine },
      { reader: read.refused, status: read.refusedStatus, caseOnLine: read.caseOnRefusedLine },
    ];
    for (const { reader, status, caseOnLine } of attempts) {
      const before = (await logOf(reader)).length;
      const response = await casus
        .http()
        .get(read.path())
        .set(await casus.as(reader));
      const [line] = (await logOf(reader)).slice(before).filter((logged) => logged.action === action);
      expect({
        route,
        reader: reader.name,
        status: response.status,
        caseId: line?.caseId,
        refused: line?.ground.startsWith('refused: '),
      }).toEqual({
        route,
        reader: reader.name,
        status,
        caseId: caseOnLine,
        refused: status === 403 || status === 404,
      });
    }
  });
});
