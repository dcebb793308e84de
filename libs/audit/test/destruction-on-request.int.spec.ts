import { caseCommand, decide, type Actor } from '@casus/domain';
import { PostgresEventStore } from '@casus/event-store';
import { destroyCaseFile, destructionStepId, PersonKeys, ProtectedEventStore } from '@casus/privacy';
import { caseCommandWriter } from '@casus/streams';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { actors, event, ids } from '../../domain/src/case/testing/fixtures';
import { motherRecorded, signalRegistered } from '../../domain/src/case/testing/story';
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database';
import { allStreamPages, verifyPages } from '../src';

const mothersAccount: Actor = { id: randomUUID(), role: 'family', team: 'family', organisation: 'family' };
const metadata = { actor: actors.caseTeam, correlationId: randomUUID(), causationId: null, schemaVersion: 1 };
const stored = (step: { type: string; data: object }) => ({ id: randomUUID(), type: step.type, data: { ...step.data }, metadata });

/** Issue 18: the file destroyed on a family member's request, as libs/privacy destroys one at the end of its term. */
describe('destroying the file on request', () => {
  let database: TestDatabase;
  let pool: Pool;
  let events: PostgresEventStore;
  let sealing: ProtectedEventStore;
  const caseId = randomUUID();
  const requestId = randomUUID();
  const now = new Date('2026-11-23T10:00:00Z');
  const command = caseCommand(
    'DecideDestruction',
    caseId,
    { requestId, decision: 'destroy', reason: 'Nothing weighs against it' },
    actors.caseTeam,
  );
  const request = () => ({
    caseId,
    authorise: () => undefined,
    decide: (state: Parameters<typeof decide>[1]) => decide(command, state, now),
    destroyedBy: actors.caseTeam.id,
    now,
    writer: caseCommandWriter(command, actors.caseTeam, { correlationId: randomUUID(), causationId: randomUUID() }),
    stepIds: [destructionStepId(caseId, requestId)],
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = new Pool({ connectionString: database.url, max: 2 });
    events = new PostgresEventStore({ connectionString: database.url, poolSize: 2 });
    sealing = new ProtectedEventStore(events, PersonKeys.over(pool));
    const steps = [
      { ...signalRegistered, data: { ...signalRegistered.data, caseId } },
      motherRecorded,
      event('FamilyAccountLinked', { personId: ids.mother, accountId: mothersAccount.id, linkedOn: '2026-11-20' }),
      event('DestructionRequested', {
        requestId,
        personId: ids.mother,
        reason: 'Opnieuw beginnen',
        requestedOn: '2026-11-20',
        decideBy: '2027-02-20',
      }),
      event('CaseClosed', { reason: 'Help ended', closedOn: '2026-11-21' }),
    ];
    await sealing.appendToStream(`case-${caseId}`, steps.map(stored), { expectedRevision: 'no-stream' });
  });

  afterAll(async () => {
    await events.close();
    await pool.end();
    await database.drop();
  });

  it('appends the decision and the destruction on the ground of the request, deletes every key, and the chain still verifies', async () => {
    const outcome = await destroyCaseFile(sealing, PersonKeys.over(pool), pool, request());
    expect(outcome).toMatchObject({
      status: 'destroyed',
      ground: { kind: 'family-request', requestId, personId: ids.mother },
      keysShredded: 2,
    });
    const stream = await sealing.readStream(`case-${caseId}`);
    expect(stream.map((e) => e.type).slice(-2)).toEqual(['DestructionRequestDecided', 'CaseFileDestroyed']);
    expect(stream.find((e) => e.type === 'DestructionRequested')?.data.reason).toBe('[erased]');
    expect(JSON.stringify(stream.map((e) => [e.data, e.metadata]))).not.toMatch(/Fatima|Opnieuw beginnen|Nothing weighs/);
    const owner = new Pool({ connectionString: database.ownerUrl, max: 1 });
    try {
      expect((await verifyPages(allStreamPages(owner, 100, `case-${caseId}`))).breaks).toEqual([]);
    } finally {
      await owner.end();
    }
  });

  it('asks who decides first on every run, and a run again writes nothing', async () => {
    const refused = new Error('not yours');
    await expect(
      destroyCaseFile(sealing, PersonKeys.over(pool), pool, {
        ...request(),
        authorise: () => {
          throw refused;
        },
      }),
    ).rejects.toBe(refused);
    const before = (await events.readStream(`case-${caseId}`)).length;
    expect(await destroyCaseFile(sealing, PersonKeys.over(pool), pool, request())).toMatchObject({ status: 'already-destroyed' });
    expect(await events.readStream(`case-${caseId}`)).toHaveLength(before);
  });
});
