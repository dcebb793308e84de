import { addDays } from '@casus/domain';
import { mother, signal } from './support/case-story';
import { formerReaderReads } from './support/former-reader-reads';
import { caseSteps, type CaseStepAnswer } from './support/case-steps';
import { NOW, startCasusApi, type CasusApi } from './support/casus-api';
import { readWhenCaughtUp } from './support/eventually';
import { id, people, type Actor } from './support/people';

const READ_DAYS = 14;
const DAY = 24 * 60 * 60 * 1000;

/**
 * Veilig Thuis registers a signal itself and leads the case it opened: it investigates (10-week norm on the
 * deadlines list), records its conclusion and hands the case over to the wijkteam, which leads it from then on.
 * Veilig Thuis reads only the cases it registered; nobody else records its investigation. A handover is a handover:
 * from then on Veilig Thuis reads the case as it stood at the handover, for FORMER_TEAM_READ_DAYS, as a team a case
 * was transferred from does, and nothing the wijkteam does afterwards.
 */
describe('Veilig Thuis on a case it registered', () => {
  let casus: CasusApi;
  let today = NOW;
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

  const { logOf, listed, refusedRead } = formerReaderReads(
    () => casus,
    caseId,
    () => lastPosition,
  );

  let opened: CaseStepAnswer;
  let handedOverAt = -1;
  let lastPosition = '';

  beforeAll(async () => {
    casus = await startCasusApi({ clock: () => today, formerTeamReadDays: READ_DAYS });
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
    lastPosition = concluded.position;
    expect((await deadlinesAfter(sarah, concluded)).find((d) => d.kind === 'veilig-thuis-investigation')).toMatchObject({ status: 'met' });
    await refused(sarah, 'conclude-veilig-thuis-investigation', conclusion, 422, 'VEILIG_THUIS.INVESTIGATION_ALREADY_CONCLUDED');
  });

  it('leads the case on its own lists until the handover', async () => {
    expect((await listed(sarah, '/cases')).items.map((c: { caseId: string }) => c.caseId)).toEqual([caseId]);
    expect((await listed(sarah, `/deadlines?caseId=${caseId}`)).items).not.toEqual([]);
    expect((await listed(sarah, '/workload')).teams).toEqual([expect.objectContaining({ team: sarah.team, openCases: 1 })]);
  });

  it('hands the case over to the wijkteam, which then leads it, with the read period the setting gives; Veilig Thuis no longer writes', async () => {
    const handedOver = await step(sarah, 'hand-over-to-local-team', handover);
    handedOverAt = handedOver.revision;
    expect((await casus.eventsOf(caseId)).at(-1)).toMatchObject({
      type: 'CaseHandedOverToLocalTeam',
      data: {
        team: people.lotte.team,
        fromTeam: sarah.team,
        handedOverOn: '2026-11-23',
        formerTeamReadEndsOn: addDays('2026-11-23', READ_DAYS),
      },
    });
    const { case: taken } = await read(people.lotte, `/cases/${caseId}`);
    expect(taken).toMatchObject({ team: people.lotte.team, organisation: people.lotte.organisation });
    await step(people.lotte, 'assign-case-lead', { leadId: people.lotte.id, name: people.lotte.name });
    lastPosition = (await step(people.lotte, 'record-family-member', mother)).position;
    const response = await refused(sarah, 'record-new-signal', newSignal(), 403, 'ACCESS.CASE_TRANSFERRED');
    expect(response.body.detail).toContain('handed over on 2026-11-23');
    await refused(people.lotte, 'start-veilig-thuis-investigation', investigation, 403, 'ACCESS.STEP_NOT_FOR_ROLE');
    const timeline = await read(people.lotte, `/cases/${caseId}/timeline?minPosition=${lastPosition}`);
    expect(timeline.steps.map((s: { type: string }) => s.type)).toEqual([
      'SignalRegistered',
      'VeiligThuisInvestigationStarted',
      'VeiligThuisInvestigationConcluded',
      'CaseHandedOverToLocalTeam',
      'CaseLeadAssigned',
      'FamilyMemberRecorded',
    ]);
    expect(timeline.steps[3]).toMatchObject({ by: { role: 'veilig-thuis', team: sarah.team } });
  });

  it('shows Veilig Thuis the case as it stood at the handover, on the ground of a former team, and nothing the wijkteam recorded after', async () => {
    const asStood = await read(sarah, `/cases/${caseId}`);
    expect(asStood.revision).toBe(handedOverAt);
    expect(asStood.case).toMatchObject({ team: people.lotte.team, lead: null, familyMembers: [] });
    expect((await logOf(sarah)).at(-1)).toMatchObject({
      caseId,
      dataAccessed: 'state',
      ground: `former team (${sarah.team}), the case as it stood at its handover to the local team on 2026-11-23, until ${addDays('2026-11-23', READ_DAYS)}`,
    });
    const history = await read(sarah, `/cases/${caseId}/history`);
    expect(history.total).toBe(handedOverAt + 1);
    const timeline = await listed(sarah, `/cases/${caseId}/timeline`);
    expect(timeline.steps.at(-1)).toMatchObject({ revision: handedOverAt, type: 'CaseHandedOverToLocalTeam' });
    expect(await read(sarah, `/cases/${caseId}/integrity`)).toMatchObject({ intact: true, head: { revision: handedOverAt } });
  });

  it('gives Veilig Thuis no export after the handover: a copy to keep would outlast its period', async () => {
    await refusedRead(sarah, `/cases/${caseId}/export`);
    expect((await read(people.lotte, `/cases/${caseId}/export`)).events).toHaveLength((await casus.eventsOf(caseId)).length);
  });

  it('drops the case from the lists of Veilig Thuis at once: cases, deadlines and workload are the wijkteam’s now', async () => {
    expect((await listed(people.lotte, '/cases')).items.map((c: { caseId: string }) => c.caseId)).toContain(caseId);
    expect((await listed(sarah, '/cases')).items).toEqual([]);
    expect((await listed(sarah, `/deadlines?caseId=${caseId}`)).items).toEqual([]);
    expect((await listed(sarah, '/workload')).teams).toEqual([]);
  });

  it("logs Veilig Thuis's reads on the ground it reads by", async () => {
    const grounds = (await logOf(sarah)).filter((line) => line.caseId === caseId).map((line) => line.ground);
    expect(grounds).toEqual(
      expect.arrayContaining([`leading Veilig Thuis team (${sarah.team})`, expect.stringMatching(/^former team \(/)]),
    );
  });

  it('reads on the last day of the period, and from its end nothing: refused, logged, absent from the lists', async () => {
    today = new Date(NOW.getTime() + (READ_DAYS - 1) * DAY);
    expect((await read(sarah, `/cases/${caseId}`)).revision).toBe(handedOverAt);
    today = new Date(NOW.getTime() + READ_DAYS * DAY);
    for (const path of ['', '/timeline', '/history']) await refusedRead(sarah, `/cases/${caseId}${path}`);
    expect((await listed(sarah, '/cases')).items).toEqual([]);
    await refused(sarah, 'record-new-signal', newSignal(), 404, 'CASE.NOT_FOUND');
    expect((await read(people.lotte, `/cases/${caseId}`)).case.team).toBe(people.lotte.team);
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
