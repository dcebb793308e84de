import { signal } from './support/case-story';
import { caseSteps, type CaseStepAnswer } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { readWhenCaughtUp } from './support/eventually';
import { id, people, type Actor } from './support/people';

/**
 * Veilig Thuis registers a signal itself and leads the case it opened: it investigates (10-week norm on the
 * deadlines list), records its conclusion and hands the case over to the wijkteam, which leads it from then on.
 * Veilig Thuis reads only the cases it registered; nobody else records its investigation.
 */
describe('Veilig Thuis on a case it registered', () => {
  let casus: CasusApi;
  const caseId = id(8700);
  const wijkteamCase = id(8710);
  const { open, step, refused, read } = caseSteps(() => casus, caseId);
  const wijkteam = caseSteps(() => casus, wijkteamCase);
  const vt = (n: number, team: string, organisation: string, name: string): Actor => ({
    id: id(n),
    role: 'veilig-thuis',
    team,
    organisation,
    name,
  });
  const sarah = vt(8780, 'veilig-thuis-gm', 'Veilig Thuis Gelderland-Midden', 'Sarah Yilmaz');
  const otherVt = vt(8781, 'veilig-thuis-utrecht', 'Veilig Thuis Utrecht', 'Koen Dekker');

  const investigation = { startedOn: '2026-11-17', reason: 'Police report and the school both point to violence at home' };
  const conclusion = {
    conclusion: 'confirmed',
    findings: 'Violence between the parents, witnessed by both children',
    concludedOn: '2026-11-20',
  };
  const handover = {
    team: people.lotte.team,
    organisation: people.lotte.organisation,
    summary: 'Safety arrangements agreed with both parents; help at home to arrange',
    handedOverOn: '2026-11-23',
  };
  const deadlinesAfter = async (actor: Actor, answer: CaseStepAnswer) => {
    const response = await readWhenCaughtUp(() => casus.get(actor, `/deadlines?caseId=${caseId}&minPosition=${answer.position}`));
    expect(response.status).toBe(200);
    return response.body.items as { deadlineId: string; kind: string; dueOn: string; status: string }[];
  };

  let opened: CaseStepAnswer;

  beforeAll(async () => {
    casus = await startCasusApi();
    await wijkteam.open();
    opened = await open(caseId, {}, sarah);
  });
  afterAll(() => casus.close());

  it('registers the signal itself and leads the case; the wijkteam does not read it yet', async () => {
    const { case: registered } = await read(sarah, `/cases/${caseId}`);
    expect(registered).toMatchObject({
      team: sarah.team,
      organisation: sarah.organisation,
      veiligThuis: { team: sarah.team, handover: null },
    });
    expect((await casus.get(people.lotte, `/cases/${caseId}`)).status).toBe(404);
  });

  it('is not read by a wijkteam whose team is spelled as the Veilig Thuis team, on its own or in a list', async () => {
    const lookAlike: Actor = { ...people.lotte, id: id(8782), team: sarah.team, name: 'Mirjam Bos' };
    expect((await casus.get(lookAlike, `/cases/${caseId}`)).status).toBe(404);
    const list = await readWhenCaughtUp(() => casus.get(lookAlike, `/cases?minPosition=${opened.position}`));
    expect(list.body.items).toEqual([]);
    const deadlines = await readWhenCaughtUp(() => casus.get(lookAlike, `/deadlines?minPosition=${opened.position}`));
    expect(deadlines.body.items).toEqual([]);
  });

  it('does not read a case the wijkteam registered, on its own or in a list', async () => {
    const response = await casus.get(sarah, `/cases/${wijkteamCase}`);
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 404, code: 'CASE.NOT_FOUND' });
    expect((await casus.get(sarah, `/cases/${wijkteamCase}/timeline`)).status).toBe(404);
    const list = await readWhenCaughtUp(() => casus.get(sarah, `/cases?minPosition=${opened.position}`));
    expect(list.body.items.map((c: { caseId: string }) => c.caseId)).toEqual([caseId]);
    await wijkteam.refused(sarah, 'record-new-signal', { ...newSignal(), signalId: id(8711) }, 404, 'CASE.NOT_FOUND', wijkteamCase);
  });

  it('starts its investigation, with the 10-week norm on the deadlines list', async () => {
    const started = await step(sarah, 'start-veilig-thuis-investigation', investigation);
    expect(await deadlinesAfter(sarah, started)).toContainEqual(
      expect.objectContaining({
        deadlineId: `veilig-thuis-investigation:${caseId}`,
        kind: 'veilig-thuis-investigation',
        dueOn: '2027-01-26',
        status: 'open',
      }),
    );
  });

  it('is the only one to record the investigation: not another Veilig Thuis team, the wijkteam, Jeugdlink, a GI, a provider or the auditor', async () => {
    for (const outsider of [otherVt, people.lotte, people.anouk, people.gijs, people.priya])
      await refused(outsider, 'conclude-veilig-thuis-investigation', conclusion, 404, 'CASE.NOT_FOUND');
    await refused(people.ilse, 'conclude-veilig-thuis-investigation', conclusion, 403, 'ACCESS.READ_ONLY_ROLE');
    await refused(otherVt, 'start-veilig-thuis-investigation', investigation, 404, 'CASE.NOT_FOUND');
  });

  it('hands over only once the investigation is concluded; its conclusion meets the 10-week norm', async () => {
    await refused(sarah, 'hand-over-to-local-team', handover, 422, 'VEILIG_THUIS.INVESTIGATION_OPEN');
    const concluded = await step(sarah, 'conclude-veilig-thuis-investigation', conclusion);
    expect((await deadlinesAfter(sarah, concluded)).find((d) => d.kind === 'veilig-thuis-investigation')).toMatchObject({ status: 'met' });
    await refused(sarah, 'conclude-veilig-thuis-investigation', conclusion, 422, 'VEILIG_THUIS.INVESTIGATION_ALREADY_CONCLUDED');
  });

  it('hands the case over to the wijkteam, which then leads it; Veilig Thuis keeps reading what it did but no longer writes', async () => {
    const handedOver = await step(sarah, 'hand-over-to-local-team', handover);
    const { case: taken } = await read(people.lotte, `/cases/${caseId}`);
    expect(taken).toMatchObject({ team: people.lotte.team, organisation: people.lotte.organisation });
    await step(people.lotte, 'assign-case-lead', { leadId: people.lotte.id, name: people.lotte.name });
    await read(sarah, `/cases/${caseId}`);
    const response = await refused(sarah, 'record-new-signal', newSignal(), 403, 'ACCESS.VEILIG_THUIS_HANDED_OVER');
    expect(response.body.detail).toContain('handed this case over');
    await refused(people.lotte, 'start-veilig-thuis-investigation', investigation, 403, 'ACCESS.STEP_NOT_FOR_ROLE');
    const timeline = await read(people.lotte, `/cases/${caseId}/timeline?minPosition=${handedOver.position}`);
    expect(timeline.steps.map((s: { type: string }) => s.type)).toEqual([
      'SignalRegistered',
      'VeiligThuisInvestigationStarted',
      'VeiligThuisInvestigationConcluded',
      'CaseHandedOverToLocalTeam',
      'CaseLeadAssigned',
    ]);
    expect(timeline.steps[3]).toMatchObject({ by: { role: 'veilig-thuis', team: sarah.team } });
  });

  it("logs Veilig Thuis's reads on the ground it reads by", async () => {
    const log = await casus.get(people.ilse, `/audit/access-log?caseId=${caseId}`);
    expect(log.status).toBe(200);
    const grounds = log.body.items
      .filter((line: { userId: string }) => line.userId === sarah.id)
      .map((line: { ground: string }) => line.ground);
    expect(grounds).toEqual(
      expect.arrayContaining([`leading Veilig Thuis team (${sarah.team})`, `handed-over Veilig Thuis team (${sarah.team})`]),
    );
  });

  function newSignal() {
    return {
      signalId: id(8720),
      receivedAt: '2026-11-23T07:30:00.000Z',
      source: 'school',
      concerns: ['absence from school'],
      childIds: [signal(caseId).children[1].childId],
      description: 'Daan was absent again',
      urgency: 'regular',
    };
  }
});
