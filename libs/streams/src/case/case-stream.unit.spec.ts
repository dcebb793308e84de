import { CASE_EVENT_SCHEMA_VERSION, CASE_EVENT_TYPES } from '@casus/domain';
import { InMemoryEventStore } from '@casus/event-store';
import { actors, command } from '../../../domain/src/case/testing/fixtures';
import * as story from '../../../domain/src/case/testing/story';
import { caseCodec, caseCommandWriter, foldCase, toCaseEvent } from './case-stream';

const now = new Date('2026-11-20T10:00:00.000Z');
const writer = {
  actor: { ...actors.caseTeam, name: 'Lotte de Vries' },
  correlationId: 'c-1',
  causationId: 'k-1',
  command: 'RequestJeugdlink',
  reason: 'unsafe',
};

describe('the case stream codec', () => {
  it('stores a case event as written and reads it back as the same event, with its metadata', async () => {
    const store = new InMemoryEventStore();
    const events = [story.signalRegistered, story.jeugdlinkRequested];
    await store.appendToStream(
      'case-1',
      events.map((event, i) => caseCodec.encode(event, `e-${i}`, writer, now)),
      { expectedRevision: 'no-stream' },
    );
    const recorded = await store.readStream('case-1');
    expect(recorded.map(toCaseEvent)).toEqual(events);
    expect(recorded[1].metadata).toEqual({
      actor: { ...actors.caseTeam, name: 'Lotte de Vries' },
      command: 'RequestJeugdlink',
      reason: 'unsafe',
      correlationId: 'c-1',
      causationId: 'k-1',
      schemaVersion: CASE_EVENT_SCHEMA_VERSION.JeugdlinkRequested,
      recordedAt: now.toISOString(),
    });
  });

  it('upcasts on reading: a JeugdlinkRequested of schema 1 names no team, so nobody joins on it', () => {
    const old = { type: 'JeugdlinkRequested', data: { reason: 'Unsafe', requestedOn: '2026-11-12' }, metadata: { schemaVersion: 1 } };
    expect(toCaseEvent(old)).toEqual({ type: 'JeugdlinkRequested', data: { reason: 'Unsafe', requestedOn: '2026-11-12', team: null } });
    expect(foldCase([{ ...story.signalRegistered, metadata: {} }, old])).toMatchObject({
      jeugdlink: [{ status: 'requested', team: null }],
    });
  });

  it("upcasts on reading: a ConsentRecorded of schema 1 was a family member's, and still counts as theirs", () => {
    const { givenBy, ...rest } = story.consentOf(story.motherRecorded.data.familyMemberId, 'consent-1').data;
    const old = {
      type: 'ConsentRecorded',
      data: { ...rest, familyMemberId: story.motherRecorded.data.familyMemberId },
      metadata: { schemaVersion: 1 },
    };
    expect(toCaseEvent(old)).toEqual({ type: 'ConsentRecorded', data: { ...rest, givenBy } });
    expect(givenBy).toEqual({ giver: 'family-member', familyMemberId: story.motherRecorded.data.familyMemberId });
    const withdrawn = { type: 'ConsentWithdrawn', data: { consentId: 'consent-1', withdrawnOn: '2026-11-22', reason: 'No' }, metadata: {} };
    expect(
      foldCase([{ ...story.signalRegistered, metadata: {} }, { ...story.motherRecorded, metadata: {} }, old, withdrawn]),
    ).toMatchObject({
      consents: [{ consentId: 'consent-1', givenBy, withdrawn: { on: '2026-11-22', reason: 'No' } }],
    });
  });

  it('upcasts a SignalRegistered of schema 1 with the code the named table knows for its municipality, else none', () => {
    const { municipalityCode: _, ...v1 } = story.signalRegistered.data;
    const read = (municipality: string) =>
      toCaseEvent({ type: 'SignalRegistered', data: { ...v1, municipality }, metadata: { schemaVersion: 1 } }).data;
    expect(read('Gemeente Ede')).toEqual({ ...v1, municipality: 'Gemeente Ede', municipalityCode: 'GM0228' });
    expect(read('Bergen')).toMatchObject({ municipality: 'Bergen', municipalityCode: null });
  });

  it('knows every case event type, and refuses a type or a version it does not know', () => {
    expect(CASE_EVENT_TYPES.map((type) => caseCodec.encode({ type, data: {} } as never, 'x', writer, now).metadata.schemaVersion)).toEqual(
      CASE_EVENT_TYPES.map((type) => CASE_EVENT_SCHEMA_VERSION[type]),
    );
    expect(() => toCaseEvent({ type: 'CaseArchived', data: {}, metadata: {} })).toThrow('unknown case event type CaseArchived');
    expect(() => toCaseEvent({ ...story.signalRegistered, metadata: { schemaVersion: 3 } })).toThrow('newer than this build knows (2)');
  });

  it("writes a command's name and its reason into the metadata of its events", () => {
    const chain = { correlationId: 'c-2', causationId: 'k-2' };
    expect(caseCommandWriter(command('CloseCase', { reason: 'goal reached' }), actors.caseTeam, chain)).toEqual({
      actor: actors.caseTeam,
      command: 'CloseCase',
      reason: 'goal reached',
      ...chain,
    });
  });

  it('writes neither the name of a family member who acts nor their reason in plain metadata: both are their personal data', () => {
    const chain = { correlationId: 'c-3', causationId: 'k-3' };
    const parent = { ...actors.family, name: 'Fatima de Vries' };
    const asked = command('RequestDestruction', { requestId: actors.family.id, reason: 'Ik wil opnieuw beginnen' }, actors.family);
    expect(caseCommandWriter(asked, parent, chain)).toEqual({
      actor: actors.family,
      command: 'RequestDestruction',
      reason: null,
      ...chain,
    });
  });
});
