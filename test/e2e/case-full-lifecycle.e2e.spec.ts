import { bestandspleeggezinAt } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { eventually } from './support/eventually';
import { family, id, people } from './support/people';
import { walkToPlacementRequest } from './support/walk-to-placement-request';
import { everyoneHeardOnThePlace } from './support/heard-on-the-place';
import { providerAccepts } from './support/provider-accepts';

/**
 * Issue 3's "done when": one case through every step over HTTP, with the placement process choosing,
 * reserving and starting the place, to the joint return decision, the return home and closure.
 * Its logs are checked for personal data in logs-personal-data.e2e.spec.ts.
 */
describe('a case from signal to closure, with the placement process', () => {
  let casus: CasusApi;
  const caseId = id(900);
  const placementId = id(941);
  const optionId = id(951);
  const conditionId = id(971);

  const { step } = caseSteps(() => casus, caseId);
  const caseView = async () => (await casus.get(people.lotte, `/cases/${caseId}`)).body;

  beforeAll(async () => (casus = await startCasusApi()));
  afterAll(() => casus.close());

  it('walks every step', async () => {
    const option = await casus
      .http()
      .post('/placement-options')
      .set(await casus.as(people.priya))
      .send(bestandspleeggezinAt(optionId, 4));
    expect(option.status).toBe(201);

    await walkToPlacementRequest(casus, caseId, { placementId, otsId: id(961), machtigingId: id(962) });

    const proposed = await eventually(async () => {
      const response = await casus.get(people.gijs, `/placements/${placementId}`);
      return response.status === 200 && response.body.reservation ? response.body : undefined;
    }, 'a reserved place');
    expect(proposed.reservation.optionId).toBe(optionId);

    await providerAccepts(casus, placementId);

    await everyoneHeardOnThePlace(casus, caseId, placementId, people.gijs);
    await step(people.gijs, 'decide-placement', {
      placementId,
      reasons: 'A foster family near school that knows trauma care',
      viewsHeard: [{ participant: 'Sanne', view: 'I want to keep going to my own school' }],
      behaviouralScientistConsent: { name: 'Dr. Y. Peters', consentedOn: '2026-11-23' },
    });
    await eventually(async () => {
      const view = await caseView();
      return view.case?.placements?.[0]?.status === 'active' ? view : undefined;
    }, 'the placement to start');

    await step(people.lotte, 'record-placement-plan', {
      placementId,
      perspectiveDecisionOn: '2027-05-01',
      justification: 'Sanne is 12; return home is realistic if the violence stops',
    });
    await step(people.lotte, 'draft-return-home-plan', {
      placementId,
      conditions: [{ conditionId, description: 'No violence at home for three months', responsible: 'the parents' }],
      support: 'Weekly home visits by the wijkteam',
      targetOn: '2027-03-01',
    });
    await step(people.lotte, 'assess-return-condition', {
      placementId,
      conditionId,
      met: true,
      evidence: 'Police and school report no incidents',
      assessedOn: '2026-11-23',
    });
    await step(people.gijs, 'record-return-decision', {
      placementId,
      decisionId: id(981),
      decidedOn: '2026-11-23',
      outcome: { kind: 'return-home' },
      views: [
        { participant: 'child', childId: family.sanne, heard: true, statement: 'I want to go home', prefers: 'return-home' },
        { participant: 'parent', familyMemberId: family.mother, statement: 'We are ready', prefers: 'return-home' },
        {
          participant: 'gi',
          name: people.gijs.name,
          organisation: people.gijs.organisation,
          statement: 'Conditions are met',
          prefers: 'return-home',
        },
      ],
      rationale: 'Every condition met; everyone heard agrees',
    });
    await step(people.lotte, 'record-return-home', { placementId, returnedOn: '2026-11-23', aftercare: 'Six months of home visits' });
    await eventually(async () => {
      const view = await caseView();
      return view.case?.placements?.[0]?.status === 'ended' ? view : undefined;
    }, 'the placement to end');
    await step(people.lotte, 'close', { reason: 'Sanne is home and safe; aftercare arranged' });

    const closed = await caseView();
    expect(closed.case).toMatchObject({ status: 'closed', phase: 'closed' });
    const types = (await casus.eventsOf(caseId)).map((event) => event.type);
    expect(types).toEqual(
      expect.arrayContaining(['PlacementDecided', 'PlacementStarted', 'ReturnDecisionRecorded', 'ChildReturnedHome', 'CaseClosed']),
    );
  });
});
