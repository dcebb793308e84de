import { addDays } from '@casus/domain';
import { courtOrder, lead, mother, unsafeAssessment } from './support/case-story';
import { formerReaderReads } from './support/former-reader-reads';
import { caseSteps } from './support/case-steps';
import { NOW, startCasusApi, type CasusApi } from './support/casus-api';
import { join } from 'node:path';
import { eventually, readWhenCaughtUp } from './support/eventually';
import { family, id, people, type Actor } from './support/people';
import { scratchDir } from '../setup/scratch';

const READ_DAYS = 14;
const DAY = 24 * 60 * 60 * 1000;
const parent: Actor = { id: id(120), role: 'family', team: 'family', organisation: 'family', name: 'Fatima de Vries' };
const joke: Actor = {
  id: id(130),
  role: 'jeugdlink',
  team: 'jeugdlink-wageningen',
  organisation: 'Veilig Thuis Gelderland-Midden',
  name: 'Joke Peters',
};
const sem: Actor = { id: id(131), role: 'gi', team: 'gi-team-arnhem', organisation: 'Jeugdbescherming Gelderland', name: 'Sem Jansen' };
const father = { ...mother, familyMemberId: family.father, name: 'Mark de Vries', contact: { email: 'mark@example.org' } };
const members = (actor: Actor) => ({
  members: [{ memberId: actor.id, name: actor.name, organisation: actor.organisation }],
  purpose: 'Assess',
});

/** Lotte's team hands the family's case to Pieter's team in Wageningen, where the family moved. */
const transfer = {
  toTeam: people.pieter.team,
  toOrganisation: people.pieter.organisation,
  reason: 'move',
  explanation: 'The family moved to Wageningen',
  handover: { heldOn: '2026-11-20', receivedBy: people.pieter.name, note: 'The safety plan holds; school knows of the move' },
  municipality: 'Wageningen',
};

/**
 * Issue 16, transfer: the team a case leaves writes nothing from the transfer on, reads the case as it stood then for
 * FORMER_TEAM_READ_DAYS (logged on a ground of its own), and after that has no ground; its lists drop the case at once.
 */
