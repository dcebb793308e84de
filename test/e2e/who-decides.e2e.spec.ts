import { courtOrder } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { family, id, people, type Actor } from './support/people';
import { walkToPlacementRequest } from './support/walk-to-placement-request';

/**
 * In the gedwongen kader the GI charged with the child's court order leads the child-protection work and
 * decides the court-ordered placement; the wijkteam keeps the family's part. Over HTTP, with nothing written
 * by a refused step.
 */
describe('who decides under a court order', () => {
  let casus: CasusApi;
  const caseId = id(8200);
  const placementId = id(8201);
  const { step, refused } = caseSteps(() => casus, caseId);
  // A GI of another organisation, charged only with Daan's OTS.
  const otherGi: Actor = {
    ...people.gijs,
    id: id(8290),
    team: 'gi-team-arnhem',
    organisation: 'Jeugdbescherming Gelderland',
    name: 'Joost de Wit',
  };

  beforeAll(async () => {
    casus = await startCasusApi();
    await walkToPlacementRequest(casus, caseId, { placementId, otsId: id(8202), machtigingId: id(8203) });
  });
  afterAll(() => casus.close());

  it('refuses the wijkteam to decide the court-ordered placement: the charged GI decides (403)', async () => {
    const response = await refused(
      people.lotte,
      'decide-placement',
      {
        placementId,
        reasons: 'The only family we know',
        viewsHeard: [],
        behaviouralScientistConsent: { name: 'Dr. Y. Peters', consentedOn: '2026-11-23' },
      },
      403,
      'ACCESS.GI_DECIDES_PLACEMENT',
    );
    expect(response.body.detail).toContain('decided by the GI charged with the court order of the child');
  });

  it('lets the charged GI record the safety assessment', async () => {
    await step(people.gijs, 'record-safety-assessment', {
      assessmentId: id(8204),
      outcome: 'unsafe',
      findings: 'Sanne is not safe at home while the violence goes on',
      assessedOn: '2026-11-23',
    });
  });

  it("refuses the GI the family's part of the case (403)", async () => {
    await refused(
      people.gijs,
      'record-consent',
      {
        consentId: id(8205),
        givenBy: { giver: 'family-member', familyMemberId: family.mother },
        purpose: 'share-information',
        childIds: [family.sanne],
        givenOn: '2026-11-23',
      },
      403,
      'ACCESS.STEP_NOT_FOR_ROLE',
    );
  });

  it('refuses a GI of another organisation, charged only for a sibling, the work for Sanne (403)', async () => {
    await step(people.lotte, 'record-court-order', {
      ...courtOrder(id(8206), 'ots', '2027-11-19', family.daan),
      giOrganisation: otherGi.organisation,
    });
    await refused(
      otherGi,
      'request-placement',
      {
        placementId: id(8207),
        childIds: [family.sanne],
        legalBasis: 'court-order',
        needs: { careIntensity: 'medium', specialisations: [], description: 'Needs calm and routine' },
        urgency: 'regular',
        intendedStartOn: '2026-11-25',
      },
      403,
      'ACCESS.GI_NOT_CHARGED',
    );
  });
});
