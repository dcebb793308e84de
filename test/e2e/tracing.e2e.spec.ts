import { lead, mother, signal } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { recordSpans } from './support/in-memory-tracing';
import { id, people } from './support/people';

describe('OpenTelemetry spans around case commands and appends', () => {
  let casus: CasusApi;
  const recorder = recordSpans();
  const caseId = id(320);

  const { step } = caseSteps(() => casus, caseId);

  beforeAll(async () => (casus = await startCasusApi()));
  afterAll(async () => {
    await casus.close();
    recorder.stop();
  });

  it('puts each append inside the span of the command that decided it', async () => {
    await caseSteps(() => casus, caseId).open();
    const commandSpan = recorder.spans.find((span) => span.name === 'casus.command RegisterSignal');
    expect(commandSpan?.attributes).toMatchObject({
      'casus.command': 'RegisterSignal',
      'casus.case.id': caseId,
      'casus.outcome': 'ok',
      'casus.case.revision': 0,
    });
    const append = recorder.spans.find(
      (span) => span.name === 'casus.event_store.append' && span.attributes['casus.stream.id'] === `case-${caseId}`,
    );
    expect(append).toMatchObject({
      parentSpanId: commandSpan!.spanId,
      traceId: commandSpan!.traceId,
      attributes: {
        'casus.stream.category': 'case',
        'casus.events.count': 1,
        'casus.events.types': ['SignalRegistered'],
        'casus.outcome': 'ok',
      },
    });
  });

  it('names the refusal in the outcome without marking it an error, and carries no personal data', async () => {
    const refused = await casus
      .http()
      .post(`/cases/${caseId}/assign-case-lead`)
      .set(await casus.as(people.ilse))
      .send(lead);
    expect(refused.status).toBe(403);
    expect(recorder.spans.find((span) => span.name === 'casus.command AssignCaseLead')).toMatchObject({
      attributes: { 'casus.outcome': 'forbidden' },
      status: { code: 0 },
    });
    await step(people.lotte, 'assign-case-lead', lead);
    await step(people.lotte, 'record-family-member', mother);
    const everything = JSON.stringify(recorder.spans);
    for (const personal of [mother.name, mother.contact.phone, signal(caseId).description, people.lotte.name!])
      expect(everything).not.toContain(personal);
  });
});
