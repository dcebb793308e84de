import { CASE_EVENT_SCHEMA_VERSION } from '@casus/domain';
import { PostgresEventStore } from '@casus/event-store';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { actors } from '../../libs/domain/src/case/testing/fixtures';
import { childrenPlacedVoluntarily } from '../../libs/domain/src/case/testing/story';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { editAndRechain, rewriteAccessLogLine } from './support/tamper';
import { runCasus } from './support/casus-cli';
import { scratchDir } from '../setup/scratch';

/** `casus verify` and `casus anchors` after the database's owner changed the record, as `casus` runs them. */
describe("casus verify against the notary's anchors", () => {
  let database: TestDatabase;
  let owner: Pool;
  const dir = scratchDir('casus-tamper-cli-');
  const cut = randomUUID();
  const rechained = randomUUID();

  const casus = (...args: string[]) => runCasus({ DATABASE_URL: database.url, CASUS_USER: 'inspector-2', CASUS_DATA_DIR: dir }, ...args);

  beforeAll(async () => {
    database = await createTestDatabase();
    owner = new Pool({ connectionString: database.ownerUrl, max: 1 });
    const store = new PostgresEventStore({ connectionString: database.url, poolSize: 1 });
    const metadata = { actor: actors.caseTeam, correlationId: randomUUID(), causationId: randomUUID() };
    for (const caseId of [cut, rechained]) {
      const events = childrenPlacedVoluntarily.map((e) => ({
        id: randomUUID(),
        type: e.type,
        data: { ...e.data },
        metadata: { ...metadata, schemaVersion: CASE_EVENT_SCHEMA_VERSION[e.type] },
      }));
      await store.appendToStream(`case-${caseId}`, events, { expectedRevision: 'no-stream' });
    }
    await store.close();
  });

  afterAll(async () => {
    await owner.end();
    await database.drop();
  });

  // One story in steps, each a test of its own: every command is a process of its own and takes its time.
  it('anchors the log, and verifies it as anchored', async () => {
    expect(await casus('export', '--case', cut, '--out', join(dir, 'before.json'))).toMatchObject({ code: 0 });
    expect((await casus('anchors', 'write')).stdout).toMatch(/^anchor 1: 18 event\(s\) up to \d+:\d+, signed with key [0-9a-f]{64}\n$/);
    expect(await casus('verify', '--all')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('18 event(s) in 2 stream(s): every chain intact; against anchor 1: as anchored'),
    });
    expect(await casus('verify', '--access-log')).toMatchObject({ code: 0, stdout: 'verified 1 access-log line(s): chain intact\n' });
  });

  it('finds a cut-short and a re-chained stream and a re-chained access log in the database', async () => {
    await owner.query('DELETE FROM events WHERE stream_id = $1 AND stream_revision >= 7', [`case-${cut}`]);
    await editAndRechain(owner, `case-${rechained}`, 2, (data) => ({ ...data, findings: 'nothing to worry about' }));
    await rewriteAccessLogLine(owner, 1, 'auditor oversight');
    const all = await casus('verify', '--all');
    expect(all.code).toBe(1);
    expect(all.stdout).toContain(`ANCHOR case-${cut} ends at revision 6, but an anchor saw revision 8: events were removed from its end`);
    expect(all.stdout).toContain(
      `ANCHOR case-${rechained} at revision 8 is not the event an anchor saw: the stream was rewritten and chained anew`,
    );
    expect(all.stdout).toContain('16 event(s) in 2 stream(s): every chain intact; against anchor 1: NOT as anchored');
    expect(await casus('verify', '--case', cut)).toMatchObject({
      code: 1,
      stdout: expect.stringContaining('events were removed from its end'),
    });
    expect(await casus('verify', '--access-log')).toMatchObject({
      code: 1,
      stdout: expect.stringContaining('ANCHOR line 1 is not the line an anchor saw: the access log was rewritten and chained anew'),
    });
  });

  it('finds the cut-short stream in an export offline, against the exported anchors, and refuses forged anchors', async () => {
    const anchorsFile = join(dir, 'anchors.json');
    expect(await casus('anchors', 'export', '--out', anchorsFile)).toMatchObject({ code: 0 });
    expect(await casus('verify', '--file', join(dir, 'before.json'), '--anchors', anchorsFile)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('chain intact up to revision 8'),
    });
    expect(await casus('export', '--case', cut, '--out', join(dir, 'after.json'))).toMatchObject({ code: 0 });
    expect(await casus('verify', '--file', join(dir, 'after.json'), '--anchors', anchorsFile)).toMatchObject({
      code: 1,
      stdout: expect.stringContaining('ANCHOR case-' + cut + ' ends at revision 6'),
    });
    const forged = JSON.parse(readFileSync(anchorsFile, 'utf8'));
    forged.anchors[0].body.changed = forged.anchors[0].body.changed.map(([stream, revision, hash]: [string, number, string]) => [
      stream,
      Math.min(revision, 6),
      hash,
    ]);
    writeFileSync(join(dir, 'forged.json'), JSON.stringify(forged));
    expect(await casus('verify', '--anchors', join(dir, 'forged.json'))).toMatchObject({
      code: 1,
      stdout: expect.stringContaining('ANCHORS anchor 1 was changed after it was signed'),
    });
  });
});
