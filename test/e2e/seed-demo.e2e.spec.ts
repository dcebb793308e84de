import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from '@casus/database';
import { runCasus } from './support/casus-cli';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';

/** `npm run demo` seeds before it starts: the embedded default once, and never a database of your own. */
describe('casus seed --demo', () => {
  let database: TestDatabase;
  const dataDir = mkdtempSync(join(tmpdir(), 'casus-demo-'));

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses DATABASE_URL and writes nothing there', async () => {
    const result = await runCasus({ DATABASE_URL: database.url, CASUS_DATA_DIR: dataDir }, 'seed', '--demo', '--cases', '1');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('--demo seeds the embedded PostgreSQL only');
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const counts = await client.query('SELECT (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM demo_people) AS people');
      expect(counts.rows[0]).toEqual({ events: '0', people: '0' });
    } finally {
      await client.end();
    }
  });

  it('seeds an empty embedded PostgreSQL, and the next time finds it seeded and does nothing', async () => {
    const embedded = { DATABASE_URL: undefined, CASUS_DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await freePort()), PORT: '3917' };
    const first = await runCasus(embedded, 'seed', '--demo', '--cases', '2');
    expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(first.stdout).toMatch(/\d+ events written/);
    // Where the API will listen with these settings, not a port of its own.
    expect(first.stdout).toContain('open http://localhost:3917/ and sign in');
    expect(first.stdout).not.toContain('localhost:3000');
    const second = await runCasus(embedded, 'seed', '--demo', '--cases', '2');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('holds a seeded demo region already: 30 people to sign in as');
    expect(second.stdout).not.toContain('seeding');
  });
});
