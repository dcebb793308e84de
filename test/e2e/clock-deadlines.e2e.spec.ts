import { readWhenCaughtUp } from './support/eventually';
import { signal } from './support/case-story';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { id, people } from './support/people';

/**
 * The safety assessment is due 5 working days after the signal (Veilig Thuis norm), counted from the
 * date in Amsterdam: over the API, signals that came in around a clock change and before public holidays.
 */
describe('safety-assessment deadlines across clock changes and Dutch public holidays', () => {
  let casus: CasusApi;
  let bearer = '';
  // The API's clock stands at 23 November 2026, so every one of these deadlines has passed.

  const signals: ReadonlyArray<[string, string, string, string]> = [
    // 22:30 UTC on Sunday 29 March 2026 is 00:30 on Monday in Amsterdam (CEST); Good Friday 3 April and Easter Monday 6 April are off.
    ['just after the clocks went forward, before Easter', id(6101), '2026-03-29T22:30:00.000Z', '2026-04-08'],
    // 22:30 UTC on Saturday 24 October 2026 is already Sunday 25 October in Amsterdam, the night the clocks go back.
    ['in the night the clocks go back', id(6102), '2026-10-24T22:30:00.000Z', '2026-10-30'],
    // Friday before King's Day (Monday 27 April 2026).
    ["on the Friday before King's Day", id(6103), '2026-04-24T15:00:00.000Z', '2026-05-04'],
    // Christmas Eve 2025: Christmas, Boxing Day and New Year's Day are off; 2 January is a working day.
    ['on Christmas Eve', id(6104), '2025-12-24T16:00:00.000Z', '2026-01-05'],
  ];

  beforeAll(async () => {
    casus = await startCasusApi();
    bearer = `Bearer ${await casus.tokenFor(people.lotte)}`;
  });
  afterAll(() => casus.close());

  it.each(signals)('a signal %s', async (_, caseId, receivedAt, dueOn) => {
    const registered = await casus
      .http()
      .post('/cases')
      .set('Authorization', bearer)
      .send({ ...signal(caseId), receivedAt });
    expect(registered.status).toBe(201);
    const overview = await casus.http().get(`/cases/${caseId}`).set('Authorization', bearer);
    expect(overview.body.case.signal).toMatchObject({ receivedAt, safetyAssessmentDueOn: dueOn });
    const deadlines = await readWhenCaughtUp(() =>
      casus.http().get(`/deadlines?minPosition=${registered.body.position}`).set('Authorization', bearer),
    );
    expect(deadlines.body.items.filter((d: { caseId: string }) => d.caseId === caseId)).toEqual([
      expect.objectContaining({ kind: 'safety-assessment', dueOn, status: 'overdue' }),
    ]);
  });

  describe('with extra non-working days configured (EXTRA_NON_WORKING_DAYS)', () => {
    let withDaysOff: CasusApi;
    beforeAll(async () => {
      withDaysOff = await startCasusApi({ calendar: { extraNonWorkingDays: ['2026-11-19', '2026-11-20'] } });
    });
    afterAll(() => withDaysOff.close());

    it('skips them too: a signal on Monday 16 November 2026 is assessed by the 25th, not the 23rd', async () => {
      const caseId = id(6110);
      const registered = await withDaysOff
        .http()
        .post('/cases')
        .set(await withDaysOff.as(people.lotte))
        .send(signal(caseId));
      expect(registered.status).toBe(201);
      const overview = await withDaysOff
        .http()
        .get(`/cases/${caseId}`)
        .set(await withDaysOff.as(people.lotte));
      expect(overview.body.case.signal.safetyAssessmentDueOn).toBe('2026-11-25');
    });

    it('takes them from the settings, never from the client (400, nothing written)', async () => {
      const caseId = id(6111);
      const response = await withDaysOff
        .http()
        .post('/cases')
        .set(await withDaysOff.as(people.lotte))
        .send({ ...signal(caseId), calendar: { extraNonWorkingDays: ['2026-11-17'] } });
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 400, code: 'REQUEST.INVALID' });
      expect(await withDaysOff.revisionOf(caseId)).toBe(-1);
    });
  });
});
