import { createApp } from '../../apps/api/src/app.factory';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { scratchDir } from '../setup/scratch';

/** A single-role deployment (DATABASE_URL set, DATABASE_OWNER_URL not) runs, but not silently. */
describe('the database role Casus runs as', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  async function startupWarnings(databaseUrl: string): Promise<string[]> {
    const lines: string[] = [];
    const app = await createApp({
      databaseUrl,
      auth: { kind: 'dev', keyDir: scratchDir('casus-keys-') },
      logLevel: 'info',
      logDestination: { write: (line) => void lines.push(line) },
    });
    await app.close();
    return lines
      .map((line) => JSON.parse(line) as { level: number; msg: string })
      .filter((line) => line.level === 40)
      .map((line) => line.msg);
  }

  it('is warned about at start-up when it can change the record, naming what it can do', async () => {
    const warnings = await startupWarnings(database.ownerUrl);
    expect(warnings).toEqual([expect.stringMatching(/can change the record \(.*owns events.*\).*DATABASE_OWNER_URL/)]);
  });

  it('is not warned about when it is Casus’s own role, which may only add to the record', async () => {
    expect(await startupWarnings(database.url)).toEqual([]);
  });
});
