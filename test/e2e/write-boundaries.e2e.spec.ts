import { courtOrder, lead, mother, signal, unsafeAssessment } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { family, id, people, type Actor } from './support/people';

/** Issue 13's write-side attacks, each tried by an outsider with a valid token: refused, and nothing written. */
describe('the write side of the trust boundaries', () => {
  let casus: CasusApi;
  const caseId = id(1300);
  const unknownCaseId = id(1399);

  const { step, refused, open: openCase } = caseSteps(() => casus, caseId);
  const open = async (onCase: string, municipality = 'Ede') => {
    await openCase(onCase, { municipality });
    await step(people.lotte, 'assign-case-lead', lead, onCase);
  };

  beforeAll(async () => {
    casus = await startCasusApi({ jeugdlinkTeams: { Ede: people.anouk.team } });
    await open(caseId);
  });
  afterAll(() => casus.close());

  describe('outsiders learn nothing from a write', () => {
    it('answers a write to someone else’s case exactly as a write to a case that does not exist', async () => {
      const mine = await refused(people.pieter, 'record-safety-assessment', unsafeAssessment, 404, 'CASE.NOT_FOUND');
      const none = await refused(people.pieter, 'record-safety-assessment', unsafeAssessment, 404, 'CASE.NOT_FOUND', unknownCaseId);
      expect(mine.body.detail.replace(caseId, '<id>')).toBe(none.body.detail.replace(unknownCaseId, '<id>'));
      for (const outsider of [people.ruben, people.gijs, people.priya]) {
        await refused(outsider, 'close', { reason: 'x' }, 404, 'CASE.NOT_FOUND');
      }
    });

    it('decides who may write before it looks at If-Match, so a stale revision tells an outsider nothing', async () => {
      const current = await casus.revisionOf(caseId);
      await refused(people.pieter, 'close', { reason: 'x' }, 404, 'CASE.NOT_FOUND', caseId, { 'If-Match': `"${current + 5}"` });
      await refused(people.pieter, 'close', { reason: 'x', expectedRevision: current + 5 }, 404, 'CASE.NOT_FOUND');
      await refused(people.lotte, 'close', { reason: 'x' }, 409, 'CASE.REVISION_CONFLICT', caseId, { 'If-Match': `"${current + 5}"` });
    });

    it('answers a taken case id alike for everyone, with nothing about the case; without caseId Casus chooses one', async () => {
      const answers = await Promise.all(
        [people.pieter, people.lotte].map(async (actor) =>
          casus
            .http()
            .post('/cases')
            .set(await casus.as(actor))
            .send(signal(caseId)),
        ),
      );
      for (const answer of answers) {
        expect({ status: answer.status, code: answer.body.code }).toEqual({ status: 409, code: 'CASE.ID_UNAVAILABLE' });
        expect(answer.body.detail).not.toMatch(/wijkteam|Ede|open|closed|registered/i);
      }
      expect(answers[0].body.detail).toBe(answers[1].body.detail);
      const { caseId: _, ...withoutId } = signal(caseId);
      const chosen = await casus
        .http()
        .post('/cases')
        .set(await casus.as(people.pieter))
        .send(withoutId);
      expect(chosen.status).toBe(201);
      expect(chosen.body.caseId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(await casus.revisionOf(chosen.body.caseId)).toBe(0);
    });
  });

  describe('Jeugdlink joins only as the team the case asked for', () => {
    it('asks the team configured for the municipality; another Jeugdlink team cannot join and the asked one can', async () => {
      await step(people.lotte, 'request-jeugdlink', { reason: 'Unsafe despite the safety plan' });
      const join = (actor: Actor) => ({
        members: [{ memberId: actor.id, name: actor.name, organisation: actor.organisation }],
        purpose: 'Assess',
      });
      await refused(people.ruben, 'join-jeugdlink', join(people.ruben), 404, 'CASE.NOT_FOUND');
      await step(people.anouk, 'join-jeugdlink', join(people.anouk));
      expect((await casus.eventsOf(caseId)).find((e) => e.type === 'JeugdlinkRequested')?.data).toMatchObject({ team: people.anouk.team });
    });

    it('finds the configured team by the municipality’s CBS code, however the signal spells its name', async () => {
      const spelledOtherwise = id(1302);
      await open(spelledOtherwise, 'Gemeente Ede');
      await step(people.lotte, 'request-jeugdlink', { reason: 'Unsafe despite the safety plan' }, spelledOtherwise);
      const requested = (await casus.eventsOf(spelledOtherwise)).find((e) => e.type === 'JeugdlinkRequested');
      expect(requested?.data).toMatchObject({ team: people.anouk.team });
    });

    it('asks the team the case lead names, and refuses a request that names none where no team is configured', async () => {
      const elsewhere = id(1301);
      await open(elsewhere, 'Renkum');
      const missing = await refused(people.lotte, 'request-jeugdlink', { reason: 'Unsafe' }, 422, 'INPUT.MISSING', elsewhere);
      expect(missing.body.detail).toMatch(/Jeugdlink team/);
      await step(people.lotte, 'request-jeugdlink', { reason: 'Unsafe', team: people.ruben.team }, elsewhere);
      const join = (actor: Actor) => ({
        members: [{ memberId: actor.id, name: actor.name, organisation: actor.organisation }],
        purpose: 'Assess',
      });
      await refused(people.anouk, 'join-jeugdlink', join(people.anouk), 404, 'CASE.NOT_FOUND', elsewhere);
      await step(people.ruben, 'join-jeugdlink', join(people.ruben), elsewhere);
    });

    it('names no team but the actor’s own in a refusal to a joined member', async () => {
      const refusal = await refused(people.anouk, 'close', { reason: 'done' }, 403, 'ACCESS.STEP_NOT_FOR_ROLE');
      expect(refusal.body.detail).not.toContain(people.lotte.team);
    });
  });

  describe('a GI is charged by the case, never by itself', () => {
    it('refuses a GI that records a court order naming itself, and lets the case team charge it', async () => {
      await refused(people.gijs, 'record-court-order', courtOrder(id(1361), 'ots', '2027-11-19'), 404, 'CASE.NOT_FOUND');
      expect((await casus.get(people.gijs, `/cases/${caseId}`)).status).not.toBe(200);
      await step(people.lotte, 'record-court-order', courtOrder(id(1361), 'ots', '2027-11-19'));
      await refused(
        people.gijs,
        'record-court-order',
        courtOrder(id(1362), 'voorlopige-ots', '2027-01-19'),
        403,
        'ACCESS.STEP_NOT_FOR_ROLE',
      );
    });

    it('lets a joined Jeugdlink member record the judge’s decision', async () => {
      await step(people.anouk, 'record-court-order', courtOrder(id(1363), 'machtiging-uithuisplaatsing', '2027-05-19'));
    });
  });

  describe('parental authority changes only by its own step', () => {
    const consent = {
      consentId: id(1391),
      givenBy: { giver: 'family-member', familyMemberId: family.mother },
      purpose: 'voluntary-placement',
      childIds: [family.sanne, family.daan],
      givenOn: '2026-11-20',
    };

    it('refuses to record a family member again, so authority is never dropped silently', async () => {
      await step(people.lotte, 'record-family-member', mother);
      await step(people.lotte, 'record-consent', consent);
      const refusal = await refused(
        people.lotte,
        'record-family-member',
        { ...mother, parentalAuthorityOver: [] },
        409,
        'FAMILY_MEMBER.ALREADY_RECORDED',
      );
      expect(refusal.body.detail).toMatch(/change parental authority/);
    });

    it('changes authority with a source and a reason, and withdraws the consent that rested on it in the same decision', async () => {
      const before = await casus.revisionOf(caseId);
      await step(people.lotte, 'change-parental-authority', {
        familyMemberId: family.mother,
        parentalAuthorityOver: [family.daan],
        source: 'court-decision',
        reason: 'Rechtbank Gelderland, C/05/777: sole authority over Sanne to the father',
        changedOn: '2026-11-22',
      });
      const written = (await casus.eventsOf(caseId)).slice(before + 1);
      expect(written.map((e) => e.type)).toEqual(['ParentalAuthorityChanged', 'ConsentWithdrawn']);
      expect(written[1].data).toMatchObject({ consentId: consent.consentId });
      expect(new Set(written.map((e) => e.metadata.correlationId)).size).toBe(1);
      const state = await casus.get(people.lotte, `/cases/${caseId}`);
      expect(state.body.case.familyMembers).toEqual([
        expect.objectContaining({ familyMemberId: family.mother, parentalAuthorityOver: [family.daan] }),
      ]);
    });

    it('refuses a change without a known source, and by an outsider', async () => {
      const change = {
        familyMemberId: family.mother,
        parentalAuthorityOver: [],
        source: 'court-decision',
        reason: 'x',
        changedOn: '2026-11-22',
      };
      await refused(people.lotte, 'change-parental-authority', { ...change, source: 'rumour' }, 400, 'REQUEST.INVALID');
      await refused(people.pieter, 'change-parental-authority', change, 404, 'CASE.NOT_FOUND');
    });
  });
});
