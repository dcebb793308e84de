import { readWhenCaughtUp } from './support/eventually';
import { courtOrder, lead, mother, unsafeAssessment } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { family, id, people } from './support/people';

/** Consent to a voluntary placement as the law has it, over HTTP. The API's today is 2026-11-23: Sanne is 12, Daan 7. */
describe('consent to a voluntary placement as the law has it', () => {
  let casus: CasusApi;
  const caseId = id(8300);
  const { open, step, refused, post } = caseSteps(() => casus, caseId);

  const consent = (consentId: string, givenBy: object, childIds: string[], purpose = 'voluntary-placement') => ({
    consentId,
    givenBy,
    purpose,
    childIds,
    givenOn: '2026-11-20',
  });
  const byMother = { giver: 'family-member', familyMemberId: family.mother };
  const voluntary = (placementId: string, childIds: string[]) => ({
    placementId,
    childIds,
    legalBasis: 'voluntary',
    needs: { careIntensity: 'light', specialisations: [], description: 'Needs calm and routine' },
    urgency: 'regular',
    intendedStartOn: '2026-11-25',
  });
  const caseOf = async (onCase: string) => (await casus.get(people.lotte, `/cases/${onCase}`)).body.case;

  beforeAll(async () => {
    casus = await startCasusApi();
    await open();
    await step(people.lotte, 'assign-case-lead', lead);
    await step(people.lotte, 'record-family-member', mother);
    await step(people.lotte, 'record-safety-assessment', unsafeAssessment);
    await step(people.lotte, 'record-consent', consent(id(8301), byMother, [family.sanne, family.daan]));
  });
  afterAll(() => casus.close());

  it("refuses a voluntary placement of Sanne (12) on her mother's consent alone, and takes it with Sanne's own (422)", async () => {
    const response = await refused(
      people.lotte,
      'request-placement',
      voluntary(id(8302), [family.sanne]),
      422,
      'PLACEMENT.MISSING_CHILD_CONSENT',
    );
    expect(response.body.detail).toContain(`child ${family.sanne} is 12 on 2026-11-25`);
    await step(people.lotte, 'record-consent', consent(id(8303), { giver: 'child', childId: family.sanne }, [family.sanne]));
    await step(people.lotte, 'request-placement', voluntary(id(8302), [family.sanne]));
    expect((await caseOf(caseId)).consents).toContainEqual(
      expect.objectContaining({ consentId: id(8303), givenBy: { giver: 'child', childId: family.sanne }, withdrawn: null }),
    );
  });

  it('takes no consent from a child under 12, nor from a child for a sibling (422)', async () => {
    await refused(
      people.lotte,
      'record-consent',
      consent(id(8304), { giver: 'child', childId: family.daan }, [family.daan]),
      422,
      'CONSENT.CHILD_UNDER_12',
    );
    await refused(
      people.lotte,
      'record-consent',
      consent(id(8304), { giver: 'child', childId: family.sanne }, [family.sanne, family.daan]),
      422,
      'CONSENT.CHILD_FOR_OTHERS',
    );
  });

  it('names the missing id when the one who consents is not named in full (400)', async () => {
    const before = await casus.revisionOf(caseId);
    const response = await post(people.lotte, 'record-consent', consent(id(8305), { giver: 'child' }, [family.sanne]));
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 400, code: 'REQUEST.INVALID' });
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain('givenBy.childId');
    expect(await casus.revisionOf(caseId)).toBe(before);
  });

  it('keeps a withdrawn consent on record, as given, with its withdrawal beside it', async () => {
    await step(people.lotte, 'record-consent', consent(id(8306), byMother, [family.daan], 'share-information'));
    await step(people.lotte, 'withdraw-consent', { consentId: id(8306), withdrawnOn: '2026-11-22', reason: 'She wants to be asked first' });
    expect((await caseOf(caseId)).consents).toContainEqual({
      ...consent(id(8306), byMother, [family.daan], 'share-information'),
      withdrawn: { on: '2026-11-22', reason: 'She wants to be asked first' },
    });
  });

  it('places a young person of 16 on their own consent, with no parent on record; not without it (422)', async () => {
    const sixteen = id(8310);
    const youngPerson = id(8311);
    await open(sixteen, { children: [{ childId: youngPerson, birthDate: '2010-05-12' }] });
    await refused(people.lotte, 'request-placement', voluntary(id(8312), [youngPerson]), 422, 'PLACEMENT.MISSING_CHILD_CONSENT', sixteen);
    await step(people.lotte, 'record-consent', consent(id(8313), { giver: 'child', childId: youngPerson }, [youngPerson]), sixteen);
    await step(people.lotte, 'request-placement', voluntary(id(8312), [youngPerson]), sixteen);
  });
});

