import { bestandspleeggezinAt, lead, mother } from './support/case-story';
import { caseSteps, type CaseStepAnswer } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { eventually, readWhenCaughtUp } from './support/eventually';
import { everyoneHeardOnThePlace } from './support/heard-on-the-place';
import { family, id, people, type Actor } from './support/people';
import { providerAccepts } from './support/provider-accepts';
import { walkToPlacementRequest } from './support/walk-to-placement-request';

const parent: Actor = { id: id(2399), role: 'family', team: 'family', organisation: 'family', name: 'Fatima de Vries' };

type Deadline = { deadlineId: string; kind: string; dueOn: string; status: string };

/** Issue 16: voluntary help, the perspective decision and aftercare over HTTP. The API's today is 2026-11-23. */
describe('voluntary help, the perspective decision and aftercare', () => {
  let casus: CasusApi;

  const deadlinesOf = async (caseId: string, after: CaseStepAnswer): Promise<Deadline[]> => {
    const response = await readWhenCaughtUp(() => casus.get(people.lotte, `/deadlines?caseId=${caseId}&minPosition=${after.position}`));
    expect(response.status).toBe(200);
    return response.body.items;
  };
  const timelineOf = async (caseId: string, after: CaseStepAnswer): Promise<string[]> => {
    const response = await readWhenCaughtUp(() =>
      casus.get(people.lotte, `/cases/${caseId}/timeline?minPosition=${after.position}`, { 'Accept-Language': 'en' }),
    );
    expect(response.status).toBe(200);
    return response.body.steps.map((s: { summary: string }) => s.summary);
  };

  beforeAll(async () => (casus = await startCasusApi()));
  afterAll(() => casus.close());

  describe('the family’s help plan in the voluntary frame', () => {
    const caseId = id(2300);
    const helpPlanId = id(2301);
    const [school, calm] = [id(2302), id(2303)];
    const { open, step, refused, read } = caseSteps(() => casus, caseId);
    const therapy = {
      serviceId: id(2311),
      kind: 'ambulatory-youth-care',
      provider: 'Karakter',
      description: 'Trauma therapy for Sanne',
      beschikking: { reference: 'JH-2026-0412', decidedOn: '2026-11-20' },
    };
    const plan = {
      helpPlanId,
      agreedOn: '2026-11-23',
      agreedWith: [family.mother],
      goals: [
        { goalId: school, description: 'Sanne goes to school every day', childIds: [family.sanne] },
        { goalId: calm, description: 'No shouting at home in front of the children', childIds: [family.sanne, family.daan] },
      ],
      services: [
        { serviceId: id(2310), kind: 'parenting-support', provider: 'Wijkteam Ede-Noord', description: 'Weekly parenting course' },
        therapy,
      ],
      evaluateOn: '2027-02-23',
    };
    const evaluation = {
      helpPlanId,
      evaluationId: id(2320),
      evaluatedOn: '2026-11-23',
      goals: [
        { goalId: school, progress: 'progressing', note: 'Two days absent this month, was ten' },
        { goalId: calm, progress: 'achieved', note: 'No incidents since the course began' },
      ],
      nextEvaluationOn: '2027-01-23',
    };

    beforeAll(async () => {
      await open();
      await step(people.lotte, 'assign-case-lead', lead);
      await step(people.lotte, 'record-family-member', mother);
    });

    it('refuses an individual provision without the gemeente’s beschikking or a doctor’s referral (422), writing nothing', async () => {
      const { beschikking: _, ...unauthorised } = therapy;
      const response = await refused(
        people.lotte,
        'agree-help-plan',
        { ...plan, services: [unauthorised] },
        422,
        'HELP_PLAN.BESCHIKKING_MISSING',
      );
      expect(response.body.detail).toContain('beschikking');
    });

    it('refuses the plan to an outsider team, an auditor, a provider, a family member and a GI not on the case', async () => {
      await refused(people.pieter, 'agree-help-plan', plan, 404, 'CASE.NOT_FOUND');
      await refused(people.ilse, 'agree-help-plan', plan, 403, 'ACCESS.READ_ONLY_ROLE');
      await refused(people.priya, 'agree-help-plan', plan, 404, 'CASE.NOT_FOUND');
      await refused(parent, 'agree-help-plan', plan, 404, 'CASE.NOT_FOUND');
      await refused(people.gijs, 'agree-help-plan', plan, 404, 'CASE.NOT_FOUND');
    });

    it('is agreed with the first evaluation on the deadlines list, and shows on the case', async () => {
      const agreed = await step(people.lotte, 'agree-help-plan', plan);
      expect(await deadlinesOf(caseId, agreed)).toContainEqual(
        expect.objectContaining({ deadlineId: `help-plan-evaluation:${helpPlanId}`, kind: 'help-plan-evaluation', dueOn: '2027-02-23' }),
      );
      const { case: state } = await read(people.lotte, `/cases/${caseId}`);
      expect(state.helpPlan).toMatchObject({ helpPlanId, nextEvaluationOn: '2027-02-23', goals: [{ progress: null }, { progress: null }] });
      await refused(people.lotte, 'agree-help-plan', { ...plan, helpPlanId: id(2309) }, 409, 'HELP_PLAN.ALREADY_AGREED');
    });

    it('is evaluated per goal: the progress on the case, the evaluation met and the next one due', async () => {
      await refused(
        people.lotte,
        'evaluate-help-plan',
        { ...evaluation, goals: [evaluation.goals[0]] },
        422,
        'HELP_PLAN.GOAL_NOT_EVALUATED',
      );
      await refused(people.ilse, 'evaluate-help-plan', evaluation, 403, 'ACCESS.READ_ONLY_ROLE');
      await refused(people.pieter, 'evaluate-help-plan', evaluation, 404, 'CASE.NOT_FOUND');
      const evaluated = await step(people.lotte, 'evaluate-help-plan', evaluation);
      const deadlines = await deadlinesOf(caseId, evaluated);
      expect(deadlines).toContainEqual(expect.objectContaining({ deadlineId: `help-plan-evaluation:${helpPlanId}`, status: 'met' }));
      expect(deadlines).toContainEqual(
        expect.objectContaining({ deadlineId: `help-plan-evaluation:${id(2320)}`, status: 'open', dueOn: '2027-01-23' }),
      );
      const { case: state } = await read(people.lotte, `/cases/${caseId}`);
      expect(state.helpPlan.goals).toEqual([
        expect.objectContaining({
          goalId: school,
          progress: { progress: 'progressing', note: evaluation.goals[0].note, evaluatedOn: '2026-11-23' },
        }),
        expect.objectContaining({ goalId: calm, progress: expect.objectContaining({ progress: 'achieved' }) }),
      ]);
    });

    it('is revised as a new step: the plan as it stands on the case, the earlier one in the timeline', async () => {
      const revision = {
        helpPlanId,
        revisedOn: '2026-11-23',
        agreedWith: [family.mother],
        goals: [plan.goals[0]],
        services: [therapy],
        reason: 'Home is calm: the parenting course ends, school attendance stays a goal',
      };
      await refused(people.priya, 'revise-help-plan', revision, 404, 'CASE.NOT_FOUND');
      await refused(parent, 'revise-help-plan', revision, 404, 'CASE.NOT_FOUND');
      const revised = await step(people.lotte, 'revise-help-plan', revision);
      const { case: state } = await read(people.lotte, `/cases/${caseId}`);
      expect(state.helpPlan).toMatchObject({
        services: [therapy],
        goals: [{ goalId: school, progress: expect.objectContaining({ progress: 'progressing' }) }],
        revisions: [{ revisedOn: '2026-11-23', reason: revision.reason }],
      });
      expect(await timelineOf(caseId, revised)).toEqual(
        expect.arrayContaining([
          'Help plan agreed with the family: 2 goals, 2 services; evaluation on 2027-02-23',
          'Help plan evaluated on 2026-11-23: 1 of 2 goals achieved; next evaluation on 2027-01-23',
          `Help plan revised (now 1 goal, 1 service): ${revision.reason}`,
        ]),
      );
      const types = (await casus.eventsOf(caseId)).map((e) => e.type);
      expect(types.filter((t) => t.startsWith('HelpPlan'))).toEqual(['HelpPlanAgreed', 'HelpPlanEvaluated', 'HelpPlanRevised']);
    });

    it('ends with its reason: the evaluation due is cancelled, the plan no longer evaluated, and a new plan may follow', async () => {
      const ending = { helpPlanId, endedOn: '2026-11-23', reason: 'Sanne goes to school every day; the family manages' };
      await refused(people.ilse, 'end-help-plan', ending, 403, 'ACCESS.READ_ONLY_ROLE');
      await refused(people.pieter, 'end-help-plan', ending, 404, 'CASE.NOT_FOUND');
      await refused(people.gijs, 'end-help-plan', ending, 404, 'CASE.NOT_FOUND');
      const ended = await step(people.lotte, 'end-help-plan', ending);
      expect(await deadlinesOf(caseId, ended)).toContainEqual(
        expect.objectContaining({ deadlineId: `help-plan-evaluation:${id(2320)}`, status: 'cancelled' }),
      );
      await refused(people.lotte, 'evaluate-help-plan', { ...evaluation, evaluationId: id(2321) }, 422, 'HELP_PLAN.ENDED');
      const next = await step(people.lotte, 'agree-help-plan', { ...plan, helpPlanId: id(2308) });
      const { case: state } = await read(people.lotte, `/cases/${caseId}`);
      expect({ current: state.helpPlan.helpPlanId, earlier: state.earlierHelpPlans.map((p: { ended: object }) => p.ended) }).toEqual({
        current: id(2308),
        earlier: [{ endedOn: '2026-11-23', reason: ending.reason }],
      });
      expect(await deadlinesOf(caseId, next)).toContainEqual(
        expect.objectContaining({ deadlineId: `help-plan-evaluation:${id(2308)}`, status: 'open' }),
      );
    });
  });

  describe('a placed child: the perspective decision, the return home and aftercare', () => {
    const caseId = id(2330);
    const placementId = id(2331);
    const decisionId = id(2334);
    const aftercareId = id(2336);
    const { step, refused, read } = caseSteps(() => casus, caseId);
    const motherSays = 'I want her home, I am doing the course';
    const views = [
      { participant: 'child', childId: family.sanne, heard: true, statement: 'I want to go home when it is calm', prefers: 'return-home' },
      { participant: 'parent', familyMemberId: family.mother, statement: motherSays, prefers: 'return-home' },
    ];
    const gi = {
      participant: 'gi',
      name: people.gijs.name,
      organisation: people.gijs.organisation,
      statement: 'Home, if safe',
      prefers: 'return-home',
    };
    const perspective = {
      placementId,
      decisionId,
      decidedOn: '2026-11-23',
      perspective: 'return-home',
      views: [...views, gi],
      justification: 'Sanne is 12 and attached to her mother; the violence stopped when father left',
    };
    const aftercare = {
      aftercareId,
      childIds: [family.sanne],
      after: 'return-home',
      startedOn: '2026-11-23',
      content: 'Home visits every two weeks by the wijkteam for six months',
      plannedEndOn: '2027-05-23',
    };

    beforeAll(async () => {
      const option = await casus
        .http()
        .post('/placement-options')
        .set(await casus.as(people.priya))
        .send(bestandspleeggezinAt(id(2332), 4));
      expect(option.status).toBe(201);
      await walkToPlacementRequest(casus, caseId, { placementId, otsId: id(2338), machtigingId: id(2339) });
      await eventually(
        async () => (await casus.get(people.gijs, `/placements/${placementId}`)).body.reservation ?? undefined,
        'a reserved place',
      );
      await providerAccepts(casus, placementId);
      await everyoneHeardOnThePlace(casus, caseId, placementId, people.gijs);
      await step(people.gijs, 'decide-placement', {
        placementId,
        reasons: 'A foster family near school',
        behaviouralScientistConsent: { name: 'Dr. Y. Peters', consentedOn: '2026-11-23' },
      });
      await eventually(async () => {
        const { case: state } = (await casus.get(people.lotte, `/cases/${caseId}`)).body;
        return state?.placements?.[0]?.status === 'active' ? state : undefined;
      }, 'the placement to start');
    });

    it('takes the perspective decision as its own step, with the GI’s view under the court order, meeting the plan’s date', async () => {
      const planned = await step(people.gijs, 'record-placement-plan', {
        placementId,
        perspectiveDecisionOn: '2027-02-23',
        justification: 'Three months: Sanne needs to know where she grows up',
      });
      expect(await deadlinesOf(caseId, planned)).toContainEqual(
        expect.objectContaining({ deadlineId: `perspective-decision:${placementId}`, status: 'open' }),
      );
      await refused(people.gijs, 'record-perspective-decision', { ...perspective, views }, 422, 'PERSPECTIVE.GI_VIEW_MISSING');
      await refused(people.gijs, 'record-perspective-decision', { ...perspective, perspective: 'elsewhere' }, 400, 'REQUEST.INVALID');
      for (const [actor, status, code] of [
        [people.pieter, 404, 'CASE.NOT_FOUND'],
        [people.ilse, 403, 'ACCESS.READ_ONLY_ROLE'],
        [people.priya, 404, 'CASE.NOT_FOUND'],
        [parent, 404, 'CASE.NOT_FOUND'],
      ] as const) {
        await refused(actor, 'record-perspective-decision', perspective, status, code);
      }
      const decided = await step(people.gijs, 'record-perspective-decision', perspective);
      expect(await deadlinesOf(caseId, decided)).toContainEqual(
        expect.objectContaining({ deadlineId: `perspective-decision:${placementId}`, status: 'met' }),
      );
      const { case: state } = await read(people.lotte, `/cases/${caseId}`);
      expect(state.perspectiveDecisions).toEqual([
        expect.objectContaining({ decisionId, perspective: 'return-home', childIds: [family.sanne] }),
      ]);
      expect(await timelineOf(caseId, decided)).toContain('Perspective decision: return home (3 views on record)');
    });

    it('stores the child’s and parents’ own words sealed under them, and the professionals’ under the case, never readable in the record itself', async () => {
      const stored = (await casus.eventsOf(caseId)).find((e) => e.type === 'PerspectiveDecided')!;
      expect(JSON.stringify(stored.data)).not.toContain(motherSays);
      expect(JSON.stringify(stored.data)).not.toContain('Home, if safe');
      const views = stored.data.views as { statement: { $personal: { person: string } } }[];
      expect(views.map((view) => view.statement.$personal.person)).toEqual([family.sanne, family.mother, caseId]);
      const { case: state } = await read(people.lotte, `/cases/${caseId}`);
      expect(JSON.stringify(state.perspectiveDecisions)).toContain('Home, if safe');
    });

    it('starts aftercare after the return home, its planned end on the deadlines list, and ends it with how it went', async () => {
      await refused(people.lotte, 'start-aftercare', aftercare, 422, 'AFTERCARE.NOT_RETURNED_HOME');
      const conditionId = id(2335);
      await step(people.gijs, 'draft-return-home-plan', {
        placementId,
        conditions: [{ conditionId, description: 'No violence at home for three months', responsible: 'the mother' }],
        support: 'Weekly home visits by the wijkteam',
        targetOn: '2027-03-01',
      });
      await step(people.gijs, 'assess-return-condition', {
        placementId,
        conditionId,
        met: true,
        evidence: 'No incidents',
        assessedOn: '2026-11-23',
      });
      await step(people.gijs, 'record-return-decision', {
        placementId,
        decisionId: id(2337),
        decidedOn: '2026-11-23',
        outcome: { kind: 'return-home' },
        views: [...views, gi],
        rationale: 'Every condition met',
      });
      await step(people.gijs, 'record-return-home', { placementId, returnedOn: '2026-11-23', aftercare: 'Home visits, see the aftercare' });
      for (const [actor, status, code] of [
        [people.pieter, 404, 'CASE.NOT_FOUND'],
        [people.ilse, 403, 'ACCESS.READ_ONLY_ROLE'],
        [people.priya, 404, 'CASE.NOT_FOUND'],
        [parent, 404, 'CASE.NOT_FOUND'],
      ] as const) {
        await refused(actor, 'start-aftercare', aftercare, status, code);
      }
      const started = await step(people.lotte, 'start-aftercare', aftercare);
      expect(await deadlinesOf(caseId, started)).toContainEqual(
        expect.objectContaining({ deadlineId: `aftercare-end:${aftercareId}`, kind: 'aftercare-end', dueOn: '2027-05-23', status: 'open' }),
      );
      expect((await read(people.lotte, `/cases/${caseId}`)).case.phase).toBe('aftercare');
      const ending = { aftercareId, endedOn: '2026-11-23', howItWent: 'Calm at home; Sanne goes to school' };
      await refused(people.ilse, 'end-aftercare', ending, 403, 'ACCESS.READ_ONLY_ROLE');
      await refused(people.pieter, 'end-aftercare', ending, 404, 'CASE.NOT_FOUND');
      const ended = await step(people.lotte, 'end-aftercare', ending);
      expect(await deadlinesOf(caseId, ended)).toContainEqual(
        expect.objectContaining({ deadlineId: `aftercare-end:${aftercareId}`, status: 'met' }),
      );
      await refused(people.lotte, 'end-aftercare', ending, 422, 'AFTERCARE.ALREADY_ENDED');
      expect(await timelineOf(caseId, ended)).toContain(`Aftercare ended on 2026-11-23: ${ending.howItWent}`);
    });
  });
});
