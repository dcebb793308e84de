import { Module, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { PostgresEventStore, type EventToAppend } from '@casus/event-store';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import request from 'supertest';
import { AuditModule } from '../../apps/api/src/audit/audit.module';
import { NotaryWorker } from '../../apps/api/src/audit/notary.worker';
import { AuthModule } from '../../apps/api/src/auth/auth.module';
import { loadOrCreateDevSigningKey, mintDevToken } from '@casus/runtime';
import { EventStoreModule } from '../../apps/api/src/event-store/event-store.module';
import { ProblemFilter } from '../../apps/api/src/http/problem.filter';
import { actors } from '../../libs/domain/src/case/testing/fixtures';
import { childrenPlacedVoluntarily } from '../../libs/domain/src/case/testing/story';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { editAndRechain } from './support/tamper';

const stored = (event: { type: string; data: object }): EventToAppend => ({
  id: randomUUID(),
  type: event.type,
  data: { ...event.data },
  metadata: { actor: actors.caseTeam, correlationId: randomUUID(), causationId: randomUUID(), schemaVersion: 1, command: event.type },
});

/** GET /cases/{id}/integrity after the database's owner changed the log in ways a chain walk alone cannot see. */
describe('integrity over HTTP against the notary\'s anchors', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let owner: Pool;
  let store: PostgresEventStore;
  let token: string;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    database = await createTestDatabase();
    const keyDir = mkdtempSync(join(tmpdir(), 'casus-tamper-keys-'));
    store = new PostgresEventStore({ connectionString: database.url, poolSize: 2 });
    owner = new Pool({ connectionString: database.ownerUrl, max: 1 });
    @Module({
      imports: [
        AuthModule.forRoot({ kind: 'dev', keyDir }),
        EventStoreModule.forRoot(store, database.url),
        AuditModule.forRoot({
          databaseUrl: database.url,
          poolSize: 2,
          notary: { keyFile: join(keyDir, 'notary-key.pem'), everyEvents: 1_000, everySeconds: 3_600 },
        }),
      ],
    })
    class TamperTestApp {}
    const moduleRef = await Test.createTestingModule({ imports: [TamperTestApp] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalFilters(new ProblemFilter());
    await app.init();
    const auditor = actors.auditor;
    token = await mintDevToken(await loadOrCreateDevSigningKey(keyDir), { sub: auditor.id, role: auditor.role, team: auditor.team, organisation: auditor.organisation });
  });

  afterAll(async () => {
    await app?.close();
    await owner.end();
    await database.drop();
  });

  /** A case of nine events, anchored by the notary. */
  async function anchoredCase(): Promise<string> {
    const caseId = randomUUID();
    await store.appendToStream(`case-${caseId}`, childrenPlacedVoluntarily.map(stored), { expectedRevision: 'no-stream' });
    await app.get(NotaryWorker).anchorNow();
    return caseId;
  }

  const integrity = async (caseId: string) =>
    (await http().get(`/cases/${caseId}/integrity`).set({ Authorization: `Bearer ${token}` }).expect(200)).body;

  it('an untouched case is intact and names the anchor that saw its head', async () => {
    const caseId = await anchoredCase();
    expect(await integrity(caseId)).toMatchObject({ intact: true, events: 9, firstBreak: null, anchorProblem: null, anchor: { revision: 8, seq: expect.any(Number) } });
  });

  it('events deleted from the end of a stream are reported, though its chain is intact', async () => {
    const caseId = await anchoredCase();
    await owner.query('DELETE FROM events WHERE stream_id = $1 AND stream_revision >= 7', [`case-${caseId}`]);
    const report = await integrity(caseId);
    expect(report).toMatchObject({ intact: false, events: 7, firstBreak: null });
    expect(report.anchorProblem).toContain('ends at revision 6, but an anchor saw revision 8: events were removed from its end');
  });

  it('an edited event with every link after it computed anew is reported', async () => {
    const caseId = await anchoredCase();
    await editAndRechain(owner, `case-${caseId}`, 3, (data) => ({ ...data, findings: 'nothing to worry about' }));
    const report = await integrity(caseId);
    expect(report).toMatchObject({ intact: false, events: 9, firstBreak: null });
    expect(report.anchorProblem).toContain('at revision 8 is not the event an anchor saw: the stream was rewritten and chained anew');
  });

  it('an anchor forged or changed in the database is reported, not believed', async () => {
    const caseId = await anchoredCase();
    await owner.query('DELETE FROM events WHERE stream_id = $1 AND stream_revision = 8', [`case-${caseId}`]);
    // Hiding the cut: the anchor's head moved back to what is left.
    const { rows: [left] } = await owner.query('SELECT hash FROM events WHERE stream_id = $1 AND stream_revision = 7', [`case-${caseId}`]);
    await owner.query(
      `UPDATE anchors SET body = jsonb_set(body, '{changed}', jsonb_build_array(jsonb_build_array($1::text, 7, $2::text)))
        WHERE body -> 'changed' @> jsonb_build_array(jsonb_build_array($1::text))`,
      [`case-${caseId}`, left.hash],
    );
    expect((await integrity(caseId)).anchorProblem).toMatch(/anchor \d+ was changed after it was signed/);
  });
});
