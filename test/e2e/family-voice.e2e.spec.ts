import { correctionAnswerBy } from '@casus/domain';
import { formatPosition } from '@casus/event-store';
import { REFUSAL_WORDS } from '@casus/wording';
import { mother } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { readWhenCaughtUp } from './support/eventually';
import { family, familyAccounts, id, people, type Actor } from './support/people';

const father = { ...mother, familyMemberId: family.father, name: 'Mark de Vries', parentalAuthorityOver: [], contact: {} };
type Code = keyof typeof REFUSAL_WORDS;

/**
 * Issue 18, the family's own voice: a child from 12 or a parent adds an own statement and asks for a correction, for
 * the destruction of the file, or complains, under /my-file; the case answers under /cases. The API's today is 2026-11-23
 * (Sanne is 12, Daan 7; the father has no authority).
 */
describe('the family’s own voice in the file, over HTTP', () => {
  let casus: CasusApi;
  const caseId = id(1900);
  const { open, step, refused, read } = caseSteps(() => casus, caseId);

  const ask = async (actor: Actor, path: string, body: object, onCase = caseId) =>
    casus
      .http()
      .post(`/my-file/${onCase}/${path}`)
      .set(await casus.as(actor))
      .send(body);
  const asked = async (actor: Actor, path: string, body: object, onCase = caseId) => {
    const response = await ask(actor, path, body, onCase);
    expect({ path, status: response.status, body: response.body }).toEqual({
      path,
      status: 201,
      body: expect.objectContaining({ caseId: onCase, revision: expect.any(Number) }),
    });
    return response.body;
  };
  /** Refused with its status, stable code, a detail and the Dutch words; nothing written. */
  const askRefused = async (actor: Actor, path: string, body: object, status: number, code: Code, onCase = caseId) => {
    const before = await casus.revisionOf(onCase);
    const response = await ask(actor, path, body, onCase);
    expect({ path, status: response.status, code: response.body.code }).toEqual({ path, status, code });
    expect(response.body.detail).toEqual(expect.any(String));
    expect(response.body).toMatchObject({ language: 'nl', text: REFUSAL_WORDS[code].nl });
    expect(await casus.revisionOf(onCase)).toBe(before);
  };
  const lastEvent = async (onCase = caseId) => (await casus.eventsOf(onCase)).at(-1)!;

  beforeAll(async () => {
    casus = await startCasusApi();
    await open();
    await step(people.lotte, 'record-family-member', mother);
    await step(people.lotte, 'record-family-member', father);
    for (const who of ['sanne', 'daan', 'mother', 'father'] as const)
      await step(people.lotte, 'link-family-account', { personId: family[who], accountId: familyAccounts[who].id });
  });
  afterAll(() => casus.close());

  describe('an own statement', () => {
    const statement = { statementId: id(1901), text: 'Ik wil zelf kiezen wanneer ik papa zie', aboutEventNumber: 1 };

    it('is added by a child from 12 in her own words, sealed under her in the store', async () => {
      await asked(familyAccounts.sanne, 'statements', statement);
      expect(await lastEvent()).toMatchObject({
        type: 'OwnStatementAdded',
        data: { statementId: statement.statementId, personId: family.sanne, aboutEventNumber: 1, text: { $personal: expect.anything() } },
      });
      const { case: state } = await read(people.lotte, `/cases/${caseId}`);
      expect(state.familyVoice.statements).toEqual([
        { statementId: statement.statementId, personId: family.sanne, text: statement.text, aboutEventNumber: 1, addedOn: '2026-11-23' },
      ]);
      await askRefused(familyAccounts.sanne, 'statements', statement, 409, 'FAMILY.STATEMENT_ALREADY_ADDED');
    });

    it('is added by a parent with authority; refused to a parent without it and to a child under 12', async () => {
      await asked(familyAccounts.mother, 'statements', { statementId: id(1902), text: 'Het gaat beter thuis' });
      await askRefused(familyAccounts.father, 'statements', { statementId: id(1903), text: 'x' }, 403, 'FAMILY.NO_FILE_RIGHT');
      await askRefused(familyAccounts.daan, 'statements', { statementId: id(1904), text: 'x' }, 403, 'FAMILY.NO_FILE_RIGHT');
    });

    it('needs words and a step number that can be one (400, nothing written)', async () => {
      for (const body of [
        { statementId: id(1905), text: '' },
        { statementId: id(1905), text: 'x', aboutEventNumber: -1 },
        { statementId: 'not-an-id', text: 'x' },
      ]) {
        const before = await casus.revisionOf(caseId);
        const response = await ask(familyAccounts.sanne, 'statements', body);
        expect({ status: response.status, code: response.body.code }).toEqual({ status: 400, code: 'REQUEST.INVALID' });
        expect(await casus.revisionOf(caseId)).toBe(before);
      }
    });
  });

  describe('a correction', () => {
    const request = { requestId: id(1911), aboutEventNumber: 2, what: 'Ik woon niet meer in de Molenstraat', proposed: 'Dorpsweg 4' };

    it('is asked by a parent with the file, and by a parent with information only; not by a child under 12', async () => {
      const requested = await asked(familyAccounts.mother, 'correction-requests', request);
      const event = await lastEvent();
      expect(event).toMatchObject({ type: 'CorrectionRequested', data: { what: { $personal: expect.anything() } } });
      // AVG art. 12(3): answered within one month, on the team's deadlines list.
      const deadlines = await readWhenCaughtUp(() =>
        casus.get(people.lotte, `/deadlines?caseId=${caseId}&minPosition=${requested.position}`),
      );
      expect(deadlines.body.items).toContainEqual(
        expect.objectContaining({
          deadlineId: `correction-answer:${request.requestId}`,
          kind: 'correction-answer',
          dueOn: correctionAnswerBy(event.data.requestedOn as string),
        }),
      );
      await asked(familyAccounts.father, 'correction-requests', { ...request, requestId: id(1912) });
      await askRefused(familyAccounts.daan, 'correction-requests', { ...request, requestId: id(1913) }, 403, 'FAMILY.NO_INSPECTION_RIGHT');
    });

    it('is decided by the case team: corrected as a new event, the step it corrects untouched; once', async () => {
      const before = (await casus.eventsOf(caseId))[2];
      await refused(
        people.lotte,
        'decide-correction',
        { requestId: request.requestId, decision: 'refused', reason: 'r', correction: 'x' },
        422,
        'FAMILY.CORRECTION_REFUSED_WITH_TEXT',
      );
      await refused(
        people.lotte,
        'decide-correction',
        { requestId: request.requestId, decision: 'corrected', reason: 'r' },
        422,
        'INPUT.MISSING',
      );
      const decided = await step(people.lotte, 'decide-correction', {
        requestId: request.requestId,
        decision: 'corrected',
        reason: 'The family moved in October',
        correction: 'Mother lives at Dorpsweg 4 since October',
      });
      expect(await lastEvent()).toMatchObject({ type: 'CorrectionDecided', data: { aboutEventNumber: 2, decision: 'corrected' } });
      expect((await casus.eventsOf(caseId))[2]).toEqual(before);
      const met = await readWhenCaughtUp(() =>
        casus.get(people.lotte, `/deadlines?caseId=${caseId}&minPosition=${decided.position}&status=met`),
      );
      expect(met.body.items.map((d: { deadlineId: string }) => d.deadlineId)).toContain(`correction-answer:${request.requestId}`);
      await refused(
        people.lotte,
        'decide-correction',
        { requestId: request.requestId, decision: 'refused', reason: 'again' },
        422,
        'FAMILY.CORRECTION_ALREADY_DECIDED',
      );
      await refused(
        people.lotte,
        'decide-correction',
        { requestId: id(1919), decision: 'refused', reason: 'r' },
        404,
        'FAMILY.CORRECTION_NOT_FOUND',
      );
    });
  });

  describe('a complaint', () => {
    const complaint = { complaintId: id(1921), about: 'Het gesprek van 18 november', text: 'Ik werd niet gehoord' };

    it('is filed by every linked person, whatever they may see, with its handling on the team’s deadlines list (6 weeks)', async () => {
      const filed = await asked(familyAccounts.daan, 'complaints', complaint);
      expect(await lastEvent()).toMatchObject({ type: 'ComplaintFiled', data: { personId: family.daan, handleBy: '2027-01-04' } });
      await asked(familyAccounts.father, 'complaints', { ...complaint, complaintId: id(1922) });
      const deadlines = await readWhenCaughtUp(() => casus.get(people.lotte, `/deadlines?caseId=${caseId}&minPosition=${filed.position}`));
      expect(deadlines.body.items).toContainEqual(
        expect.objectContaining({
          deadlineId: `complaint-handling:${complaint.complaintId}`,
          kind: 'complaint-handling',
          dueOn: '2027-01-04',
        }),
      );
    });

    it('is handled by the case team with an outcome and a reason; the deadline met', async () => {
      const handled = await step(people.lotte, 'handle-complaint', {
        complaintId: complaint.complaintId,
        outcome: 'partly-upheld',
        reason: 'A new talk is planned',
      });
      const deadlines = await readWhenCaughtUp(() =>
        casus.get(people.lotte, `/deadlines?caseId=${caseId}&minPosition=${handled.position}&status=met`),
      );
      expect(deadlines.body.items.map((d: { deadlineId: string }) => d.deadlineId)).toContain(
        `complaint-handling:${complaint.complaintId}`,
      );
      await refused(
        people.lotte,
        'handle-complaint',
        { complaintId: complaint.complaintId, outcome: 'upheld', reason: 'again' },
        422,
        'FAMILY.COMPLAINT_ALREADY_HANDLED',
      );
    });
  });

  describe('a request to destroy the file', () => {
    const request = { requestId: id(1931), reason: 'Ik wil opnieuw beginnen' };

    it('is refused to a child under 12 and to a parent without authority', async () => {
      await askRefused(familyAccounts.daan, 'destruction-requests', request, 422, 'FAMILY.DESTRUCTION_CHILD_UNDER_12');
      await askRefused(familyAccounts.father, 'destruction-requests', request, 403, 'FAMILY.NO_FILE_RIGHT');
    });

    it('is asked by a child from 12, to be decided within 3 months, on the deadlines list; one at a time', async () => {
      const requested = await asked(familyAccounts.sanne, 'destruction-requests', request);
      expect(await lastEvent()).toMatchObject({
        type: 'DestructionRequested',
        data: { decideBy: '2027-02-23', reason: { $personal: expect.anything() } },
      });
      await askRefused(familyAccounts.mother, 'destruction-requests', { requestId: id(1932) }, 422, 'FAMILY.DESTRUCTION_REQUEST_OPEN');
      const deadlines = await readWhenCaughtUp(() =>
        casus.get(people.lotte, `/deadlines?caseId=${caseId}&minPosition=${requested.position}`),
      );
      expect(deadlines.body.items).toContainEqual(
        expect.objectContaining({ deadlineId: `destruction-decision:${request.requestId}`, dueOn: '2027-02-23' }),
      );
    });

    it('is not carried out on an open case, nor refused without an exception of the law; refused on another’s interest', async () => {
      await refused(
        people.lotte,
        'decide-destruction',
        { requestId: request.requestId, decision: 'destroy', reason: 'r' },
        422,
        'FAMILY.DESTRUCTION_CASE_OPEN',
      );
      await refused(
        people.lotte,
        'decide-destruction',
        { requestId: request.requestId, decision: 'refuse', reason: 'r' },
        422,
        'FAMILY.DESTRUCTION_REFUSED_WITHOUT_EXCEPTION',
      );
      await step(people.lotte, 'decide-destruction', {
        requestId: request.requestId,
        decision: 'refuse',
        exception: 'considerable-interest-of-another',
        reason: 'Daan’s part of the file is still needed for his care',
      });
      expect(await lastEvent()).toMatchObject({
        type: 'DestructionRequestDecided',
        data: { decision: 'refuse', exception: 'considerable-interest-of-another' },
      });
    });
  });

  describe('who may not', () => {
    const otherCase = id(1950);

    it('a professional or an auditor on /my-file: 403 before any case is read', async () => {
      for (const actor of [people.lotte, people.ilse, people.gijs])
        await askRefused(actor, 'complaints', { complaintId: id(1951), about: 'a', text: 'b' }, 403, 'ACCESS.FAMILY_ONLY');
    });

    it('a family member linked on another case, or whose link ended: no case', async () => {
      const other = caseSteps(() => casus, otherCase);
      await other.open();
      await other.step(people.lotte, 'record-family-member', mother);
      await other.step(people.lotte, 'link-family-account', { personId: family.mother, accountId: familyAccounts.mother.id });
      await asked(familyAccounts.mother, 'complaints', { complaintId: id(1952), about: 'a', text: 'b' }, otherCase);
      await askRefused(
        familyAccounts.sanne,
        'complaints',
        { complaintId: id(1953), about: 'a', text: 'b' },
        404,
        'CASE.NOT_FOUND',
        otherCase,
      );
      await other.step(people.lotte, 'end-family-account-link', { personId: family.mother, reason: 'New account' });
      await askRefused(
        familyAccounts.mother,
        'complaints',
        { complaintId: id(1954), about: 'a', text: 'b' },
        404,
        'CASE.NOT_FOUND',
        otherCase,
      );
    });

    it('the answers: a professional of another team, a provider and a family member meet no case; an auditor only reads', async () => {
      await asked(familyAccounts.mother, 'complaints', { complaintId: id(1955), about: 'a', text: 'b' });
      const answers = [
        ['decide-correction', { requestId: id(1912), decision: 'refused', reason: 'r' }],
        ['handle-complaint', { complaintId: id(1955), outcome: 'upheld', reason: 'r' }],
        ['decide-destruction', { requestId: id(1931), decision: 'refuse', exception: 'legal-duty', reason: 'r' }],
      ] as const;
      for (const [path, body] of answers) {
        for (const outsider of [people.pieter, people.priya, familyAccounts.mother])
          await refused(outsider, path, body, 404, 'CASE.NOT_FOUND');
        await refused(people.ilse, path, body, 403, 'ACCESS.READ_ONLY_ROLE');
      }
    });

    it('offers the answers to the case team on GET /steps while a request waits', async () => {
      const { steps } = await read(people.lotte, `/cases/${caseId}/steps`);
      const of = (type: string) => steps.find((s: { type: string }) => s.type === type);
      expect(of('DecideCorrection')).toEqual({
        type: 'DecideCorrection',
        open: true,
        method: 'POST',
        path: '/cases/{caseId}/decide-correction',
      });
      expect(of('HandleComplaint')).toEqual({
        type: 'HandleComplaint',
        open: true,
        method: 'POST',
        path: '/cases/{caseId}/handle-complaint',
      });
      expect(of('DecideDestruction')).toMatchObject({ open: false, code: 'FAMILY.DESTRUCTION_REQUEST_NOT_FOUND' });
      expect(of('AddOwnStatement')).toMatchObject({ open: false, code: 'ACCESS.STEP_NOT_FOR_ROLE' });
    });
  });

  describe('on the professionals’ timeline', () => {
    it('tells each request and answer, never what the family wrote', async () => {
      const { steps } = await read(people.lotte, `/cases/${caseId}/timeline?minPosition=${formatPosition((await lastEvent()).position)}`);
      const lines: string[] = steps.map((s: { summary: string }) => s.summary);
      for (const line of [
        'Eigen verklaring bij stap #1 gevoegd',
        'Correctie gevraagd van stap #2',
        'Klacht ingediend; behandeling uiterlijk 2027-01-04',
      ])
        expect(lines).toContain(line);
      expect(lines).toContain('Correctie van stap #2 gecorrigeerd: The family moved in October');
      expect(lines.join('\n')).not.toMatch(/papa|Molenstraat|niet gehoord|opnieuw beginnen|beter thuis/);
    });
  });

  describe('on the family’s own file (GET /my-file/{caseId})', () => {
    type Line = { eventNumber: number; text: string; why?: string; ownWords?: { whoText: string; words: string }[] };
    const fileOf = async (actor: Actor) => (await read(actor, `/my-file/${caseId}`)) as { happened?: Line[]; next?: { text: string }[] };
    const voiceLines = (lines: Line[] = []) => lines.filter((l) => /^Je |^De fout|^Je dossier/.test(l.text));

    it('shows each request and its answer, in B1 words with the why and their own words, to the one who asked only', async () => {
      const mine = await fileOf(familyAccounts.mother);
      expect(voiceLines(mine.happened).map(({ text, why, ownWords }) => ({ text, why, words: ownWords?.map((w) => w.words) }))).toEqual([
        { text: 'Je schreef een eigen verklaring bij het dossier.', why: undefined, words: ['Het gaat beter thuis'] },
        {
          text: 'Je vroeg om een fout in het dossier te verbeteren. (stap #2)',
          why: undefined,
          words: ['Ik woon niet meer in de Molenstraat', 'Dorpsweg 4'],
        },
        {
          text: 'De fout is verbeterd. Nu staat er: "Mother lives at Dorpsweg 4 since October". Wat er eerst stond, blijft ook bewaard. (stap #2)',
          why: 'The family moved in October',
          words: undefined,
        },
        { text: 'Je diende een klacht in. Je hoort uiterlijk 4 januari 2027 wat ermee gebeurt.', why: undefined, words: ['a', 'b'] },
      ]);
      expect(mine.next?.filter((n) => n.text === 'Je hoort wat er met je klacht gebeurt')).toHaveLength(1);
      const sanne = await fileOf(familyAccounts.sanne);
      expect(voiceLines(sanne.happened).map(({ text, why }) => ({ text, why }))).toEqual([
        { text: 'Je schreef een eigen verklaring bij het dossier. (stap #1)', why: undefined },
        { text: 'Je vroeg om je dossier te vernietigen. Je hoort uiterlijk 23 februari 2027 wat er besloten is.', why: undefined },
        {
          text: 'Je dossier wordt niet vernietigd, want het dossier is heel belangrijk voor iemand anders.',
          why: 'Daan’s part of the file is still needed for his care',
        },
      ]);
      expect(JSON.stringify(sanne)).not.toMatch(/Het gaat beter thuis|Molenstraat|klacht/);
      // A parent without authority is told the important facts, and his own requests with their answers.
      const father = (await read(familyAccounts.father, `/my-file/${caseId}`)) as { information: { text: string }[] };
      expect(father.information.map((i) => i.text).filter((t) => t.startsWith('Je '))).toEqual([
        'Je vroeg om een fout in het dossier te verbeteren. (stap #2)',
        'Je diende een klacht in. Je hoort uiterlijk 4 januari 2027 wat ermee gebeurt.',
      ]);
      expect(JSON.stringify(mine)).not.toMatch(/papa|opnieuw beginnen|vernietig/);
    });
  });
});
