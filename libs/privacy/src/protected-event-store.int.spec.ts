import { verifyPages, streamPages } from '@casus/audit';
import { PostgresEventStore, START, type RecordedEvent } from '@casus/event-store';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { untilLogShows } from '../../../test/support/global-log';
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database';
import { erasePerson, erasureEventId } from './erasure';
import { ErasedPersonRefusal, PersonKeys } from './person-keys';
import { ProtectedEventStore } from './protected-event-store';

const metadata = { actor: { id: randomUUID(), role: 'wijkteam' }, schemaVersion: 1 };
const member = (familyMemberId: string, name: string) => ({
  id: randomUUID(),
  type: 'FamilyMemberRecorded',
  data: { familyMemberId, name, relation: 'parent', parentalAuthorityOver: [], contact: { phone: '06-12345678' } },
  metadata,
});

describe('crypto-shredding on the PostgreSQL event store', () => {
  let database: TestDatabase;
  let pool: Pool;
  let stored: PostgresEventStore;
  let store: ProtectedEventStore;
  const stream = `case-${randomUUID()}`;
  const fatima = randomUUID();
  const mark = randomUUID();

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = new Pool({ connectionString: database.url, max: 2 });
    stored = new PostgresEventStore({ connectionString: database.url, poolSize: 2 });
    store = new ProtectedEventStore(stored, PersonKeys.over(pool));
    const { position } = await store.appendToStream(stream, [member(fatima, 'Fatima de Vries'), member(mark, 'Mark de Vries')], {
      expectedRevision: 'no-stream',
    });
    await untilLogShows(pool, position);
  });

  afterAll(async () => {
    await stored.close();
    await pool.end();
    await database.drop();
  });

  const names = (events: RecordedEvent[]) => events.map((event) => event.data.name);

  it('stores no name or contact details in the events table, and one key per person beside it', async () => {
    const { rows } = await pool.query<{ data: string }>('SELECT data::text FROM events WHERE stream_id = $1', [stream]);
    expect(rows.map((row) => row.data).join()).not.toMatch(/Fatima|Mark|12345678/);
    const keys = await pool.query('SELECT person_id, stream_id, octet_length(key) AS bytes FROM person_keys ORDER BY person_id');
    expect(keys.rows).toEqual(
      expect.arrayContaining([
        { person_id: fatima, stream_id: stream, bytes: 32 },
        { person_id: mark, stream_id: stream, bytes: 32 },
      ]),
    );
  });

  it('shows the data on every read: stream, global log and subscription', async () => {
    expect(names(await store.readStream(stream))).toEqual(['Fatima de Vries', 'Mark de Vries']);
    expect(names(await store.readAll({ filter: { streamPrefixes: [stream] } }))).toEqual(['Fatima de Vries', 'Mark de Vries']);
    const seen = await new Promise<RecordedEvent[]>((resolve, reject) => {
      const subscription = store.subscribeToAll({
        after: START,
        filter: { streamPrefixes: [stream] },
        handle: async (batch) => {
          if (batch.events.length > 0) void subscription.stop().then(() => resolve([...batch.events]));
        },
        onStop: (error) => error && reject(error),
      });
    });
    expect(names(seen)).toEqual(['Fatima de Vries', 'Mark de Vries']);
  });

  it("erases one person: their data reads [erased], the other's does not, and every hash still verifies", async () => {
    const before = (await stored.readStream(stream)).map((event) => event.hash);
    const request = {
      personId: fatima,
      reason: 'request of the person (AVG art. 17)',
      authorisedBy: 'Ilse Kok',
      erasedBy: 'admin-1',
      now: new Date('2026-11-23T10:00:00Z'),
    };
    expect(await erasePerson(stored, PersonKeys.over(pool), request)).toEqual({
      status: 'erased',
      streamId: stream,
      eventId: erasureEventId(fatima),
    });

    const events = await store.readStream(stream);
    expect(events.slice(0, 2).map((event) => [event.data.name, event.data.contact])).toEqual([
      ['[erased]', '[erased]'],
      ['Mark de Vries', { phone: '06-12345678' }],
    ]);
    expect(events[2]).toMatchObject({
      id: erasureEventId(fatima),
      type: 'PersonalDataErased',
      data: { personId: fatima, reason: request.reason, authorisedBy: 'Ilse Kok', erasedOn: '2026-11-23' },
      metadata: { reason: request.reason, actor: { id: 'admin-1', role: 'administrator' } },
    });
    expect(events.slice(0, 2).map((event) => event.hash)).toEqual(before);
    expect(await verifyPages(streamPages(stored, stream))).toEqual({ streams: 1, events: 3, breaks: [] });
    const { rows } = await pool.query('SELECT key, erased_by, erasure_reason, erased_at FROM person_keys WHERE person_id = $1', [fatima]);
    expect(rows[0]).toEqual({ key: null, erased_by: 'admin-1', erasure_reason: request.reason, erased_at: expect.any(Date) });
  });

  it('erases once: a second run changes nothing, an unknown person is said to be unknown', async () => {
    const again = await erasePerson(stored, PersonKeys.over(pool), {
      personId: fatima,
      reason: 'again',
      authorisedBy: 'Ilse Kok',
      erasedBy: 'admin-2',
      now: new Date(),
    });
    expect(again).toMatchObject({ status: 'already-erased', streamId: stream });
    expect(await stored.readStream(stream)).toHaveLength(3);
    expect(
      await erasePerson(stored, PersonKeys.over(pool), {
        personId: randomUUID(),
        reason: 'x',
        authorisedBy: 'Ilse Kok',
        erasedBy: 'admin-1',
        now: new Date(),
      }),
    ).toEqual({ status: 'unknown' });
  });

  it('refuses new personal data of an erased person and writes nothing', async () => {
    await expect(store.appendToStream(stream, [member(fatima, 'Fatima de Vries')], { expectedRevision: 2 })).rejects.toBeInstanceOf(
      ErasedPersonRefusal,
    );
    await expect(store.appendToStream(stream, [member(fatima, 'Fatima de Vries')], { expectedRevision: 2 })).rejects.toMatchObject({
      code: 'PRIVACY.PERSON_ERASED',
      kind: 'conflict',
      message: expect.stringContaining('record them as a new person'),
    });
    expect(await stored.readStream(stream)).toHaveLength(3);
    await store.appendToStream(stream, [member(randomUUID(), 'Fatima de Vries')], { expectedRevision: 2 });
    expect(names(await store.readStream(stream, { fromRevision: 3 }))).toEqual(['Fatima de Vries']);
  });
});
