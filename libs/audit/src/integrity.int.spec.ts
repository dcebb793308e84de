import { CASE_EVENT_SCHEMA_VERSION } from '@casus/domain';
import { PostgresEventStore } from '@casus/event-store';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { actors } from '../../domain/src/case/testing/fixtures';
import { childrenPlacedVoluntarily } from '../../domain/src/case/testing/story';
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database';
import { AccessLog } from './access-log';
import { accessLogLine } from './testing/access-log-line';
import { buildCaseExport, verifyCaseExport } from './case-export';
import { verifyPages } from './chain-verification';
import { allStreamPages, readWholeStream, streamPages } from './event-pages';

const metadata = { actor: actors.caseTeam, correlationId: randomUUID(), causationId: null };

describe('tamper evidence on PostgreSQL', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let pool: Pool;
  let owner: Pool;
  const caseId = randomUUID();
  const stream = `case-${caseId}`;
  const other = `case-${randomUUID()}`;

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore({ connectionString: database.url, poolSize: 2 });
    pool = new Pool({ connectionString: database.url, max: 2 });
    owner = new Pool({ connectionString: database.ownerUrl, max: 1 });
    const append = (streamId: string) =>
      store.appendToStream(
        streamId,
        childrenPlacedVoluntarily.map((e) => ({
          id: randomUUID(),
          type: e.type,
          data: { ...e.data },
          metadata: { ...metadata, schemaVersion: CASE_EVENT_SCHEMA_VERSION[e.type] },
        })),
        { expectedRevision: 'no-stream' },
      );
    await append(stream);
    await append(other);
  });

  afterAll(async () => {
    await store.close();
    await pool.end();
    await owner.end();
    await database.drop();
  });

  it('verifies untouched streams, page by page', async () => {
    expect(await verifyPages(streamPages(store, stream, 3))).toEqual({ streams: 1, events: 9, breaks: [] });
    expect(await verifyPages(allStreamPages(pool, 4))).toEqual({ streams: 2, events: 18, breaks: [] });
  });

  it('points at the event whose data was edited directly in the database', async () => {
    const events = await readWholeStream(store, stream);
    const exported = buildCaseExport(caseId, stream, events, events, new Date());
    const before = await pool.query(`SELECT hash FROM events WHERE stream_id = $1 AND stream_revision = 4`, [stream]);
    await owner.query(
      `UPDATE events SET data = jsonb_set(data, '{givenOn}', '"2026-10-01"') WHERE stream_id = $1 AND stream_revision = 4`,
      [stream],
    );

    const report = await verifyPages(allStreamPages(pool, 4));
    expect(report.breaks).toEqual([
      { streamId: stream, revision: 4, expectedHash: expect.not.stringMatching(before.rows[0].hash), foundHash: before.rows[0].hash },
    ]);
    expect((await verifyPages(streamPages(store, stream))).breaks[0]).toMatchObject({ streamId: stream, revision: 4 });

    // The export taken before the edit still proves the original; an edited export does not verify.
    expect(verifyCaseExport(JSON.parse(JSON.stringify(exported)))).toMatchObject({ ok: true, events: 9 });
    const edited = JSON.parse(JSON.stringify(exported));
    edited.events[6].data.reasons = 'a different reason';
    expect(verifyCaseExport(edited)).toMatchObject({ ok: false, break: { streamId: stream, revision: 6 } });
    const truncated = { ...exported, events: exported.events.slice(0, -1) };
    expect(verifyCaseExport(truncated)).toMatchObject({ ok: false, problem: expect.stringContaining('head') });
  });

  it('finds a removed event by the gap it leaves', async () => {
    await owner.query(`DELETE FROM events WHERE stream_id = $1 AND stream_revision = 2`, [other]);
    const report = await verifyPages(allStreamPages(pool, 1000));
    expect(report.breaks.map((b) => [b.streamId, b.revision])).toEqual(
      [
        [stream, 4],
        [other, 2],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });
});

describe('the access log', () => {
  it('takes new lines but refuses to change or remove one, to the application and (by its trigger) to the owner', async () => {
    const database = await createTestDatabase();
    const pool = new Pool({ connectionString: database.url, max: 1 });
    const owner = new Pool({ connectionString: database.ownerUrl, max: 1 });
    try {
      const log = new AccessLog(pool);
      const caseId = randomUUID();
      await log.record({
        userId: actors.auditor.id,
        userName: null,
        role: 'auditor',
        organisation: actors.auditor.organisation,
        team: 'audit',
        onBehalfOf: null,
        caseId,
        action: 'GET /cases/:id/history',
        dataAccessed: 'history',
        ground: 'auditor oversight',
        emergencyOverride: false,
        ip: '127.0.0.1',
        correlationId: 'c-1',
      });
      expect(await log.find({ caseId })).toEqual([expect.objectContaining({ userId: actors.auditor.id, ground: 'auditor oversight' })]);
      await expect(pool.query(`UPDATE access_log SET ground = 'none'`)).rejects.toThrow('permission denied for table access_log');
      await expect(owner.query(`UPDATE access_log SET ground = 'none'`)).rejects.toThrow('append-only: UPDATE');
      await expect(owner.query('DELETE FROM access_log')).rejects.toThrow('append-only: DELETE');
      await expect(owner.query('TRUNCATE access_log')).rejects.toThrow('append-only: TRUNCATE');
      expect(await log.find({ user: actors.auditor.id, from: new Date(Date.now() - 60_000) })).toHaveLength(1);
    } finally {
      await pool.end();
      await owner.end();
      await database.drop();
    }
  });

  it('stores the lines of many reads at once, each answered only once its own line is stored, in the order they came', async () => {
    const database = await createTestDatabase();
    const pool = new Pool({ connectionString: database.url, max: 2 });
    try {
      const log = new AccessLog(pool);
      const caseId = randomUUID();
      const line = (n: number, lineCaseId: string = caseId) => accessLogLine(n, { caseId: lineCaseId, ground: 'case team' });
      const answered: number[] = [];
      // Line 7 cannot be stored (its case id is not a uuid): its read fails, the 59 others are stored.
      const reads = Array.from({ length: 60 }, (_, n) =>
        log.record(n === 7 ? line(n, 'not-a-case') : line(n)).then(() => answered.push(n)),
      );
      const outcomes = await Promise.allSettled(reads);
      expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toHaveLength(1);
      expect(outcomes[7]).toMatchObject({
        status: 'rejected',
        reason: expect.objectContaining({ message: expect.stringContaining('invalid input syntax for type uuid') }),
      });
      const stored = await log.find({ caseId, limit: 1_000 });
      expect(stored.map((l) => l.userId)).toEqual(
        Array.from({ length: 60 }, (_, n) => n)
          .filter((n) => n !== 7)
          .map((n) => `user-${n}`),
      );
      expect(answered.sort((a, b) => a - b)).toEqual(stored.map((l) => Number(l.userId.slice(5))));
    } finally {
      await pool.end();
      await database.drop();
    }
  });
});
