import { readWhenCaughtUp } from './support/eventually';
import { courtOrder, lead, mother, placementRequest } from './support/case-story';
import { caseSteps, type CaseStepAnswer } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { family, id, people } from './support/people';

/** Court orders as the law has them, over HTTP: each wrong order refused with its code, nothing written. The API's today is 2026-11-23. */
describe('court orders are checked against the law', () => {
  let casus: CasusApi;
  const caseId = id(8100);
  const { open, step, refused } = caseSteps(() => casus, caseId);

  const order = (courtOrderId: string, kind: string, validFrom: string, validUntil: string, extra: object = {}) => ({
    ...courtOrder(courtOrderId, kind, validUntil),
    issuedOn: validFrom,
    validFrom,
    ...extra,
  });

  const deadlinesOf = async (onCase: string, after: CaseStepAnswer) => {
    const response = await readWhenCaughtUp(() => casus.get(people.lotte, `/deadlines?caseId=${onCase}&minPosition=${after.position}`));
    expect(response.status).toBe(200);
    return response.body.items as { kind: string; courtOrderId?: string; deadlineId: string; dueOn: string; status: string }[];
  };

  beforeAll(async () => {
    casus = await startCasusApi();
    await open();
    await step(people.lotte, 'assign-case-lead', lead);
    await step(people.lotte, 'record-court-order', order(id(8101), 'ots', '2026-11-20', '2027-11-19'));
  });
  afterAll(() => casus.close());

  it('refuses a spoedmachtiging of ten years: four weeks at most (422)', async () => {
    const response = await refused(
      people.lotte,
      'record-court-order',
      order(id(8102), 'spoedmachtiging', '2026-11-20', '2036-11-20'),
      422,
      'COURT_ORDER.EXCEEDS_LEGAL_MAXIMUM',
    );
    expect(response.body.detail).toContain('2026-12-18');
  });

  it('refuses a machtiging with no OTS of that child on record (422)', async () => {
    const response = await refused(
      people.lotte,
      'record-court-order',
      order(id(8103), 'machtiging-uithuisplaatsing', '2026-11-20', '2027-05-19', { childId: family.daan }),
      422,
      'COURT_ORDER.NO_OTS',
    );
    expect(response.body.detail).toContain(family.daan);
  });

  it('refuses an OTS "extension" starting months after the OTS it extends ended (422)', async () => {
    await refused(
      people.lotte,
      'record-court-order',
      order(id(8104), 'ots', '2028-03-01', '2029-02-28', { issuedOn: '2026-11-20', extendsCourtOrderId: id(8101) }),
      422,
      'COURT_ORDER.EXTENSION_NOT_CONTIGUOUS',
    );
  });

  it('refuses a voorlopige OTS extended by another voorlopige OTS (422)', async () => {
    await step(people.lotte, 'record-court-order', order(id(8105), 'voorlopige-ots', '2026-11-20', '2027-02-19', { childId: family.daan }));
    await refused(
      people.lotte,
      'record-court-order',
      order(id(8106), 'voorlopige-ots', '2027-02-19', '2027-05-18', {
        childId: family.daan,
        issuedOn: '2026-11-20',
        extendsCourtOrderId: id(8105),
      }),
      422,
      'COURT_ORDER.PROVISIONAL_NOT_EXTENDED',
    );
  });

  it("refuses an order running past the child's 18th birthday (422)", async () => {
    const almostAdult = id(8150);
    const child = id(8151);
    await open(almostAdult, { children: [{ childId: child, birthDate: '2008-12-01' }] });
    const response = await refused(
      people.lotte,
      'record-court-order',
      order(id(8152), 'ots', '2026-11-20', '2027-11-19', { childId: child }),
      422,
      'COURT_ORDER.BEYOND_MAJORITY',
      almostAdult,
    );
    expect(response.body.detail).toContain('2026-12-01');
  });

  it('takes 1 March as the 18th birthday of a child born on 29 February in a common year (unconfirmed: docs/rules.md)', async () => {
    const leapDay = id(8140);
    const child = id(8141);
    await open(leapDay, { children: [{ childId: child, birthDate: '2012-02-29' }] });
    const beyond = await refused(
      people.lotte,
      'record-court-order',
      order(id(8142), 'voogdij', '2026-11-20', '2030-03-02', { childId: child }),
      422,
      'COURT_ORDER.BEYOND_MAJORITY',
      leapDay,
    );
    expect(beyond.body.detail).toContain('comes of age on 2030-03-01');
    await step(people.lotte, 'record-court-order', order(id(8143), 'voogdij', '2026-11-20', '2030-03-01', { childId: child }), leapDay);
  });

  it('shows the lapse date of an unused machtiging on the deadlines list, and refuses a placement on it once lapsed (422)', async () => {
    const lapsing = id(8160);
    await open(lapsing);
    await step(people.lotte, 'record-court-order', order(id(8161), 'ots', '2026-08-01', '2027-07-31'), lapsing);
    const recorded = await step(
      people.lotte,
      'record-court-order',
      order(id(8162), 'machtiging-uithuisplaatsing', '2026-08-01', '2027-07-31'),
      lapsing,
    );
    expect(await deadlinesOf(lapsing, recorded)).toContainEqual(
      expect.objectContaining({
        kind: 'machtiging-lapse',
        deadlineId: `machtiging-lapse:${id(8162)}`,
        dueOn: '2026-11-01',
        status: 'overdue',
      }),
    );
    const response = await refused(
      people.gijs,
      'request-placement',
      placementRequest(id(8163)),
      422,
      'PLACEMENT.MACHTIGING_LAPSED',
      lapsing,
    );
    expect(response.body.detail).toContain('2026-11-01');
  });

  it('no longer shows an expired spoedmachtiging as overdue once the regular machtiging follows it', async () => {
    const spoed = id(8170);
    await open(spoed);
    const spoedRecorded = await step(
      people.lotte,
      'record-court-order',
      order(id(8171), 'spoedmachtiging', '2026-10-27', '2026-11-10', { parentsHeard: true }),
      spoed,
    );
    const expiryOfSpoed = expect.objectContaining({ deadlineId: `court-order-expiry:${id(8171)}`, status: 'overdue' });
    expect(await deadlinesOf(spoed, spoedRecorded)).toContainEqual(expiryOfSpoed);
    await step(people.lotte, 'record-court-order', order(id(8172), 'ots', '2026-11-10', '2027-11-09'), spoed);
    const regular = await step(
      people.lotte,
      'record-court-order',
      order(id(8173), 'machtiging-uithuisplaatsing', '2026-11-10', '2027-05-09'),
      spoed,
    );
    expect(await deadlinesOf(spoed, regular)).toContainEqual(
      expect.objectContaining({
        deadlineId: `court-order-expiry:${id(8171)}`,
        status: 'met',
        closedBy: expect.objectContaining({ type: 'CourtOrderRecorded' }),
      }),
    );
  });

  it('lists the court orders’ expiries alone when asked by kind, soonest first, for the GI charged with them; an unknown kind is refused', async () => {
    const expiring = id(8120);
    await open(expiring);
    await step(people.lotte, 'record-court-order', order(id(8121), 'ots', '2026-11-20', '2027-11-19'), expiring);
    const last = await step(
      people.lotte,
      'record-court-order',
      order(id(8122), 'machtiging-uithuisplaatsing', '2026-11-20', '2027-01-10'),
      expiring,
    );
    const response = await readWhenCaughtUp(() =>
      casus.get(people.gijs, `/deadlines?caseId=${expiring}&kind=court-order-expiry&minPosition=${last.position}`),
    );
    expect(response.body.items.map((d: { deadlineId: string; inWarningPeriod: boolean }) => [d.deadlineId, d.inWarningPeriod])).toEqual([
      [`court-order-expiry:${id(8122)}`, true],
      [`court-order-expiry:${id(8121)}`, false],
    ]);
    const unknown = await casus.get(people.gijs, '/deadlines?kind=birthday');
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 400, code: 'REQUEST.INVALID' });
  });

  describe('ended before its term by the court', () => {
    const ending = id(8180);
    const lifted = {
      courtOrderId: id(8181),
      how: 'lifted',
      endedOn: '2026-11-23',
      decidedOn: '2026-11-23',
      court: 'Rechtbank Gelderland',
      caseNumber: 'C/05/123999',
      decision: 'The OTS is lifted: the parents accept help voluntarily.',
    };

    beforeAll(async () => {
      await open(ending);
      await step(people.lotte, 'record-court-order', order(id(8181), 'ots', '2026-11-20', '2027-11-19'), ending);
      await step(people.lotte, 'record-court-order', order(id(8182), 'machtiging-uithuisplaatsing', '2026-11-20', '2027-05-19'), ending);
    });

    it('is recorded by the case, not by the GI charged with it (403)', async () => {
      await refused(people.gijs, 'end-court-order', lifted, 403, 'ACCESS.STEP_NOT_FOR_ROLE', ending);
    });

    it('refuses an end outside the order’s period (422)', async () => {
      await refused(people.lotte, 'end-court-order', { ...lifted, endedOn: '2028-01-01' }, 422, 'COURT_ORDER.END_OUTSIDE_PERIOD', ending);
    });

    it('ends the OTS and the machtiging resting on it, with the decision; their deadlines are cancelled and the GI is no longer charged', async () => {
      const answer = await step(people.lotte, 'end-court-order', lifted, ending);
      const view = await casus
        .http()
        .get(`/cases/${ending}`)
        .set(await casus.as(people.lotte));
      expect(view.body.case.courtOrders.map((o: { courtOrderId: string; ended: unknown }) => [o.courtOrderId, o.ended])).toEqual([
        [id(8181), expect.objectContaining({ how: 'lifted', endedOn: '2026-11-23', decision: lifted.decision, becauseOf: null })],
        [id(8182), expect.objectContaining({ how: 'with-supervision', becauseOf: id(8181) })],
      ]);
      const deadlines = await deadlinesOf(ending, answer);
      for (const deadlineId of [`court-order-expiry:${id(8181)}`, `court-order-expiry:${id(8182)}`, `machtiging-lapse:${id(8182)}`]) {
        expect(deadlines).toContainEqual(expect.objectContaining({ deadlineId, status: 'cancelled' }));
      }
      await refused(
        people.gijs,
        'request-placement',
        { ...placementRequest(id(8183)), intendedStartOn: '2026-11-25' },
        403,
        'ACCESS.GI_NOT_CHARGED',
        ending,
      );
      await refused(people.lotte, 'end-court-order', lifted, 422, 'COURT_ORDER.ALREADY_ENDED', ending);
    });
  });

  describe('a written instruction (schriftelijke aanwijzing) under the OTS', () => {
    const instructed = id(8190);
    const instruction = {
      instructionId: id(8191),
      childId: family.sanne,
      addressedTo: [family.mother],
      instruction: 'Sanne goes to school every day; you take her there and collect her.',
      reason: 'Sanne missed 40 days of school since September.',
      givenOn: '2026-11-23',
      complyBy: '2026-12-07',
    };

    beforeAll(async () => {
      await open(instructed);
      await step(people.lotte, 'record-family-member', mother, instructed);
      await step(people.lotte, 'record-court-order', order(id(8192), 'ots', '2026-11-20', '2027-11-19'), instructed);
    });

    it('is not given by the wijkteam: it is the charged GI’s power (403)', async () => {
      const response = await refused(people.lotte, 'give-written-instruction', instruction, 403, 'ACCESS.STEP_NOT_FOR_ROLE', instructed);
      expect(response.body.detail).toContain('the GI charged with the OTS');
    });

    it('is given by the charged GI with its term on the deadlines list, met when followed up', async () => {
      const given = await step(people.gijs, 'give-written-instruction', instruction, instructed);
      const term = expect.objectContaining({
        deadlineId: `written-instruction:${id(8191)}`,
        kind: 'written-instruction',
        dueOn: '2026-12-07',
      });
      expect(await deadlinesOf(instructed, given)).toContainEqual(term);
      const followed = await step(
        people.gijs,
        'record-instruction-follow-up',
        { instructionId: id(8191), outcome: 'complied', on: '2026-11-23', note: 'The school reports Sanne attends every day.' },
        instructed,
      );
      expect(await deadlinesOf(instructed, followed)).toContainEqual(
        expect.objectContaining({ deadlineId: `written-instruction:${id(8191)}`, status: 'met' }),
      );
    });

    it('needs a term ahead (422)', async () => {
      await refused(
        people.gijs,
        'give-written-instruction',
        { ...instruction, instructionId: id(8193), complyBy: '2026-11-23' },
        422,
        'WRITTEN_INSTRUCTION.TERM_NOT_AHEAD',
        instructed,
      );
    });
  });

  describe('an appeal against the OTS', () => {
    const appealed = id(8195);
    const appeal = {
      appealId: id(8196),
      courtOrderId: id(8197),
      lodgedOn: '2026-11-21',
      lodgedBy: 'parent',
      court: 'Gerechtshof Arnhem-Leeuwarden',
      caseNumber: '200.345.678/01',
    };

    beforeAll(async () => {
      await open(appealed);
      await step(people.lotte, 'record-court-order', order(id(8197), 'ots', '2026-11-20', '2027-11-19'), appealed);
    });

    it('is lodged against an order on record (404 for an unknown order)', async () => {
      await refused(people.lotte, 'lodge-appeal', { ...appeal, courtOrderId: id(8198) }, 404, 'COURT_ORDER.NOT_FOUND', appealed);
      await step(people.lotte, 'lodge-appeal', appeal, appealed);
    });

    it('overturned, the order ends that day, its expiry is cancelled, and the outcome is recorded once', async () => {
      const outcome = { appealId: id(8196), outcome: 'overturned', decidedOn: '2026-11-23', decision: 'The OTS is set aside.' };
      const decided = await step(people.lotte, 'record-appeal-outcome', outcome, appealed);
      const view = await casus
        .http()
        .get(`/cases/${appealed}`)
        .set(await casus.as(people.lotte));
      expect(view.body.case.courtOrders[0].ended).toMatchObject({ how: 'overturned-on-appeal', endedOn: '2026-11-23' });
      expect(view.body.case.appeals).toEqual([
        expect.objectContaining({ appealId: id(8196), outcome: expect.objectContaining({ outcome: 'overturned' }) }),
      ]);
      expect(await deadlinesOf(appealed, decided)).toContainEqual(
        expect.objectContaining({ deadlineId: `court-order-expiry:${id(8197)}`, status: 'cancelled' }),
      );
      await refused(people.lotte, 'record-appeal-outcome', { ...outcome, outcome: 'upheld' }, 422, 'APPEAL.ALREADY_DECIDED', appealed);
    });
  });
});
