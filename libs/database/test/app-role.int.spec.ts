import { PostgresEventStore } from '@casus/event-store';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { AccessLog, verifyAccessLog } from '../../audit/src';
import { accessLogLine } from '../../audit/src/testing/access-log-line';
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database';

const line = (n: number) => accessLogLine(n, { ip: '127.0.0.1' });

// Casus's own database user, as the suite runs it: it may add to the record and read it, nothing more.
describe('the application role cannot rewrite the record', () => {
  let database: TestDatabase;
  let app: Pool;
  let owner: Pool;
  let store: PostgresEventStore;
  const stream = `case-${randomUUID()}`;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = new Pool({ connectionString: database.url, max: 2 });
    owner = new Pool({ connectionString: database.ownerUrl, max: 1 });
    store = new PostgresEventStore({ connectionString: database.url, poolSize: 2 });
    await store.appendToStream(stream, [{ id: randomUUID(), type: 'SignalRegistered', data: {}, metadata: {} }], {
      expectedRevision: 'no-stream',
    });
    const log = new AccessLog(app);
    await Promise.all([1, 2, 3].map((n) => log.record(line(n))));
  });

  afterAll(async () => {
    await store.close();
    await app.end();
    await owner.end();
    await database.drop();
  });

  const rowsOf = async (table: string) => Number((await owner.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);

  it('is no superuser', async () => {
    const { rows } = await app.query('SELECT rolsuper, rolbypassrls, rolcreaterole FROM pg_roles WHERE rolname = current_user');
    expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false, rolcreaterole: false }]);
  });

  it.each(['events', 'access_log'])('may not UPDATE, DELETE or TRUNCATE %s, and nothing changes', async (table) => {
    const before = await rowsOf(table);
    await expect(app.query(`UPDATE ${table} SET hash = 'x'`)).rejects.toThrow(`permission denied for table ${table}`);
    await expect(app.query(`DELETE FROM ${table}`)).rejects.toThrow(`permission denied for table ${table}`);
    await expect(app.query(`TRUNCATE ${table}`)).rejects.toThrow(`permission denied for table ${table}`);
    expect(await rowsOf(table)).toBe(before);
  });

  it('may not switch triggers off, neither by session_replication_role nor by ALTER TABLE, nor replace the chain function', async () => {
    await expect(app.query('SET session_replication_role = replica')).rejects.toThrow(
      'permission denied to set parameter "session_replication_role"',
    );
    await expect(app.query('ALTER TABLE access_log DISABLE TRIGGER access_log_chain')).rejects.toThrow('must be owner of table access_log');
    await expect(app.query('ALTER TABLE access_log DISABLE TRIGGER ALL')).rejects.toThrow('must be owner of table access_log');
    await expect(app.query('ALTER TABLE events DISABLE TRIGGER ALL')).rejects.toThrow('must be owner of table events');
    await expect(app.query('DROP TRIGGER access_log_no_update_or_delete ON access_log')).rejects.toThrow(
      'must be owner of relation access_log',
    );
    await expect(
      app.query(`CREATE OR REPLACE FUNCTION access_log_chain_line() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`),
    ).rejects.toThrow('must be owner of function access_log_chain_line');
    await expect(app.query(`UPDATE access_log_head SET seq = 0`)).rejects.toThrow('permission denied for table access_log_head');
    expect((await verifyAccessLog(app)).intact).toBe(true);
  });

  it('may not forge a line with its own chain values; a plain INSERT is chained by the database at its own time', async () => {
    const before = await rowsOf('access_log');
    const forged = `INSERT INTO access_log (user_id, role, organisation, action, data_accessed, ground, chain_seq, previous_hash, hash)
      VALUES ('intruder', 'wijkteam', 'x', 'GET /cases/:id', 'state', 'forged', 1, repeat('0', 64), repeat('0', 64))`;
    await expect(app.query(forged)).rejects.toMatchObject({ code: 'CAS11', message: expect.stringContaining('chains its lines itself') });
    expect(await rowsOf('access_log')).toBe(before);

    await app.query(`INSERT INTO access_log (occurred_at, user_id, role, organisation, action, data_accessed, ground)
      VALUES ('2020-01-01T00:00:00Z', 'backdated', 'wijkteam', 'x', 'GET /cases/:id', 'state', 'typed by hand')`);
    const { rows } = await app.query(
      `SELECT chain_seq::int AS seq, occurred_at > now() - interval '1 minute' AS now FROM access_log WHERE user_id = 'backdated'`,
    );
    expect(rows).toEqual([{ seq: before + 1, now: true }]);
    expect(await verifyAccessLog(app, 2)).toMatchObject({ lines: before + 1, intact: true });
  });

  it('the owner editing a line, or removing one or the last ones, is reported by the verification', async () => {
    await owner.query('ALTER TABLE access_log DISABLE TRIGGER access_log_no_update_or_delete');
    try {
      await owner.query(`UPDATE access_log SET ground = 'auditor oversight' WHERE chain_seq = 2`);
      expect((await verifyAccessLog(app)).firstBreak).toMatchObject({ seq: '2', problem: 'its content does not match its hash' });
      await owner.query(`DELETE FROM access_log WHERE chain_seq = 2`);
      expect((await verifyAccessLog(app)).firstBreak).toMatchObject({ seq: '3', problem: 'line 2 is missing' });
      await owner.query(`DELETE FROM access_log WHERE chain_seq >= 2`);
      expect((await verifyAccessLog(app)).firstBreak).toMatchObject({ problem: 'the log ends at line 1, its head row says 4' });
      // New lines chain onto the head row, not onto the last line left: the removed ones stay a gap.
      await new AccessLog(app).record(line(5));
      expect((await verifyAccessLog(app)).firstBreak).toMatchObject({ seq: '5', problem: 'line 2 is missing' });
    } finally {
      await owner.query('ALTER TABLE access_log ENABLE TRIGGER access_log_no_update_or_delete');
    }
  });
});