describe('a case transferred to another team', () => {
  let casus: CasusApi;
  let today = NOW;
  const caseId = id(1600);
  const { open, step, refused, read } = caseSteps(() => casus, caseId);
  let transferredAt = -1;
  let lastPosition = '';

  const { logOf, listed, refusedRead } = formerReaderReads(
    () => casus,
    caseId,
    () => lastPosition,
  );

  beforeAll(async () => {
    casus = await startCasusApi({
      clock: () => today,
      formerTeamReadDays: READ_DAYS,
      jeugdlinkTeams: { Ede: people.anouk.team, Wageningen: joke.team },
      // An anchor after every event, so that one lies beyond what the team it left may read.
      notary: { keyFile: join(scratchDir('casus-transfer-'), 'notary-key.pem'), everyEvents: 1, everySeconds: 300 },
    });
    await open();
    await step(people.lotte, 'assign-case-lead', lead);
    await step(people.lotte, 'record-family-member', mother);
    await step(people.lotte, 'request-jeugdlink', { reason: 'Unsafe despite the safety plan' });
    await step(people.anouk, 'join-jeugdlink', members(people.anouk));
  });
  afterAll(() => casus.close());

  it('is the case team’s step: not the receiving team, Jeugdlink, a GI, an auditor, a provider or the family', async () => {
    for (const outsider of [people.pieter, people.ruben, people.gijs, people.priya, parent]) {
      await refused(outsider, 'transfer', transfer, 404, 'CASE.NOT_FOUND');
    }
    await refused(people.anouk, 'transfer', transfer, 403, 'ACCESS.STEP_NOT_FOR_ROLE');
    await refused(people.ilse, 'transfer', transfer, 403, 'ACCESS.READ_ONLY_ROLE');
  });

  it('refuses a municipality without a move, a move without one, and a transfer without its warme overdracht', async () => {
    await refused(people.lotte, 'transfer', { ...transfer, reason: 'capacity' }, 422, 'TRANSFER.MUNICIPALITY_WITHOUT_MOVE');
    await refused(people.lotte, 'transfer', { ...transfer, municipality: undefined }, 422, 'INPUT.MISSING');
    await refused(people.lotte, 'transfer', { ...transfer, toTeam: people.lotte.team }, 422, 'TRANSFER.SAME_TEAM');
    const { handover: _, ...without } = transfer;
    const missing = await refused(people.lotte, 'transfer', without, 400, 'REQUEST.INVALID');
    expect(missing.body.detail).toMatch(/handover/);
  });

  it('moves the case, its municipality and Jeugdlink to the new region, with the period the setting gives', async () => {
    transferredAt = (await step(people.lotte, 'transfer', transfer)).revision;
    const written = (await casus.eventsOf(caseId)).slice(-3);
    expect(written.map((e) => e.type)).toEqual(['JeugdlinkInvolvementEnded', 'JeugdlinkRequested', 'CaseTransferred']);
    expect(written[1].data).toMatchObject({ team: joke.team });
    expect(written[2].data).toMatchObject({
      fromTeam: people.lotte.team,
      toTeam: people.pieter.team,
      municipality: 'Wageningen',
      municipalityCode: 'GM0289',
      formerTeamReadEndsOn: addDays('2026-11-23', READ_DAYS),
      jeugdlinkHandedOver: { fromTeam: people.anouk.team, toTeam: joke.team },
    });
  });

  it('lets the new team and the new region’s Jeugdlink team write and read; the team it left, nor Jeugdlink before, write', async () => {
    await refused(people.lotte, 'record-family-member', father, 403, 'ACCESS.CASE_TRANSFERRED');
    await refused(people.lotte, 'close', { reason: 'handed over' }, 403, 'ACCESS.CASE_TRANSFERRED');
    await refused(people.anouk, 'record-family-member', father, 403, 'ACCESS.CASE_TRANSFERRED');
    await refused(people.ruben, 'join-jeugdlink', members(people.ruben), 404, 'CASE.NOT_FOUND');
    await step(people.pieter, 'assign-case-lead', { leadId: people.pieter.id, name: people.pieter.name });
    await step(joke, 'join-jeugdlink', members(joke));
    lastPosition = (await step(people.pieter, 'record-family-member', father)).position;
    const now = await read(people.pieter, `/cases/${caseId}`);
    expect(now.case).toMatchObject({ team: people.pieter.team, municipality: 'Wageningen', lead: { leadId: people.pieter.id } });
    expect((await read(joke, `/cases/${caseId}`)).revision).toBe(now.revision);
  });

  it('shows the team it left the case as it stood at the transfer, on a ground of its own, and nothing written after', async () => {
    const asStood = await read(people.lotte, `/cases/${caseId}`);
    expect(asStood.revision).toBe(transferredAt);
    expect(asStood.case.familyMembers.map((m: { familyMemberId: string }) => m.familyMemberId)).toEqual([family.mother]);
    expect(asStood.case.lead).toBeNull();
    expect((await logOf(people.lotte)).at(-1)).toMatchObject({
      caseId,
      dataAccessed: 'state',
      ground: `former team (${people.lotte.team}), the case as it stood at its transfer on 2026-11-23, until ${addDays('2026-11-23', READ_DAYS)}`,
    });
    const history = await read(people.lotte, `/cases/${caseId}/history`);
    expect(history.total).toBe(transferredAt + 1);
    const timeline = await listed(people.lotte, `/cases/${caseId}/timeline`);
    expect(timeline.steps.at(-1)).toMatchObject({ revision: transferredAt, type: 'CaseTransferred' });
    expect((await read(people.anouk, `/cases/${caseId}`)).revision).toBe(transferredAt);
  });

  it('checks the chain of the part the team it left reads, and tells it nothing of the anchor over the rest', async () => {
    await eventually(async () => {
      const whole = await read(people.ilse, `/cases/${caseId}/integrity`);
      return whole.anchor?.revision === whole.head.revision ? whole : undefined;
    }, 'an anchor over the whole case');
    const part = await read(people.lotte, `/cases/${caseId}/integrity`);
    expect(part).toMatchObject({ intact: true, head: { revision: transferredAt }, anchor: null, anchorProblem: null });
  });

  it('gives the team it left no export: a copy to keep would outlast its period', async () => {
    await refusedRead(people.lotte, `/cases/${caseId}/export`);
    expect((await read(people.pieter, `/cases/${caseId}/export`)).events).toHaveLength((await casus.eventsOf(caseId)).length);
  });

  it('lists, counts and dates the case for the new team only, at once', async () => {
    const theirs = await listed(people.pieter, '/cases');
    expect(theirs.items.find((c: { caseId: string }) => c.caseId === caseId)).toMatchObject({
      team: people.pieter.team,
      municipality: 'Wageningen',
    });
    for (const former of [people.lotte, people.anouk]) {
      expect((await listed(former, '/cases')).items.map((c: { caseId: string }) => c.caseId)).not.toContain(caseId);
      expect((await listed(former, `/deadlines?caseId=${caseId}`)).items).toEqual([]);
    }
    expect((await listed(people.pieter, `/deadlines?caseId=${caseId}`)).items).not.toEqual([]);
    expect(
      (await listed(people.pieter, `/deadlines?caseId=${caseId}`)).items.every((d: { team: string }) => d.team === people.pieter.team),
    ).toBe(true);
    expect((await listed(people.lotte, '/workload')).teams).toEqual([]);
    expect((await listed(people.pieter, '/workload')).teams).toEqual([expect.objectContaining({ team: people.pieter.team, openCases: 1 })]);
  });

  it('asks the Jeugdlink team of the municipality the family moved to, once the case moved there', async () => {
    const moved = id(1601);
    await open(moved);
    await step(people.lotte, 'transfer', transfer, moved);
    await step(people.pieter, 'request-jeugdlink', { reason: 'Unsafe after the move' }, moved);
    expect((await casus.eventsOf(moved)).at(-1)).toMatchObject({ type: 'JeugdlinkRequested', data: { team: joke.team } });
  });

  it('reads on the last day of the period, and from its end nothing: refused, logged, absent from the lists', async () => {
    today = new Date(NOW.getTime() + (READ_DAYS - 1) * DAY);
    expect((await read(people.lotte, `/cases/${caseId}`)).revision).toBe(transferredAt);
    today = new Date(NOW.getTime() + READ_DAYS * DAY);
    for (const former of [people.lotte, people.anouk]) {
      await refusedRead(former, `/cases/${caseId}`);
      await refusedRead(former, `/cases/${caseId}/timeline`);
      expect((await listed(former, '/cases')).items.map((c: { caseId: string }) => c.caseId)).not.toContain(caseId);
    }
    await refused(people.lotte, 'record-family-member', father, 404, 'CASE.NOT_FOUND');
    expect((await read(people.pieter, `/cases/${caseId}`)).case.team).toBe(people.pieter.team);
  });
});

