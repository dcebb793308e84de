import { jeugdlinkJoin, jeugdlinkRequest, lead } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { formerReaderReads } from './support/former-reader-reads';
import { id, people, type Actor } from './support/people';

/**
 * A Jeugdlink team asked to join reads the request addressed to it, not the case: the list says which case asks,
 * who leads it, why and since when, to the team the request names and to no one else, each line in the access log.
 */
describe('the requests waiting for a Jeugdlink team', () => {
  let casus: CasusApi;
  const caseId = id(1701);
  const otherCase = id(1702);
  let position = '';
  const { open, step } = caseSteps(() => casus, caseId);
  const { logOf, listed } = formerReaderReads(
    () => casus,
    caseId,
    () => position,
  );
  const requests = async (actor: Actor) => (await listed(actor, '/jeugdlink-requests')).items;

  beforeAll(async () => {
    casus = await startCasusApi();
    await open();
    await step(people.lotte, 'assign-case-lead', lead);
    await open(otherCase);
    position = (await step(people.lotte, 'request-jeugdlink', jeugdlinkRequest)).position;
  });
  afterAll(() => casus.close());

  it('shows the team the request names the case that asks, who leads it, why and since when', async () => {
    expect(await requests(people.anouk)).toEqual([
      {
        caseId,
        team: people.lotte.team,
        municipality: 'Ede',
        urgency: 'regular',
        lead: { name: people.lotte.name },
        reason: jeugdlinkRequest.reason,
        requestedOn: '2026-11-23',
      },
    ]);
    expect((await logOf(people.anouk)).at(-1)).toMatchObject({
      caseId,
      dataAccessed: 'jeugdlink-requests',
      ground: `Jeugdlink team asked to join, its request only (${people.anouk.team})`,
    });
  });

  it('shows it to no other Jeugdlink team, nor to the wijkteam, a GI, a provider or an auditor, and logs that they saw none', async () => {
    for (const outsider of [people.ruben, people.lotte, people.gijs, people.priya, people.ilse]) {
      expect({ who: outsider.name, items: await requests(outsider) }).toEqual({ who: outsider.name, items: [] });
      const lines = (await logOf(outsider)).filter((line) => line.dataAccessed === 'jeugdlink-requests');
      expect({ who: outsider.name, line: lines.at(-1)?.caseId }).toEqual({ who: outsider.name, line: null });
    }
  });

  it('drops the request once the team joined: the case is then among its cases', async () => {
    position = (await step(people.anouk, 'join-jeugdlink', jeugdlinkJoin)).position;
    expect(await requests(people.anouk)).toEqual([]);
    expect((await listed(people.anouk, '/cases')).items.map((c: { caseId: string }) => c.caseId)).toEqual([caseId]);
  });
});
