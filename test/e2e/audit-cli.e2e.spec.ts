import { CASE_EVENT_SCHEMA_VERSION } from '@casus/domain';
import { PostgresEventStore } from '@casus/event-store';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { actors, ids } from '../../libs/domain/src/case/testing/fixtures';
import { childrenPlacedVoluntarily } from '../../libs/domain/src/case/testing/story';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { runCasus } from './support/casus-cli';
import { scratchDir } from '../setup/scratch';

/** The auditor's commands, run as `casus` runs them, against the test database. */
describe('casus verify, export and replay', () => {
  let database: TestDatabase;
  let pool: Pool;
  const dir = scratchDir('casus-audit-cli-');
  const stream = `case-${ids.case}`;

  const casus = (...args: string[]) => runCasus({ DATABASE_URL: database.url, CASUS_USER: 'inspector-1', CASUS_DATA_DIR: dir }, ...args);

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = new Pool({ connectionString: database.ownerUrl, max: 1 });
    const store = new PostgresEventStore({ connectionString: database.url, poolSize: 1 });
    const metadata = {
      actor: { ...actors.caseTeam, name: 'Ilse Visser' },
      correlationId: randomUUID(),
      causationId: randomUUID(),
    };
    await store.appendToStream(
      stream,
      childrenPlacedVoluntarily.map((e) => ({
        id: randomUUID(),
        type: e.type,
        data: { ...e.data },
        metadata: {
          ...metadata,
          schemaVersion: CASE_EVENT_SCHEMA_VERSION[e.type],
          reason: e.type === 'SafetyAssessed' ? 'police report' : undefined,
        },
      })),
      { expectedRevision: 'no-stream' },
    );
    await store.close();
  });

  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it('tells the story, exports it, proves the export offline and finds an edit in the database', async () => {
    const story = await casus('replay', '--case', ids.case);
    expect(story.code).toBe(0);
    expect(story.stdout).toContain('phase placement, team wijkteam-ede-noord');
    expect(story.stdout).toMatch(
      /#3 .* neighbourhood team {2}Ilse Visser \(wijkteam-ede-noord, Gemeente Ede\)\n {5}Safety assessed as unsafe: .*\n {5}assessedOn 2026-/,
    );
    expect(story.stdout).toContain('why: police report');
    const json = JSON.parse((await casus('replay', '--case', ids.case, '--as-of', '2000-01-01T00:00:00Z', '--format', 'json')).stdout);
    expect(json).toMatchObject({ revision: -1, state: { status: 'none' }, story: [] });

    const file = join(dir, 'case.json');
    expect((await casus('export', '--case', ids.case, '--out', file)).code).toBe(0);
    // The export words each step as the story does, and in Dutch as well.
    const exportedWords = JSON.parse(readFileSync(file, 'utf8')).events.map((e: { words: { nl: string; en: string } }) => e.words);
    for (const words of exportedWords) expect(story.stdout).toContain(words.en);
    expect(exportedWords[3].nl).toMatch(/^Veiligheid beoordeeld als onveilig: /);
    expect((await casus('verify', '--file', file)).stdout).toContain('9 event(s), chain intact up to revision 8');
    const edited = JSON.parse(readFileSync(file, 'utf8'));
    edited.events[3].data.findings = 'nothing to worry about';
    writeFileSync(join(dir, 'edited.json'), JSON.stringify(edited));
    const offline = await casus('verify', '--file', join(dir, 'edited.json'));
    expect(offline).toMatchObject({ code: 1, stdout: expect.stringContaining(`BROKEN ${stream} at revision 3`) });

    expect(await casus('verify', '--all')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('verified 9 event(s) in 1 stream(s): every chain intact'),
    });
    await pool.query(
      `UPDATE events SET metadata = metadata || '{"actor": {"id": "someone-else"}}' WHERE stream_id = $1 AND stream_revision = 6`,
      [stream],
    );
    const all = await casus('verify', '--all');
    expect(all).toMatchObject({ code: 1, stdout: expect.stringContaining(`BROKEN ${stream} at revision 6: expected hash`) });
    expect((await casus('verify', '--case', ids.case, '--format', 'json')).stdout).toContain('"revision": 6');

    const { rows } = await pool.query('SELECT user_id, data_accessed, ground FROM access_log ORDER BY id');
    expect(rows.map((r) => r.data_accessed)).toEqual(['replay', 'replay', 'export', 'integrity']);
    expect(rows[0]).toMatchObject({ user_id: 'inspector-1', ground: 'audit from the command line with database access' });
  });
});