/** Issue 16, transfer of the charged GI: recorded by the case, never by a GI; the GI it leaves as a former team. */
describe('another GI takes over the court orders of a child', () => {
  let casus: CasusApi;
  let today = NOW;
  const caseId = id(1650);
  const { open, step, refused, read } = caseSteps(() => casus, caseId);
  const change = {
    childId: family.sanne,
    toGiOrganisation: sem.organisation,
    explanation: 'The family moved out of the region the GI serves',
    handover: { heldOn: '2026-11-20', receivedBy: sem.name, note: 'The written instruction on school attendance is complied with' },
  };
  const assessment = (n: number) => ({ ...unsafeAssessment, assessmentId: id(n) });
  let changedAt = -1;

  beforeAll(async () => {
    casus = await startCasusApi({ clock: () => today, formerTeamReadDays: READ_DAYS });
    await open();
    await step(people.lotte, 'assign-case-lead', lead);
    await step(people.lotte, 'record-court-order', courtOrder(id(1661), 'ots', '2027-11-19'));
    await step(people.gijs, 'record-safety-assessment', assessment(1671));
  });
  afterAll(() => casus.close());

  it('is recorded by the case team, never by the GI charged, the one taking over, an outsider, an auditor, a provider or the family', async () => {
    await refused(people.gijs, 'change-charged-gi', change, 403, 'ACCESS.STEP_NOT_FOR_ROLE');
    for (const outsider of [sem, people.pieter, people.ruben, people.priya, parent]) {
      await refused(outsider, 'change-charged-gi', change, 404, 'CASE.NOT_FOUND');
    }
    await refused(people.ilse, 'change-charged-gi', change, 403, 'ACCESS.READ_ONLY_ROLE');
    await refused(people.lotte, 'change-charged-gi', { ...change, toGiOrganisation: people.gijs.organisation }, 422, 'GI_CHANGE.SAME_GI');
    changedAt = (await step(people.lotte, 'change-charged-gi', change)).revision;
  });

  it('charges the new GI at once; the GI it left writes nothing and reads the case as it stood, then nothing', async () => {
    await refused(people.gijs, 'record-safety-assessment', assessment(1672), 403, 'ACCESS.CASE_TRANSFERRED');
    const position = (await step(sem, 'record-safety-assessment', assessment(1673))).position;
    expect((await read(people.gijs, `/cases/${caseId}`)).revision).toBe(changedAt);
    expect((await casus.get(people.ilse, `/audit/access-log?user=${people.gijs.id}&limit=1000`)).body.items.at(-1)).toMatchObject({
      ground: `former GI (${people.gijs.organisation}), the case as it stood when another GI took over on 2026-11-23, until ${addDays('2026-11-23', READ_DAYS)}`,
    });
    const listOf = async (actor: Actor) =>
      (await readWhenCaughtUp(async () => casus.get(actor, `/cases?minPosition=${position}`))).body.items.map(
        (c: { caseId: string }) => c.caseId,
      );
    expect(await listOf(people.gijs)).not.toContain(caseId);
    expect(await listOf(sem)).toContain(caseId);
    today = new Date(NOW.getTime() + READ_DAYS * DAY);
    const after = await casus.get(people.gijs, `/cases/${caseId}`);
    expect({ status: after.status, code: after.body.code }).toEqual({ status: 404, code: 'CASE.NOT_FOUND' });
    await refused(people.gijs, 'record-safety-assessment', assessment(1674), 404, 'CASE.NOT_FOUND');
  });
});
