import { streamIdForCase } from '@casus/streams';
import type { JsonObject } from '@casus/event-store';
import { randomUUID } from 'node:crypto';
import { actors, ids } from '../../domain/src/case/testing/fixtures';
import { signalRegistered } from '../../domain/src/case/testing/story';
import { freshStoreForFile } from '../../../test/setup/fresh-store';
import { loadCase } from '../src/runtime/case-commands';

const fresh = freshStoreForFile();

const stored = (type: string, data: JsonObject, schemaVersion: number) => ({
  id: randomUUID(),
  type,
  data,
  metadata: { actor: actors.caseTeam, schemaVersion },
});

// The process reads cases to match on (children, Jeugdlink): it must read old shapes as the API's decider does.
test('the placement process reads a case of old event shapes through the same upcasters as the API', async () => {
  const {
    children: [sanne],
    concerns: [concern],
    safetyAssessmentDueOn: _due,
    ...pilot
  } = signalRegistered.data;
  await fresh.store.appendToStream(
    streamIdForCase(ids.case),
    [
      stored('SignalRegistered', { ...pilot, child: sanne, concern }, 0),
      stored('JeugdlinkRequested', { reason: 'Unsafe despite the safety plan', requestedOn: '2026-11-12' }, 1),
    ],
    { expectedRevision: 'no-stream' },
  );

  const { state, revision } = await loadCase(fresh.store, ids.case);

  expect(revision).toBe(1);
  expect(state).toMatchObject({
    status: 'open',
    children: [sanne],
    signal: { concerns: [concern], safetyAssessmentDueOn: signalRegistered.data.safetyAssessmentDueOn },
    jeugdlink: [{ status: 'requested', team: null }],
  });
});
