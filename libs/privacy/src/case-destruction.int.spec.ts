import { DEFAULT_RETENTION_YEARS } from '@casus/domain';
import { aroundAppends, PostgresEventStore } from '@casus/event-store';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { motherRecorded, placementRequested, signalRegistered } from '../../domain/src/case/testing/story';
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database';
import { atTermEnd, destroyCaseFile } from './case-destruction';
import { erasePerson } from './erasure';
import { PersonKeys } from './person-keys';
import { ProtectedEventStore } from './protected-event-store';

const metadata = { actor: { id: randomUUID(), role: 'wijkteam' }, schemaVersion: 1 };
const stored = (event: { type: string; data: object }) => ({ id: randomUUID(), type: event.type, data: { ...event.data }, metadata });

describe('destroying a case file whose person is also in another file', () => {
  let database: TestDatabase;
  let pool: Pool;
  let events: PostgresEventStore;
  const fatima = randomUUID();
  const [first, second] = [randomUUID(), randomUUID()];

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = new Pool({ connectionString: database.url, max: 2 });
    events = new PostgresEventStore({ connectionString: database.url, poolSize: 2 });
    const sealing = new ProtectedEventStore(events, PersonKeys.over(pool));
    for (const caseId of [first, second]) {
      const steps = [
        { ...signalRegistered, data: { ...signalRegistered.data, caseId } },
        { ...motherRecorded, data: { ...motherRecorded.data, familyMemberId: fatima } },
        { type: 'CaseClosed', data: { reason: 'goals reached', closedOn: caseId === first ? '2001-03-01' : '2026-11-01' } },
      ];
      await sealing.appendToStream(`case-${caseId}`, steps.map(stored), { expectedRevision: 'no-stream' });
    }
  });

  afterAll(async () => {
    await events.close();
    await pool.end();
    await database.drop();
  });

  it('is refused while that file is kept, naming the person and the file, and deletes no key and writes nothing', async () => {
    const request = {
      caseId: first,
      decide: atTermEnd(DEFAULT_RETENTION_YEARS),
      destroyedBy: 'records-officer',
      now: new Date('2026-11-23T10:00:00Z'),
    };
    await expect(
      destroyCaseFile(new ProtectedEventStore(events, PersonKeys.over(pool)), PersonKeys.over(pool), pool, request),
    ).rejects.toMatchObject({
      code: 'RETENTION.PERSON_IN_KEPT_FILE',
      kind: 'conflict',
      message: expect.stringContaining(`${fatima} (also in case-${second})`),
    });
    expect(await events.readStream(`case-${first}`)).toHaveLength(3);
    const { rows } = await pool.query('SELECT count(*)::int AS erased FROM person_keys WHERE key IS NULL');
    expect(rows[0].erased).toBe(0);
  });

  it("does not erase a case's own key as if it were a person's: that goes only with the whole file", async () => {
    const request = { personId: first, reason: 'x', authorisedBy: 'Ilse Kok', erasedBy: 'admin-1', now: new Date() };
    await expect(erasePerson(events, PersonKeys.over(pool), request)).rejects.toThrow(/is a case, not a person: .*casus retention destroy/);
    expect(await events.readStream(`case-${first}`)).toHaveLength(3);
  });

  it("counts its placements' process streams as part of the file: a member sealed there too is destroyed with it", async () => {
    const caseId = randomUUID();
    const [grandmother, placementId, optionId] = [randomUUID(), randomUUID(), randomUUID()];
    const sealing = new ProtectedEventStore(events, PersonKeys.over(pool));
    const steps = [
      { ...signalRegistered, data: { ...signalRegistered.data, caseId } },
      { ...motherRecorded, data: { ...motherRecorded.data, familyMemberId: grandmother } },
      placementRequested(placementId, [signalRegistered.data.children[0].childId], 'voluntary'),
      { type: 'CaseClosed', data: { reason: 'goals reached', closedOn: '2001-03-01' } },
    ];
    await sealing.appendToStream(`case-${caseId}`, steps.map(stored), { expectedRevision: 'no-stream' });
    const proposal = {
      placementId,
      ranked: [{ optionId, criteria: [{ criterion: 'distance', raw: 3 }] }],
      excluded: [],
      networkFamilies: { [optionId]: grandmother },
    };
    await sealing.appendToStream(`placement-${placementId}`, [stored({ type: 'PlacementCandidatesProposed', data: proposal })], {
      expectedRevision: 'no-stream',
    });
    const request = {
      caseId,
      decide: atTermEnd(DEFAULT_RETENTION_YEARS),
      destroyedBy: 'records-officer',
      now: new Date('2026-11-23T10:00:00Z'),
    };
    expect(
      await destroyCaseFile(new ProtectedEventStore(events, PersonKeys.over(pool)), PersonKeys.over(pool), pool, request),
    ).toMatchObject({ status: 'destroyed', keysShredded: 2 });
    const [onPlacement] = await sealing.readStream(`placement-${placementId}`);
    expect(onPlacement.data.ranked).toEqual([{ optionId, criteria: '[erased]' }]);
  });
  it('destroys what the file holds when it is destroyed: a person another process added after the first read goes too', async () => {
    const caseId = randomUUID();
    const [mother, aunt] = [randomUUID(), randomUUID()];
    const sealing = new ProtectedEventStore(events, PersonKeys.over(pool));
    const steps = [
      { ...signalRegistered, data: { ...signalRegistered.data, caseId } },
      { ...motherRecorded, data: { ...motherRecorded.data, familyMemberId: mother } },
      { type: 'CaseClosed', data: { reason: 'goals reached', closedOn: '2001-03-01' } },
    ];
    await sealing.appendToStream(`case-${caseId}`, steps.map(stored), { expectedRevision: 'no-stream' });
    // Another API instance's step lands between the destruction's read and its append, with a person of its own.
    let interleaved = false;
    const racing = aroundAppends(events, async (append, { events: appended }) => {
      if (!interleaved && appended.some((event) => event.type === 'CaseFileDestroyed')) {
        interleaved = true;
        const aunts = { ...motherRecorded, data: { ...motherRecorded.data, familyMemberId: aunt, relation: 'other' } };
        await sealing.appendToStream(`case-${caseId}`, [stored(aunts)], { expectedRevision: 2 });
      }
      return append();
    });
    const request = {
      caseId,
      decide: atTermEnd(DEFAULT_RETENTION_YEARS),
      destroyedBy: 'records-officer',
      now: new Date('2026-11-23T10:00:00Z'),
    };
    const outcome = await destroyCaseFile(new ProtectedEventStore(racing, PersonKeys.over(pool)), PersonKeys.over(pool), pool, request);
    const { rows } = await pool.query('SELECT person_id FROM person_keys WHERE person_id = ANY($1) AND key IS NOT NULL', [
      [mother, aunt, caseId],
    ]);
    expect({
      interleaved,
      status: outcome.status,
      keysLeft: rows,
      types: (await events.readStream(`case-${caseId}`)).map((e) => e.type),
    }).toEqual({
      interleaved: true,
      status: 'destroyed',
      keysLeft: [],
      types: ['SignalRegistered', 'FamilyMemberRecorded', 'CaseClosed', 'FamilyMemberRecorded', 'CaseFileDestroyed'],
    });
  });
});
