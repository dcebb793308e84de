import { lead, mother } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { NOW, startCasusApi, type CasusApi } from './support/casus-api';
import { eventually } from './support/eventually';
import { family, id, people, type Actor } from './support/people';
import { everyoneHeardOnThePlace } from './support/heard-on-the-place';
import { providerAccepts } from './support/provider-accepts';

const linde: Actor = { id: id(110), role: 'provider', team: 'plaatsing', organisation: 'Gezinshuis De Linde', name: 'Karin Hoekstra' };
const DAY = 86_400_000;

const place = (optionId: string, kind: string, municipality: string, location: { lat: number; lon: number }, capacity: number) => ({
  optionId,
  kind,
  municipality,
  region: 'FoodValley',
  location,
  capacity,
  ageRange: { min: 4, max: 17 },
  careIntensities: ['light', 'medium'],
  specialisations: ['trauma'],
  maxSiblingGroup: 2,
});

type Process = {
  reservation: { optionId: string } | null;
  accepted: { optionId: string } | null;
  exhausted: boolean;
  placeTaken: boolean;
  startSent: boolean;
  history: { type: string; data: Record<string, unknown> }[];
};

/**
 * Issue 15's "done when": Sanne and Daan must be placed apart (Daan hurts his sister), a foster family
 * declines, no place is left for Sanne until matching runs again on a place registered since, and she
 * moves in a week after the decision: all over HTTP, as the GI, the providers and the wijkteam meet it.
 */
