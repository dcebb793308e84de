import { GENESIS_HASH, PostgresEventStore, chainHash, contentHash } from '@casus/event-store';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { actors } from '../../domain/src/case/testing/fixtures';
import { childrenPlacedVoluntarily } from '../../domain/src/case/testing/story';
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database';
import { allStreamPages, verifyPages } from '../src';

const metadata = { actor: actors.caseTeam, correlationId: randomUUID(), causationId: null, schemaVersion: 1 };

describe('an edit of a stored event id or time, by the database owner, breaks the chain', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let owner: Pool;

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore({ connectionString: database.url, poolSize: 2 });
    owner = new Pool({ connectionString: database.ownerUrl, max: 1 });
  });

  afterAll(async () => {
    await store.close();
    await owner.end();
    await database.drop();
  });

  async function newStream(): Promise<string> {
    const stream = `case-${randomUUID()}`;
    const events = childrenPlacedVoluntarily.slice(0, 4).map((e) => ({ id: randomUUID(), type: e.type, data: { ...e.data }, metadata }));
    await store.appendToStream(stream, events, { expectedRevision: 'no-stream' });
    return stream;
  }

  const breaksOf = async (stream: string) =>
    (await verifyPages(allStreamPages(owner, 100, stream))).breaks.map((b) => [b.streamId, b.revision]);

  it('an untouched stream verifies', async () => {
    const stream = await newStream();
    expect(await breaksOf(stream)).toEqual([]);
  });

  it('recorded_at moved back a day is reported at that event', async () => {
    const stream = await newStream();
    await owner.query(`UPDATE events SET recorded_at = recorded_at - interval '1 day' WHERE stream_id = $1 AND stream_revision = 2`, [
      stream,
    ]);
    expect(await breaksOf(stream)).toEqual([[stream, 2]]);
  });

  it('a replaced event id is reported at that event', async () => {
    const stream = await newStream();
    await owner.query('UPDATE events SET event_id = $2 WHERE stream_id = $1 AND stream_revision = 1', [stream, randomUUID()]);
    expect(await breaksOf(stream)).toEqual([[stream, 1]]);
  });

  it('an event moved into the place of an event of another stream is reported there', async () => {
    const stream = await newStream();
    const other = await newStream();
    await owner.query('DELETE FROM events WHERE stream_id = $1 AND stream_revision = 3', [other]);
    await owner.query('UPDATE events SET stream_id = $2 WHERE stream_id = $1 AND stream_revision = 3', [stream, other]);
    expect(await breaksOf(other)).toEqual([[other, 3]]);
  });

  it('links written before chain version 2 still verify, events appended after them chain on in version 2, and a relabelled row breaks', async () => {
    const stream = `case-${randomUUID()}`;
    const [first, second] = childrenPlacedVoluntarily;
    const old = {
      id: randomUUID(),
      streamId: stream,
      recordedAt: new Date(),
      type: first.type,
      data: { ...first.data },
      metadata,
      chainVersion: 1 as const,
    };
    const oldHash = chainHash(GENESIS_HASH, 0, contentHash(old));
    await owner.query(
      `INSERT INTO events (stream_id, stream_revision, event_id, event_type, data, metadata, recorded_at, chain_version, previous_hash, hash)
       VALUES ($1, 0, $2, $3, $4, $5, clock_timestamp(), 1, $6, $7)`,
      [stream, old.id, old.type, old.data, old.metadata, GENESIS_HASH, oldHash],
    );
    await store.appendToStream(stream, [{ id: randomUUID(), type: second.type, data: { ...second.data }, metadata }], {
      expectedRevision: 0,
    });
    const { rows } = await owner.query('SELECT chain_version FROM events WHERE stream_id = $1 ORDER BY stream_revision', [stream]);
    expect(rows.map((row) => row.chain_version)).toEqual([1, 2]);
    expect(await breaksOf(stream)).toEqual([]);

    await owner.query('UPDATE events SET chain_version = 1 WHERE stream_id = $1 AND stream_revision = 1', [stream]);
    expect(await breaksOf(stream)).toEqual([[stream, 1]]);
  });
});
