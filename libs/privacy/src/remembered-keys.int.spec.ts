import { AccessLog, type AccessLogEntry } from '@casus/audit';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database';
import { ErasedPersonRefusal, PersonKeys } from './person-keys';
import { ERASURES_SO_FAR, RememberedKeys } from './remembered-keys';

const line = (caseId: string): AccessLogEntry => ({
  userId: 'lotte',
  userName: 'Lotte',
  role: 'wijkteam',
  organisation: 'Gemeente Ede',
  team: 'wijkteam-ede-noord',
  onBehalfOf: null,
  caseId,
  action: 'GET /cases/:caseId',
  dataAccessed: 'state',
  ground: 'case team',
  emergencyOverride: false,
  ip: null,
  correlationId: null,
});

/**
 * Issue 19: the API remembers person keys, so a case read needs no key lookup of its own. An erasure by another process
 * (the command line) must still never be answered around: the access-log line of the read says whether a key went.
 */
describe('remembered person keys and the erasures made meanwhile', () => {
  let database: TestDatabase;
  let pool: Pool;
  let table: PersonKeys;
  let accessLog: AccessLog;
  const caseId = randomUUID();

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = new Pool({ connectionString: database.url, max: 3 });
    table = PersonKeys.over(pool);
    accessLog = new AccessLog(pool, { alongside: ERASURES_SO_FAR });
  });

  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  const newPerson = async () => {
    const person = randomUUID();
    await table.forWriting(`case-${caseId}`, [person]);
    return person;
  };

  it('answers from memory after the first lookup, with the count the keys hold for', async () => {
    const person = await newPerson();
    const keys = new RememberedKeys(table, pool);
    const first = await keys.held([person]);
    expect(first.keys.get(person)).toHaveLength(32);
    // The table's key is changed behind its back (as no code path does): only a remembered key would still be the old one.
    await pool.query("UPDATE person_keys SET key = decode(repeat('00', 32), 'hex') WHERE person_id = $1", [person]);
    const second = await keys.held([person]);
    expect(second.keys.get(person)).toEqual(first.keys.get(person));
    expect(keys.stillHolds(second, await accessLog.record(line(caseId)))).toBe(true);
  });

  it('remembers the keys a step sealed with, and still refuses to seal for an erased person', async () => {
    const keys = new RememberedKeys(table, pool);
    const person = randomUUID();
    const made = await keys.forWriting(`case-${caseId}`, [person]);
    await pool.query("UPDATE person_keys SET key = decode(repeat('00', 32), 'hex') WHERE person_id = $1", [person]);
    expect((await keys.held([person])).keys.get(person)).toEqual(made.get(person));
    await table.erase(person, 'admin-jan', 'AVG art. 17');
    await expect(keys.forWriting(`case-${caseId}`, [person])).rejects.toThrow(ErasedPersonRefusal);
  });

  it('refuses remembered keys once another process erased one between the lookup and the access-log line', async () => {
    const person = await newPerson();
    const api = new RememberedKeys(table, pool);
    const held = await api.held([person]);
    expect(held.keys.has(person)).toBe(true);
    expect(await PersonKeys.over(pool).erase(person, 'admin-jan', 'AVG art. 17')).toBe(true);
    const atLine = await accessLog.record(line(caseId));
    expect(api.stillHolds(held, atLine)).toBe(false);
    // Nothing remembered is used again: the next lookup reads the table, where the key is gone.
    const after = await api.held([person]);
    expect(after.keys.has(person)).toBe(false);
    expect(after.erasures).toBe(atLine);
    expect(api.stillHolds(after, await accessLog.record(line(caseId)))).toBe(true);
  });

  it('counts a key deleted with its row too (the whole path of a file’s destruction), and an erasure of any person', async () => {
    const [kept, deleted] = [await newPerson(), await newPerson()];
    const api = new RememberedKeys(table, pool);
    const held = await api.held([kept]);
    await pool.query('DELETE FROM person_keys WHERE person_id = $1', [deleted]);
    // The person read was not erased, but memory cannot know which person's key went: it is dropped all the same.
    expect(api.stillHolds(held, await accessLog.record(line(caseId)))).toBe(false);
    expect((await api.held([kept])).keys.has(kept)).toBe(true);
  });

  it('leaves the count alone for a key that was already gone, and counts only in a committed transaction', async () => {
    const person = await newPerson();
    await table.erase(person, 'admin-jan', 'AVG art. 17');
    const before = (await pool.query<{ erasures: string }>(`${ERASURES_SO_FAR}`)).rows[0].erasures;
    expect(await table.erase(person, 'admin-jan', 'again')).toBe(false);
    const other = await newPerson();
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('UPDATE person_keys SET key = NULL, erased_at = now() WHERE person_id = $1', [other]);
      // A reader outside the transaction sees the key and the old count together: the key is still good until the commit.
      const seen = await new RememberedKeys(table, pool).held([other]);
      expect({ key: seen.keys.has(other), erasures: seen.erasures }).toEqual({ key: true, erasures: before });
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    expect((await pool.query<{ erasures: string }>(`${ERASURES_SO_FAR}`)).rows[0].erasures).toBe(before);
  });
});
