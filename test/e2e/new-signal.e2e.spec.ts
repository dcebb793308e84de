import { lead } from './support/case-story';
import { caseSteps, type CaseStepAnswer } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { readWhenCaughtUp } from './support/eventually';
import { family, id, people, type Actor } from './support/people';

/**
 * A new worry about a family whose case is open (a school calls about Daan) is recorded on that case,
 * with its own safety assessment due 5 working days after it came in, met by the assessment that answers it.
 */
describe('a new signal on an open case', () => {
  let casus: CasusApi;
  const caseId = id(8600);
  const [schoolSignal, policeSignal] = [id(8601), id(8602)];
  const { open, step, refused, read } = caseSteps(() => casus, caseId);
  const family_: Actor = { ...people.lotte, id: id(8690), role: 'family', team: '', organisation: 'family', name: 'Fatima de Vries' };

  const newSignal = (signalId: string, extra: object = {}) => ({
    signalId,
    receivedAt: '2026-11-19T07:30:00.000Z',
    source: 'school',
    concerns: ['absence from school'],
    childIds: [family.daan],
    description: 'Daan has missed most of this week at school and looked frightened when he came back.',
    urgency: 'regular',
    ...extra,
  });
  const deadlinesAfter = async (answer: CaseStepAnswer) => {
    const response = await readWhenCaughtUp(() => casus.get(people.lotte, `/deadlines?caseId=${caseId}&minPosition=${answer.position}`));
    expect(response.status).toBe(200);
    return response.body.items as { deadlineId: string; kind: string; dueOn: string; status: string }[];
  };

  beforeAll(async () => {
    casus = await startCasusApi();
    await open();
    await step(people.lotte, 'assign-case-lead', lead);
  });
  afterAll(() => casus.close());

  it('records it on the case, with its own safety assessment on the deadlines list, and words it on the timeline', async () => {
    const recorded = await step(people.lotte, 'record-new-signal', newSignal(schoolSignal));
    const { case: opened } = await read(people.lotte, `/cases/${caseId}`);
    expect(opened.newSignals).toEqual([expect.objectContaining({ signalId: schoolSignal, safetyAssessmentDueOn: '2026-11-26' })]);
    expect(await deadlinesAfter(recorded)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ deadlineId: `safety-assessment:${caseId}`, kind: 'safety-assessment', dueOn: '2026-11-23' }),
        expect.objectContaining({
          deadlineId: `safety-assessment:${schoolSignal}`,
          kind: 'safety-assessment',
          dueOn: '2026-11-26',
          status: 'open',
        }),
      ]),
    );
    const timeline = await read(people.lotte, `/cases/${caseId}/timeline?minPosition=${recorded.position}`);
    expect(timeline.steps.at(-1)).toMatchObject({
      type: 'NewSignalRecorded',
      summary: 'Nieuwe melding van school over 1 kind: absence from school',
    });
  });

  it('is met by the safety assessment that answers it; the first signal’s stays open until one answers that', async () => {
    const assessed = await step(people.lotte, 'record-safety-assessment', {
      assessmentId: id(8611),
      outcome: 'unsafe',
      findings: 'Daan is afraid to go home',
      assessedOn: '2026-11-20',
      signalId: schoolSignal,
    });
    const deadlines = await deadlinesAfter(assessed);
    expect(deadlines.find((d) => d.deadlineId === `safety-assessment:${schoolSignal}`)).toMatchObject({ status: 'met' });
    expect(deadlines.find((d) => d.deadlineId === `safety-assessment:${caseId}`)).toMatchObject({ status: 'open' });
  });

  it('is due the same day when acute', async () => {
    const recorded = await step(people.lotte, 'record-new-signal', newSignal(policeSignal, { urgency: 'acute', source: 'police' }));
    expect((await deadlinesAfter(recorded)).find((d) => d.deadlineId === `safety-assessment:${policeSignal}`)).toMatchObject({
      dueOn: '2026-11-19',
      status: 'overdue',
    });
  });

  it('refuses a signal about a child who is not of the case, one recorded twice, and an assessment of a signal not on record', async () => {
    await refused(people.lotte, 'record-new-signal', newSignal(id(8603), { childIds: [id(8699)] }), 422, 'CASE.UNKNOWN_CHILD');
    await refused(people.lotte, 'record-new-signal', newSignal(schoolSignal), 409, 'SIGNAL.ALREADY_RECORDED');
    const assessment = { assessmentId: id(8612), outcome: 'safe', findings: 'All well', assessedOn: '2026-11-20', signalId: id(8698) };
    await refused(people.lotte, 'record-safety-assessment', assessment, 404, 'SIGNAL.NOT_FOUND');
  });

  it('names the field when the body is malformed (400), and takes the calendar from the settings, never from the client', async () => {
    const { childIds: _, ...withoutChildren } = newSignal(id(8604));
    const missing = await refused(people.lotte, 'record-new-signal', withoutChildren, 400, 'REQUEST.INVALID');
    expect(JSON.stringify(missing.body)).toContain('childIds');
    const calendar = { extraNonWorkingDays: ['2026-11-20'] };
    await refused(people.lotte, 'record-new-signal', { ...newSignal(id(8605)), calendar }, 400, 'REQUEST.INVALID');
  });

  it('is not recorded by an outsider, an auditor or a family member: 404 or 403, nothing written', async () => {
    await refused(people.pieter, 'record-new-signal', newSignal(id(8606)), 404, 'CASE.NOT_FOUND');
    await refused(people.ruben, 'record-new-signal', newSignal(id(8606)), 404, 'CASE.NOT_FOUND');
    await refused(people.priya, 'record-new-signal', newSignal(id(8606)), 404, 'CASE.NOT_FOUND');
    await refused(family_, 'record-new-signal', newSignal(id(8606)), 404, 'CASE.NOT_FOUND');
    await refused(people.ilse, 'record-new-signal', newSignal(id(8606)), 403, 'ACCESS.READ_ONLY_ROLE');
  });

  it('on a closed case is refused, telling to reopen it first (422), and recorded once the case is reopened', async () => {
    await step(people.lotte, 'close', { reason: 'Help at home is working' });
    const response = await refused(people.lotte, 'record-new-signal', newSignal(id(8607)), 422, 'CASE.CLOSED');
    expect(response.body.detail).toContain('reopen');
    await step(people.lotte, 'reopen', { reason: 'A new signal from the school about Daan' });
    await step(people.lotte, 'record-new-signal', newSignal(id(8607)));
  });
});
