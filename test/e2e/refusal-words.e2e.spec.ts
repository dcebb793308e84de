import { caseSteps } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { courtOrder } from './support/case-story';
import { id, people } from './support/people';

/** Issue 17: a refusal in the professional's language, with the values its words name. The API's today is 2026-11-23. */
describe('a refusal reads in Dutch first', () => {
  let casus: CasusApi;
  const caseId = id(8700);
  const { open, post } = caseSteps(() => casus, caseId);
  // A spoedmachtiging of ten years: by law four weeks at most, so until 2026-12-18.
  const tooLong = courtOrder(id(8701), 'spoedmachtiging', '2036-11-20');

  beforeAll(async () => {
    casus = await startCasusApi();
    await open();
  });
  afterAll(() => casus.close());

  const refusedIn = async (acceptLanguage: string | undefined) => {
    const before = await casus.revisionOf(caseId);
    const response = await post(
      people.lotte,
      'record-court-order',
      tooLong,
      caseId,
      acceptLanguage ? { 'Accept-Language': acceptLanguage } : {},
    );
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 422, code: 'COURT_ORDER.EXCEEDS_LEGAL_MAXIMUM' });
    expect(response.body.detail).toBe('a spoedmachtiging from 2026-11-20 runs at most until 2026-12-18, not 2036-11-20');
    expect(response.body.params).toEqual({ latestValidUntil: '2026-12-18' });
    expect(await casus.revisionOf(caseId)).toBe(before);
    return response;
  };

  it('words the rule in Dutch with the date it names, when Dutch is asked for and when nothing is', async () => {
    for (const asked of ['nl-NL,nl;q=0.9,en;q=0.5', undefined]) {
      const response = await refusedIn(asked);
      expect(response.headers['content-language']).toBe('nl');
      expect(response.body).toMatchObject({
        language: 'nl',
        text: 'Deze maatregel duurt volgens de wet hooguit tot 18 december 2026. Pas de einddatum aan.',
      });
    }
  });

  it('words it in English for a reader who prefers English', async () => {
    const response = await refusedIn('en-GB,en;q=0.9');
    expect(response.headers['content-language']).toBe('en');
    expect(response.body).toMatchObject({
      language: 'en',
      text: 'By law this order runs at most until 18 December 2026. Change the end date.',
    });
  });

  it('words the edge’s own refusals too, without values', async () => {
    const response = await casus.http().get(`/cases/${caseId}`).set('Accept-Language', 'nl');
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ code: 'AUTH.UNAUTHENTICATED', language: 'nl', text: 'U bent niet aangemeld. Meld u aan.' });
    expect(response.body).not.toHaveProperty('params');
  });
});
