import { randomUUID } from 'node:crypto';
import { NotaryWorker } from '../../apps/api/src/followers/notary.worker';
import { actors } from '../../libs/domain/src/case/testing/fixtures';
import { childrenPlacedVoluntarily } from '../../libs/domain/src/case/testing/story';
import { startAuditApi, type AuditApi } from './support/audit-api';
import { stored } from './support/stored-event';
import { editAndRechain } from './support/tamper';

/** GET /cases/{id}/integrity after the database's owner changed the log in ways a chain walk alone cannot see. */
describe("integrity over HTTP against the notary's anchors", () => {
  let audit: AuditApi;

  beforeAll(async () => (audit = await startAuditApi({ everyEvents: 1_000, everySeconds: 3_600 })));
  afterAll(() => audit.close());

  /** A case of nine events, anchored by the notary. */
  async function anchoredCase(): Promise<string> {
    const caseId = randomUUID();
    await audit.store.appendToStream(
      `case-${caseId}`,
      childrenPlacedVoluntarily.map((event) => stored(event)),
      { expectedRevision: 'no-stream' },
    );
    await audit.app.get(NotaryWorker).anchorNow();
    return caseId;
  }

  const integrity = async (caseId: string) =>
    (
      await audit
        .http()
        .get(`/cases/${caseId}/integrity`)
        .set(await audit.as(actors.auditor))
        .expect(200)
    ).body;

  it('an untouched case is intact and names the anchor that saw its head', async () => {
    const caseId = await anchoredCase();
    expect(await integrity(caseId)).toMatchObject({
      intact: true,
      events: 9,
      firstBreak: null,
      anchorProblem: null,
      anchor: { revision: 8, seq: expect.any(Number) },
    });
  });

  it('events deleted from the end of a stream are reported, though its chain is intact', async () => {
    const caseId = await anchoredCase();
    await audit.owner.query('DELETE FROM events WHERE stream_id = $1 AND stream_revision >= 7', [`case-${caseId}`]);
    const report = await integrity(caseId);
    expect(report).toMatchObject({ intact: false, events: 7, firstBreak: null });
    expect(report.anchorProblem).toContain('ends at revision 6, but an anchor saw revision 8: events were removed from its end');
  });

  it('an edited event with every link after it computed anew is reported', async () => {
    const caseId = await anchoredCase();
    await editAndRechain(audit.owner, `case-${caseId}`, 3, (data) => ({ ...data, findings: 'nothing to worry about' }));
    const report = await integrity(caseId);
    expect(report).toMatchObject({ intact: false, events: 9, firstBreak: null });
    expect(report.anchorProblem).toContain('at revision 8 is not the event an anchor saw: the stream was rewritten and chained anew');
  });

  it('an anchor forged or changed in the database is reported, not believed', async () => {
    const caseId = await anchoredCase();
    await audit.owner.query('DELETE FROM events WHERE stream_id = $1 AND stream_revision = 8', [`case-${caseId}`]);
    // Hiding the cut: the anchor's head moved back to what is left.
    const {
      rows: [left],
    } = await audit.owner.query('SELECT hash FROM events WHERE stream_id = $1 AND stream_revision = 7', [`case-${caseId}`]);
    await audit.owner.query(
      `UPDATE anchors SET body = jsonb_set(body, '{changed}', jsonb_build_array(jsonb_build_array($1::text, 7, $2::text)))
        WHERE body -> 'changed' @> jsonb_build_array(jsonb_build_array($1::text))`,
      [`case-${caseId}`, left.hash],
    );
    expect((await integrity(caseId)).anchorProblem).toMatch(/anchor \d+ was changed after it was signed/);
  });
});
