import { bestandspleeggezinAt, courtOrder, lead, mother, placementRequest, signal } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { eventually } from './support/eventually';
import { everyoneHeardOnThePlace } from './support/heard-on-the-place';
import { providerAccepts } from './support/provider-accepts';
import { family, id, people } from './support/people';

/** DOMAIN.md's rules, each refused over HTTP with its status and code, and nothing written. */
describe('the rules of a case, refused over HTTP', () => {
  let casus: CasusApi;
  const caseId = id(500);
  const sannePlacement = id(541);
  const daanPlacement = id(542);
  const conditionId = id(571);

  const { open, step, refused } = caseSteps(() => casus, caseId);

  const voluntaryForDaan = (siblingSeparationReason?: string) => ({
    placementId: daanPlacement,
    childIds: [family.daan],
    legalBasis: 'voluntary',
    needs: { careIntensity: 'light', specialisations: [], description: 'A calm family' },
    urgency: 'regular',
    intendedStartOn: '2026-11-25',
    ...(siblingSeparationReason ? { siblingSeparationReason } : {}),
  });
  const views = {
    child: { participant: 'child', childId: family.daan, heard: true, statement: 'I miss home', prefers: 'return-home' },
    mother: { participant: 'parent', familyMemberId: family.mother, statement: 'We are ready', prefers: 'return-home' },
    gi: { participant: 'gi', name: people.gijs.name, organisation: people.gijs.organisation, statement: 'Agreed', prefers: 'return-home' },
  };
  const returnDecision = (chosen: object[]) => ({
    placementId: daanPlacement,
    decisionId: id(581),
    decidedOn: '2026-11-23',
    outcome: { kind: 'return-home' },
    views: chosen,
    rationale: 'Everyone heard',
  });

  beforeAll(async () => {
    casus = await startCasusApi();
    await open();
    await step(people.lotte, 'assign-case-lead', lead);
    await step(people.lotte, 'record-family-member', mother);
  });
  afterAll(() => casus.close());

  it('opens a case once (409 CASE.ID_UNAVAILABLE)', async () => {
    const again = await casus
      .http()
      .post('/cases')
      .set(await casus.as(people.lotte))
      .send(signal(caseId));
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'CASE.ID_UNAVAILABLE' });
    expect(await casus.revisionOf(caseId)).toBe(2);
  });

  it('needs every parent with authority to consent to a voluntary placement (422)', async () => {
    await refused(
      people.lotte,
      'request-placement',
      voluntaryForDaan('Sanne needs a placement of her own'),
      422,
      'PLACEMENT.MISSING_PARENTAL_CONSENT',
    );
  });

  it('needs a machtiging uithuisplaatsing valid on the start date for a placement under a court order (422)', async () => {
    await step(people.lotte, 'record-court-order', courtOrder(id(561), 'ots', '2027-11-19'));
    await refused(people.gijs, 'request-placement', placementRequest(sannePlacement), 422, 'PLACEMENT.NO_VALID_MACHTIGING');
  });

  it('decides a placement, and hears the family on it, only on a place reserved for it (422)', async () => {
    await step(people.lotte, 'record-court-order', courtOrder(id(562), 'machtiging-uithuisplaatsing', '2027-05-19'));
    // no place is registered yet, so the process has nothing to reserve
    await step(people.gijs, 'request-placement', placementRequest(sannePlacement));
    await refused(
      people.gijs,
      'decide-placement',
      {
        placementId: sannePlacement,
        reasons: 'The only family we know',
        viewsHeard: [],
        behaviouralScientistConsent: { name: 'Dr. Y. Peters', consentedOn: '2026-11-23' },
      },
      422,
      'PLACEMENT.NOT_RESERVED',
    );
    const sanneHeard = { participant: 'child', childId: family.sanne, heard: true, statement: 'I want to stay at my school' };
    await refused(
      people.gijs,
      'record-placement-view',
      { placementId: sannePlacement, view: sanneHeard, heardOn: '2026-11-23' },
      422,
      'PLACEMENT.NOT_RESERVED',
    );
  });

  it('places siblings together unless the request says why not (422)', async () => {
    await step(people.lotte, 'record-consent', {
      consentId: id(591),
      givenBy: { giver: 'family-member', familyMemberId: family.mother },
      purpose: 'voluntary-placement',
      childIds: [family.sanne, family.daan],
      givenOn: '2026-11-20',
    });
    // Sanne's placement is under way: placing Daan elsewhere needs the reason it would harm one of them
    await refused(people.lotte, 'request-placement', voluntaryForDaan(), 422, 'PLACEMENT.SIBLINGS_SEPARATED_WITHOUT_REASON');
  });

  it("decides a placement only once its provider accepted the place, and with a behavioural scientist's consent (422)", async () => {
    expect(
      (
        await casus
          .http()
          .post('/placement-options')
          .set(await casus.as(people.priya))
          .send(bestandspleeggezinAt(id(551)))
      ).status,
    ).toBe(201);
    await step(people.lotte, 'request-placement', voluntaryForDaan('Sanne needs a placement of her own'));
    await eventually(async () => {
      const response = await casus.get(people.lotte, `/placements/${daanPlacement}`);
      return response.body.reservation ? response.body : undefined;
    }, 'a place reserved for Daan');
    const decision = { placementId: daanPlacement, reasons: 'Close to school', viewsHeard: [{ participant: 'Daan', view: 'OK' }] };
    const consent = { behaviouralScientistConsent: { name: 'Dr. Y. Peters', consentedOn: '2026-11-23' } };
    const notAccepted = await refused(
      people.lotte,
      'decide-placement',
      { ...decision, ...consent },
      422,
      'PLACEMENT.NOT_ACCEPTED_BY_PROVIDER',
    );
    expect(notAccepted.body.detail).toContain('Pleegzorg Gelderland has not accepted');
    await providerAccepts(casus, daanPlacement);
    const unheard = await refused(people.lotte, 'decide-placement', { ...decision, ...consent }, 422, 'PLACEMENT.CHILD_NOT_HEARD');
    expect(unheard.body.detail).toContain('not-heard with the reason');
    await refused(
      people.lotte,
      'record-placement-view',
      { placementId: daanPlacement, view: { participant: 'child', childId: family.daan, heard: false }, heardOn: '2026-11-23' },
      400,
      'REQUEST.INVALID',
    );
    await everyoneHeardOnThePlace(casus, caseId, daanPlacement, people.lotte);
    await refused(people.lotte, 'decide-placement', decision, 422, 'PLACEMENT.NO_BEHAVIOURAL_SCIENTIST_CONSENT');
    await step(people.lotte, 'decide-placement', { ...decision, ...consent });
    await eventually(async () => {
      const view = (await casus.get(people.lotte, `/cases/${caseId}`)).body;
      return view.case.placements.find((p: { placementId: string }) => p.placementId === daanPlacement)?.status === 'active'
        ? view
        : undefined;
    }, "Daan's placement to start");
  });

  it('is not closed while a child is placed (422 CASE.ACTIVE_PLACEMENT)', async () => {
    await refused(people.lotte, 'close', { reason: 'done' }, 422, 'CASE.ACTIVE_PLACEMENT');
  });

  it('takes a return decision only with the child’s view and every parent with authority (422)', async () => {
    await step(people.lotte, 'draft-return-home-plan', {
      placementId: daanPlacement,
      conditions: [{ conditionId, description: 'No violence at home for three months', responsible: 'the parents' }],
      support: 'Weekly home visits',
      targetOn: '2027-03-01',
    });
    await refused(people.lotte, 'record-return-decision', returnDecision([views.mother, views.gi]), 422, 'RETURN_DECISION.CHILD_NOT_HEARD');
    await refused(
      people.lotte,
      'record-return-decision',
      returnDecision([views.child, views.gi]),
      422,
      'RETURN_DECISION.PARENT_VIEW_MISSING',
    );
  });

  it('sends a child home only when every condition is met, or with a stated override (422)', async () => {
    await refused(
      people.lotte,
      'record-return-decision',
      returnDecision([views.child, views.mother, views.gi]),
      422,
      'RETURN_DECISION.CONDITIONS_NOT_MET',
    );
  });

  it('refuses every step on a closed case but reopening (422 CASE.CLOSED)', async () => {
    const other = id(600);
    await open(other);
    await step(people.lotte, 'close', { reason: 'No concerns after a first talk' }, other);
    await refused(people.lotte, 'assign-case-lead', lead, 422, 'CASE.CLOSED', other);
    await refused(people.lotte, 'close', { reason: 'again' }, 422, 'CASE.CLOSED', other);
    await step(people.lotte, 'reopen', { reason: 'A new report from school' }, other);
    await refused(people.lotte, 'reopen', { reason: 'again' }, 422, 'CASE.NOT_CLOSED', other);
  });
});
