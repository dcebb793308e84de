import { actors, ids } from '../../domain/src/case/testing/fixtures';
import { handedOverToWijkteam, signalRegistered, signalRegisteredByVeiligThuis } from '../../domain/src/case/testing/story';
import { replayCase } from './replay';
import { recordedStream } from '../test/recorded';
import { CASE_EVENT_SCHEMA_VERSION, readGround } from '@casus/domain';
import { streamCodec, toCaseEvent } from '@casus/streams';

/** A signal as the FoodValley pilot exported it: one child, one concern, no deadline stored. */
const pilotSignal = {
  type: 'SignalRegistered',
  data: {
    caseId: ids.case,
    receivedAt: '2026-11-02T08:15:00.000Z',
    source: 'veilig-thuis',
    concern: 'domestic violence',
    child: { childId: ids.sanne, birthDate: '2014-05-12' },
    description: 'Police report of a fight at home.',
    municipality: 'Ede',
    team: 'wijkteam-ede-noord',
    organisation: 'Gemeente Ede',
  },
  metadata: { actor: { id: 'import', role: 'wijkteam', team: 'wijkteam-ede-noord', organisation: 'Gemeente Ede' }, schemaVersion: 0 },
};

describe('reading old event shapes through upcasters', () => {
  it('reads a pilot-era SignalRegistered (schema 0) as the current shape, deadline computed as the domain does', () => {
    expect(toCaseEvent(pilotSignal).data).toEqual({
      caseId: ids.case,
      receivedAt: '2026-11-02T08:15:00.000Z',
      source: 'veilig-thuis',
      concerns: ['domestic violence'],
      children: [{ childId: ids.sanne, birthDate: '2014-05-12' }],
      description: 'Police report of a fight at home.',
      urgency: 'regular',
      municipality: 'Ede',
      municipalityCode: 'GM0228',
      team: 'wijkteam-ede-noord',
      organisation: 'Gemeente Ede',
      safetyAssessmentDueOn: signalRegistered.data.safetyAssessmentDueOn,
    });
  });

  it('replays a case whose first event is in the old shape, while the stored event keeps verifying as written', () => {
    const [stored] = recordedStream([pilotSignal]);
    const { state } = replayCase([stored], { atRevision: 0 });
    expect(state).toMatchObject({ status: 'open', children: [{ childId: ids.sanne }], signal: { concerns: ['domestic violence'] } });
    expect(stored.data).toHaveProperty('concern', 'domestic violence');
  });

  it('reads a JeugdlinkRequested of schema 1 as a request that names no team, so that nobody joins on it', () => {
    const old = { type: 'JeugdlinkRequested', data: { reason: 'Unsafe', requestedOn: '2026-11-12' }, metadata: { schemaVersion: 1 } };
    expect(toCaseEvent(old).data).toEqual({ reason: 'Unsafe', requestedOn: '2026-11-12', team: null });
    const { state } = replayCase(recordedStream([{ ...signalRegistered, metadata: { schemaVersion: 1 } }, old]), { atRevision: 1 });
    expect(state).toMatchObject({ jeugdlink: [{ status: 'requested', team: null }] });
  });

  it('reads a CaseHandedOverToLocalTeam of schema 1, which recorded no read period, as one that gives Veilig Thuis none', () => {
    const { formerTeamReadEndsOn: _, ...withoutPeriod } = handedOverToWijkteam.data;
    const old = { type: 'CaseHandedOverToLocalTeam', data: withoutPeriod, metadata: { schemaVersion: 1 } };
    expect(toCaseEvent(old).data).toEqual({ ...withoutPeriod, formerTeamReadEndsOn: withoutPeriod.handedOverOn });
    const { state } = replayCase(recordedStream([{ ...signalRegisteredByVeiligThuis, metadata: { schemaVersion: 2 } }, old]), {
      atRevision: 1,
    });
    expect(readGround(state, actors.veiligThuis, withoutPeriod.handedOverOn)).toBeNull();
    expect(readGround(state, actors.caseTeam, withoutPeriod.handedOverOn)).toMatchObject({ reader: 'case-team' });
  });

  it('reads current events untouched and refuses a version it has no path for', () => {
    expect(toCaseEvent({ ...signalRegistered, metadata: { schemaVersion: 2 } })).toEqual(signalRegistered);
    const withoutUpcasters = streamCodec('case', CASE_EVENT_SCHEMA_VERSION);
    expect(() => withoutUpcasters.decode({ ...pilotSignal })).toThrow('no upcaster for SignalRegistered schema version 0');
    expect(() => toCaseEvent({ ...signalRegistered, metadata: { schemaVersion: 7 } })).toThrow('newer than this build');
    expect(() => toCaseEvent({ type: 'SignalWithdrawn', data: {}, metadata: {} })).toThrow('unknown case event type SignalWithdrawn');
  });
});