/** Voogdij: the GI as the guardian of a child, over HTTP. */
describe('voogdij: the GI as guardian', () => {
  let casus: CasusApi;
  const caseId = id(8400);
  const voogdij = id(8401);
  const { open, step, refused } = caseSteps(() => casus, caseId);

  const voluntaryForDaan = (placementId: string) => ({
    placementId,
    childIds: [family.daan],
    legalBasis: 'voluntary',
    needs: { careIntensity: 'light', specialisations: [], description: 'Needs calm and routine' },
    urgency: 'regular',
    intendedStartOn: '2026-11-25',
  });

  beforeAll(async () => {
    casus = await startCasusApi();
    await open();
    await step(people.lotte, 'assign-case-lead', lead);
    await step(people.lotte, 'record-family-member', mother);
    await step(people.lotte, 'record-consent', {
      consentId: id(8402),
      givenBy: { giver: 'family-member', familyMemberId: family.mother },
      purpose: 'voluntary-placement',
      childIds: [family.sanne, family.daan],
      givenOn: '2026-11-19',
    });
  });
  afterAll(() => casus.close());

  it("moves authority to the GI: the mother's over Daan ends and her consent falls, on the case and its deadlines", async () => {
    const recorded = await step(people.lotte, 'record-court-order', courtOrder(voogdij, 'voogdij', '2037-03-02', family.daan));
    const onCase = (await casus.get(people.lotte, `/cases/${caseId}`)).body.case;
    expect(onCase.familyMembers).toEqual([
      expect.objectContaining({ familyMemberId: family.mother, parentalAuthorityOver: [family.sanne] }),
    ]);
    expect(onCase.consents).toEqual([
      expect.objectContaining({ consentId: id(8402), withdrawn: { on: '2026-11-23', reason: expect.stringContaining('voogdij') } }),
    ]);
    const deadlines = await readWhenCaughtUp(() => casus.get(people.lotte, `/deadlines?caseId=${caseId}&minPosition=${recorded.position}`));
    expect(deadlines.status).toBe(200);
    expect(deadlines.body.items).toContainEqual(
      expect.objectContaining({
        deadlineId: `court-order-expiry:${voogdij}`,
        dueOn: '2037-03-02',
        description: expect.stringContaining('Voogdij ends when the child comes of age'),
      }),
    );
  });

  it("refuses a voluntary placement of Daan on his mother's renewed consent, and takes it on the guardian's (422)", async () => {
    await step(people.lotte, 'record-consent', {
      consentId: id(8403),
      givenBy: { giver: 'family-member', familyMemberId: family.mother },
      purpose: 'voluntary-placement',
      childIds: [family.daan],
      givenOn: '2026-11-23',
    });
    const response = await refused(
      people.lotte,
      'request-placement',
      voluntaryForDaan(id(8404)),
      422,
      'PLACEMENT.MISSING_GUARDIAN_CONSENT',
    );
    expect(response.body.detail).toContain(people.gijs.organisation);
    await step(people.lotte, 'record-consent', {
      consentId: id(8405),
      givenBy: { giver: 'guardian', courtOrderId: voogdij },
      purpose: 'voluntary-placement',
      childIds: [family.daan],
      givenOn: '2026-11-23',
    });
    await step(people.lotte, 'request-placement', voluntaryForDaan(id(8404)));
  });

  it('takes a guardian’s consent only for its ward (422)', async () => {
    await refused(
      people.lotte,
      'record-consent',
      {
        consentId: id(8406),
        givenBy: { giver: 'guardian', courtOrderId: voogdij },
        purpose: 'share-information',
        childIds: [family.sanne],
        givenOn: '2026-11-23',
      },
      422,
      'CONSENT.NOT_GUARDIAN',
    );
  });

  it('charges the guardian GI with the child-protection work, and lets a machtiging rest on the voogdij', async () => {
    await step(people.gijs, 'record-safety-assessment', { ...unsafeAssessment, assessmentId: id(8407), assessedOn: '2026-11-23' });
    await step(people.lotte, 'record-court-order', courtOrder(id(8408), 'machtiging-uithuisplaatsing', '2027-11-19', family.daan));
  });
});
