import { lead } from './support/case-story';
import { caseSteps, type CaseStepAnswer } from './support/case-steps';
import { NOW, startCasusApi, type CasusApi } from './support/casus-api';
import { eventually, readWhenCaughtUp } from './support/eventually';
import { everyoneHeardOnThePlace } from './support/heard-on-the-place';
import { id, people, type Actor } from './support/people';
import { providerAccepts } from './support/provider-accepts';

type Deadline = { deadlineId: string; kind: string; dueOn: string; status: string; warningFrom: string | null; inWarningPeriod: boolean };

const parent: Actor = { id: id(120), role: 'family', team: 'family', organisation: 'family', name: 'Fatima de Vries' };

/**
 * Issue 16, growing up, over HTTP: Mila (born 2009-01-10) lives in a foster family on her own consent. The API's today
 * starts at 2026-11-23 (she is 17) and moves to 2027-02-01 (she is 18).
 */
describe('growing up: the 18th birthday, foster care after 18, and the talks with a placed child', () => {
  let casus: CasusApi;
  let today = NOW;
  const caseId = id(8400);
  const [mila, mother, placementId, optionId, firstTalk] = [id(8411), id(8421), id(8441), id(8451), id(8461)];
  const { open, step, refused, read } = caseSteps(() => casus, caseId);
  let last: CaseStepAnswer;

  const deadlines = async (onCase = caseId, after = last) => {
    const response = await readWhenCaughtUp(() => casus.get(people.lotte, `/deadlines?caseId=${onCase}&minPosition=${after.position}`));
    expect(response.status).toBe(200);
    return response.body.items as Deadline[];
  };
  const byId = async (deadlineId: string) => (await deadlines()).find((d) => d.deadlineId === deadlineId);
  const talk = (contactId: string, kind: string, heldOn: string) => ({ placementId, childId: mila, contactId, kind, heldOn });
  const choice = (choice: string, chosenOn: string) => ({ placementId, childId: mila, choice, chosenOn });

  beforeAll(async () => {
    casus = await startCasusApi({ clock: () => today, comingOfAgeNoticeMonths: 6 });
    const registered = await casus
      .http()
      .post('/placement-options')
      .set(await casus.as(people.priya))
      .send({
        optionId,
        kind: 'bestandspleeggezin',
        municipality: 'Ede',
        region: 'FoodValley',
        location: { lat: 52.03, lon: 5.66 },
        capacity: 1,
        ageRange: { min: 12, max: 17 },
        careIntensities: ['light'],
        specialisations: [],
        maxSiblingGroup: 1,
      });
    expect(registered.status).toBe(201);
    await open(caseId, { children: [{ childId: mila, birthDate: '2009-01-10' }] });
    await step(people.lotte, 'assign-case-lead', lead);
    await step(people.lotte, 'record-family-member', {
      familyMemberId: mother,
      name: 'Fatima de Vries',
      relation: 'parent',
      parentalAuthorityOver: [mila],
      contact: { phone: '06-12345678' },
    });
    const own = { consentId: id(8431), givenBy: { giver: 'child', childId: mila }, purpose: 'voluntary-placement', childIds: [mila] };
    await step(people.lotte, 'record-consent', { ...own, givenOn: '2026-11-20' });
    await step(people.lotte, 'request-placement', {
      placementId,
      childIds: [mila],
      legalBasis: 'voluntary',
      needs: { careIntensity: 'light', specialisations: [], description: 'A calm home near school' },
      urgency: 'regular',
      intendedStartOn: '2026-11-23',
    });
    await eventually(async () => {
      const process = await casus.get(people.lotte, `/placements/${placementId}`);
      return process.status === 200 && process.body.reservation ? true : undefined;
    }, 'the reservation');
    await providerAccepts(casus, placementId);
    await everyoneHeardOnThePlace(casus, caseId, placementId, people.lotte);
    await step(people.lotte, 'decide-placement', {
      placementId,
      reasons: 'A foster family near her school',
      viewsHeard: [],
      behaviouralScientistConsent: { name: 'Dr. Y. Peters', consentedOn: '2026-11-23' },
    });
    await eventually(async () => {
      const { case: state } = await read(people.lotte, `/cases/${caseId}`);
      return state.placements[0]?.status === 'active' ? true : undefined;
    }, 'the placement to start');
    last = await step(people.lotte, 'assign-case-lead', lead);
  });
  afterAll(() => casus.close());

  it('shows her 18th birthday from six months ahead (a setting), not before', async () => {
    const birthday = `coming-of-age:${placementId}:${mila}`;
    expect(await byId(birthday)).toMatchObject({
      kind: 'coming-of-age',
      dueOn: '2027-01-10',
      status: 'open',
      warningFrom: '2026-07-10',
      inWarningPeriod: true,
    });
    try {
      today = new Date('2026-07-09T10:00:00.000Z');
      expect(await byId(birthday)).toBeUndefined();
      today = new Date('2026-07-10T10:00:00.000Z');
      expect(await byId(birthday)).toMatchObject({ dueOn: '2027-01-10' });
    } finally {
      today = NOW;
    }
  });

  it('puts her first talk 4 months and her first development review a year after the start; a talk held meets the first', async () => {
    const subject = `${placementId}:${mila}`;
    expect(await byId(`foster-child-contact:${subject}`)).toMatchObject({ dueOn: '2027-03-23', status: 'open' });
    expect(await byId(`development-review:${subject}`)).toMatchObject({ dueOn: '2027-11-23', status: 'open' });
    last = await step(people.lotte, 'record-foster-child-contact', talk(firstTalk, 'conversation', '2026-11-23'));
    expect(await byId(`foster-child-contact:${subject}`)).toMatchObject({ status: 'met' });
    expect(await byId(`foster-child-contact:${firstTalk}`)).toMatchObject({ dueOn: '2027-03-23', status: 'open' });
    const { case: state } = await read(people.lotte, `/cases/${caseId}`);
    expect(state.placements[0].contacts).toEqual([
      { childId: mila, contactId: firstTalk, kind: 'conversation', heldOn: '2026-11-23', nextDueOn: '2027-03-23' },
    ]);
  });

  it('refuses a talk recorded twice (409), with a child not in the placement (422) or of an unknown kind (400)', async () => {
    await refused(
      people.lotte,
      'record-foster-child-contact',
      talk(firstTalk, 'development-review', '2026-11-23'),
      409,
      'FOSTER_CHILD_CONTACT.ALREADY_RECORDED',
    );
    const stranger = { ...talk(id(8462), 'conversation', '2026-11-23'), childId: id(8499) };
    await refused(people.lotte, 'record-foster-child-contact', stranger, 422, 'PLACEMENT.CHILD_NOT_IN_PLACEMENT');
    await refused(people.lotte, 'record-foster-child-contact', talk(id(8462), 'chat', '2026-11-23'), 400, 'REQUEST.INVALID');
  });

  it('is not written by another team, an auditor, a provider or a family member', async () => {
    for (const [actor, status, code] of [
      [people.pieter, 404, 'CASE.NOT_FOUND'],
      [people.ilse, 403, 'ACCESS.READ_ONLY_ROLE'],
      [people.priya, 404, 'CASE.NOT_FOUND'],
      [parent, 404, 'CASE.NOT_FOUND'],
    ] as const) {
      await refused(actor, 'record-foster-child-contact', talk(id(8463), 'conversation', '2026-11-23'), status, code);
      await refused(actor, 'record-foster-care-choice', choice('continue', '2026-11-23'), status, code);
    }
  });

  it('records her choice to continue foster care to 21, on her own consent: the 18th birthday is met, the end due at 21', async () => {
    last = await step(people.lotte, 'record-foster-care-choice', choice('continue', '2026-11-23'));
    expect(await byId(`coming-of-age:${placementId}:${mila}`)).toMatchObject({ status: 'met' });
    expect(await byId(`foster-care-end:${placementId}:${mila}:continue`)).toMatchObject({ dueOn: '2030-01-10', status: 'open' });
    await refused(people.lotte, 'record-foster-care-choice', choice('continue', '2026-11-23'), 409, 'FOSTER_CARE.ALREADY_CHOSEN');
  });

  it('at 18 takes no consent from her mother, and her decline ends the placement that day', async () => {
    today = new Date('2027-02-01T10:00:00.000Z');
    const mothers = { consentId: id(8432), givenBy: { giver: 'family-member', familyMemberId: mother }, purpose: 'share-information' };
    const refusal = await refused(
      people.lotte,
      'record-consent',
      { ...mothers, childIds: [mila], givenOn: '2027-02-01' },
      422,
      'CONSENT.CHILD_OF_AGE',
    );
    expect(refusal.body.detail).toContain('the young person consents themself');

    last = await step(people.lotte, 'record-foster-care-choice', choice('decline', '2027-02-01'));
    const { case: state } = await read(people.lotte, `/cases/${caseId}`);
    expect(state.placements[0]).toMatchObject({
      status: 'ended',
      ended: { endedOn: '2027-02-01', reason: 'age-of-majority' },
      fosterCareChoices: [
        { childId: mila, choice: 'continue', chosenOn: '2026-11-23', placementEndsOn: '2030-01-10' },
        { childId: mila, choice: 'decline', chosenOn: '2027-02-01', placementEndsOn: '2027-02-01' },
      ],
    });
    expect(await byId(`foster-care-end:${placementId}:${mila}:decline`)).toMatchObject({ status: 'met' });
    expect(await byId(`foster-care-end:${placementId}:${mila}:continue`)).toMatchObject({ status: 'cancelled' });
    expect(await byId(`foster-child-contact:${firstTalk}`)).toMatchObject({ status: 'cancelled' });
    const timeline = await readWhenCaughtUp(() =>
      casus.get(people.lotte, `/cases/${caseId}/timeline?minPosition=${last.position}`, { 'Accept-Language': 'en' }),
    );
    const steps = timeline.body.steps as { type: string; summary: string }[];
    expect(steps.filter((s) => s.type.startsWith('Foster')).map((s) => s.summary)).toEqual([
      'Held on 2026-11-23: talk with the foster child; next due 2027-03-23',
      'The young person chose on 2026-11-23: foster care continues to 21; the placement ends on 2030-01-10',
      'The young person chose on 2027-02-01: no foster care after 18; the placement ends on 2027-02-01',
    ]);
    await refused(people.lotte, 'record-foster-care-choice', choice('decline', '2027-02-01'), 422, 'PLACEMENT.NOT_ACTIVE');
  });
});