describe('two siblings placed apart, a provider that declines, a second matching run, a move-in a week later', () => {
  let casus: CasusApi;
  let now = NOW;
  const caseId = id(2500);
  const [sannesPlacement, daansPlacement] = [id(2541), id(2542)];
  const options = { fosterFamily: id(2551), gezinshuis: id(2552), newFosterFamily: id(2553) };
  const reason = 'Daan hurts Sanne when they are together; the behavioural scientist advises placing them apart';

  const { open, step, refused, post, underCourtOrder, read: get } = caseSteps(() => casus, caseId);
  const register = async (actor: Actor, body: object) => {
    const response = await casus
      .http()
      .post('/placement-options')
      .set(await casus.as(actor))
      .send(body);
    expect(response.status).toBe(201);
  };
  const until = (placementId: string, what: string, ok: (p: Process) => boolean) =>
    eventually(async () => {
      // 404 until the process has recorded its start.
      const response = await casus
        .http()
        .get(`/placements/${placementId}`)
        .set(await casus.as(people.gijs));
      return response.status === 200 && ok(response.body) ? (response.body as Process) : undefined;
    }, what);
  const noPlaceDeadline = async (placementId: string) =>
    (await get(people.lotte, `/deadlines?caseId=${caseId}`)).items.find(
      (d: { kind: string; placementId: string }) => d.kind === 'no-suitable-placement' && d.placementId === placementId,
    );
  const auditorsNoPlaceDeadline = async () => {
    const { deadlines } = await get(people.ilse, `/cases/${caseId}/state`);
    const found = deadlines.find(
      (d: { kind: string; subjectId: string }) => d.kind === 'no-suitable-placement' && d.subjectId === sannesPlacement,
    );
    return found && { dueOn: found.dueOn, status: found.status };
  };
  const decision = (placementId: string, extra: object = {}) => ({
    placementId,
    reasons: 'A calm family home within reach of school; apart from the sibling who hurts',
    viewsHeard: [{ participant: 'mother', view: 'Sad they are apart, but agrees it is safer' }],
    behaviouralScientistConsent: { name: 'Dr. Y. Peters', consentedOn: '2026-11-23' },
    ...extra,
  });

  beforeAll(async () => {
    casus = await startCasusApi({ clock: () => now });
    await register(people.priya, place(options.fosterFamily, 'bestandspleeggezin', 'Ede', { lat: 52.03, lon: 5.66 }, 2));
    await register(linde, place(options.gezinshuis, 'gezinshuis', 'Veenendaal', { lat: 52.0286, lon: 5.5589 }, 1));
    await open();
    await step(people.lotte, 'assign-case-lead', lead);
    await step(people.lotte, 'record-family-member', mother);
    await underCourtOrder(2560);
  });
  afterAll(() => casus.close());

  const request = (extra: object) => ({
    placementId: sannesPlacement,
    childIds: [family.sanne],
    legalBasis: 'court-order',
    needs: { careIntensity: 'medium', specialisations: ['trauma'], description: 'Safety, calm and routine' },
    urgency: 'regular',
    intendedStartOn: '2026-11-25',
    siblingSeparationReason: reason,
    ...extra,
  });

  it('refuses a separation that puts both children in one place, and one that gives no reason', async () => {
    await refused(
      people.gijs,
      'request-placement',
      request({ childIds: [family.sanne, family.daan] }),
      422,
      'PLACEMENT.SEPARATION_WITHOUT_GROUPS',
    );
    await refused(
      people.gijs,
      'request-placement',
      request({ siblingSeparationReason: undefined, separateGroups: [{ placementId: daansPlacement, childIds: [family.daan] }] }),
      422,
      'PLACEMENT.SIBLINGS_SEPARATED_WITHOUT_REASON',
    );
  });

  it('matches each child to a place of their own: never the place of the brother she is kept apart from', async () => {
    await step(people.gijs, 'request-placement', request({ separateGroups: [{ placementId: daansPlacement, childIds: [family.daan] }] }));
    const sanne = await until(sannesPlacement, "Sanne's reservation", (p) => p.reservation !== null);
    const daan = await until(daansPlacement, "Daan's reservation", (p) => p.reservation !== null);
    expect(sanne.reservation!.optionId).toBe(options.fosterFamily);
    expect(daan.reservation!.optionId).toBe(options.gezinshuis);
    expect(daan.history).toContainEqual(
      expect.objectContaining({
        type: 'CandidateUnavailable',
        data: expect.objectContaining({
          optionId: options.fosterFamily,
          reason: expect.stringContaining('PLACEMENT_OPTION.SIBLING_KEPT_APART'),
        }),
      }),
    );
  });

  it("lets only the reserved place's provider decline it; then no place is left for Sanne and the team's date is on the list", async () => {
    const refusedDecline = await casus
      .http()
      .post(`/placements/${sannesPlacement}/decline`)
      .set(await casus.as(linde))
      .send({ reason: 'not ours to decline' });
    expect({ status: refusedDecline.status, code: refusedDecline.body.code }).toEqual({
      status: 403,
      code: 'PLACEMENT_PROCESS.NOT_ALLOWED',
    });

    const declined = await casus
      .http()
      .post(`/placements/${sannesPlacement}/decline`)
      .set(await casus.as(people.priya))
      .send({ reason: 'The foster father starts a new job; we take no child before spring' });
    expect(declined.status).toBe(200);
    const stuck = await until(sannesPlacement, 'no place for Sanne', (p) => p.exhausted);
    expect(stuck.reservation).toBeNull();
    expect(stuck.history.map((e) => e.type)).toContain('NoSuitablePlacementFound');
    const deadline = await eventually(() => noPlaceDeadline(sannesPlacement), "the team's decide-by date");
    expect(deadline).toMatchObject({ status: 'open', dueOn: '2026-11-25' });
    // The auditor's replay reads it on the placement process's stream too (its day is the wall clock's: open or overdue).
    expect(await auditorsNoPlaceDeadline()).toEqual({ dueOn: '2026-11-25', status: expect.stringMatching(/^(open|overdue)$/) });
  });

  it('runs matching again on the same request and reserves a foster family registered since', async () => {
    await register(people.priya, place(options.newFosterFamily, 'bestandspleeggezin', 'Wageningen', { lat: 51.97, lon: 5.66 }, 1));
    await step(people.gijs, 'rematch-placement', { placementId: sannesPlacement, reason: 'A new foster family registered in Wageningen' });
    const rematched = await until(sannesPlacement, 'the second matching run', (p) => p.reservation !== null);
    expect(rematched).toMatchObject({ exhausted: false, reservation: { optionId: options.newFosterFamily } });
    const deadline = await eventually(async () => {
      const row = await noPlaceDeadline(sannesPlacement);
      return row?.status === 'met' ? row : undefined;
    }, 'the decide-by date to be met');
    expect(deadline.closedBy).toMatchObject({ type: 'PlacementRematchRequested' });
    expect(await auditorsNoPlaceDeadline()).toEqual({ dueOn: '2026-11-25', status: 'met' });

    const accept = async (provider: Actor) =>
      casus
        .http()
        .post(`/placements/${sannesPlacement}/accept`)
        .set(await casus.as(provider));
    const notTheirs = await accept(linde);
    expect({ status: notTheirs.status, code: notTheirs.body.code }).toEqual({ status: 403, code: 'PLACEMENT_PROCESS.NOT_ALLOWED' });
    expect((await accept(people.priya)).status).toBe(200);
    const accepted = await until(sannesPlacement, "the foster family's acceptance", (p) => p.accepted !== null);
    expect(accepted.accepted).toMatchObject({ optionId: options.newFosterFamily, by: { organisation: 'Pleegzorg Gelderland' } });
  });

  it('plans a kennismaking with the new foster family: on the deadlines list while planned, met when held', async () => {
    const introduction = {
      placementId: sannesPlacement,
      introductionId: id(2561),
      plannedOn: '2026-11-23',
      participants: { childIds: [family.sanne], familyMemberIds: [family.mother], others: ['the foster parents', 'the GI'] },
    };
    await refused(people.gijs, 'plan-introduction', { ...introduction, plannedOn: '2026-11-20' }, 422, 'PLACEMENT.INTRODUCTION_IN_PAST');
    await refused(
      people.gijs,
      'plan-introduction',
      { ...introduction, participants: { ...introduction.participants, childIds: [family.daan] } },
      422,
      'PLACEMENT.CHILD_NOT_IN_PLACEMENT',
    );
    await step(people.gijs, 'plan-introduction', introduction);
    const introductionDeadline = async () =>
      (await get(people.lotte, `/deadlines?caseId=${caseId}`)).items.find((d: { kind: string }) => d.kind === 'introduction');
    const planned = await eventually(introductionDeadline, 'the kennismaking on the deadlines list');
    expect(planned).toMatchObject({ status: 'open', dueOn: '2026-11-23', placementId: sannesPlacement });

    const held = { placementId: sannesPlacement, introductionId: introduction.introductionId, heldOn: '2026-11-23' };
    await step(people.gijs, 'record-introduction-held', held);
    await refused(people.gijs, 'record-introduction-held', held, 422, 'PLACEMENT.INTRODUCTION_ALREADY_HELD');
    const met = await eventually(async () => {
      const row = await introductionDeadline();
      return row?.status === 'met' ? row : undefined;
    }, 'the kennismaking to be met');
    expect(met.closedBy).toMatchObject({ type: 'IntroductionHeld' });
  });

  it('decides both places; Sanne moves in a week after the decision, recorded on the day itself', async () => {
    await providerAccepts(casus, daansPlacement, linde);
    await everyoneHeardOnThePlace(casus, caseId, daansPlacement, people.gijs);
    await everyoneHeardOnThePlace(casus, caseId, sannesPlacement, people.gijs);
    await step(people.gijs, 'decide-placement', decision(daansPlacement));
    await step(people.gijs, 'decide-placement', decision(sannesPlacement, { moveInOn: '2026-11-30' }));
    await until(daansPlacement, "Daan's start", (p) => p.startSent);
    const waiting = await until(sannesPlacement, "Sanne's place to be held", (p) => p.placeTaken);
    expect(waiting.startSent).toBe(false);

    await refused(
      people.gijs,
      'start-placement',
      { placementId: sannesPlacement, startedOn: '2026-11-22' },
      422,
      'PLACEMENT.DATE_BEFORE_DECISION',
    );
    now = new Date(NOW.getTime() + 7 * DAY);
    await step(people.gijs, 'start-placement', { placementId: sannesPlacement, startedOn: '2026-11-30' });

    const { case: state } = await get(people.lotte, `/cases/${caseId}`);
    const byId = (placementId: string) => state.placements.find((p: { placementId: string }) => p.placementId === placementId);
    expect(byId(sannesPlacement)).toMatchObject({
      status: 'active',
      childIds: [family.sanne],
      keptApartFrom: [family.daan],
      decision: { optionId: options.newFosterFamily, decidedOn: '2026-11-23', moveInOn: '2026-11-30' },
      startedOn: '2026-11-30',
      planOfActionDueOn: '2026-12-30',
    });
    expect(byId(daansPlacement)).toMatchObject({
      status: 'active',
      childIds: [family.daan],
      decision: { optionId: options.gezinshuis },
      startedOn: '2026-11-23',
    });
    const moved = await post(people.gijs, 'start-placement', { placementId: sannesPlacement, startedOn: '2026-11-30' });
    expect({ status: moved.status, code: moved.body.code }).toEqual({ status: 422, code: 'PLACEMENT.NOT_DECIDED' });
  });
});
