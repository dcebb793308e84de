import type { EventToAppend } from '@casus/event-store';
import { randomUUID } from 'node:crypto';
import { actors, ids } from '../../libs/domain/src/case/testing/fixtures';
import { childrenPlacedVoluntarily, jeugdlinkJoined, jeugdlinkRequested } from '../../libs/domain/src/case/testing/story';
import { startAuditApi, type AuditApi } from './support/audit-api';
import { stored } from './support/stored-event';

describe('audit and transparency over HTTP', () => {
  let audit: AuditApi;
  const caseId = ids.case;
  const placementId = (childrenPlacedVoluntarily.find((e) => e.type === 'PlacementDecided')!.data as { placementId: string }).placementId;
  const candidatesProposed = (): EventToAppend => ({
    id: randomUUID(),
    type: 'PlacementCandidatesProposed',
    data: { placementId, matchingVersion: '1', candidates: [{ optionId: randomUUID(), rank: 1, reasons: ['network family'] }] },
    metadata: { correlationId: randomUUID() },
  });
  const http = () => audit.http();

  beforeAll(async () => {
    audit = await startAuditApi();
    const [signal, ...rest] = childrenPlacedVoluntarily;
    await audit.store.appendToStream(
      `case-${caseId}`,
      [signal, jeugdlinkRequested].map((e) => stored(e)),
      { expectedRevision: 'no-stream' },
    );
    await audit.store.appendToStream(`case-${caseId}`, [stored(jeugdlinkJoined, actors.jeugdlink)], { expectedRevision: 1 });
    // The placement process proposes its candidates before the decision is taken.
    await audit.store.appendToStream(`placement-${placementId}`, [candidatesProposed()], { expectedRevision: 'no-stream' });
    await audit.store.appendToStream(
      `case-${caseId}`,
      rest.map((e) => stored(e)),
      { expectedRevision: 2 },
    );
  });

  afterAll(() => audit.close());

  it('gives the case team the history with the metadata of every event, paged', async () => {
    const first = await http()
      .get(`/cases/${caseId}/history?limit=4`)
      .set(await audit.as(actors.caseTeam))
      .expect(200);
    expect(first.body).toMatchObject({ caseId, total: 11, next: { after: 3 } });
    expect(first.body.items[2]).toMatchObject({
      type: 'JeugdlinkJoined',
      revision: 2,
      actor: { id: actors.jeugdlink.id, role: 'jeugdlink', team: 'jeugdlink-foodvalley', organisation: actors.jeugdlink.organisation },
      correlationId: expect.any(String),
      causationId: expect.any(String),
      position: expect.stringMatching(/^\d+:\d+$/),
      recordedAt: expect.any(String),
    });
    const last = await http()
      .get(`/cases/${caseId}/history?after=3&limit=100`)
      .set(await audit.as(actors.caseTeam))
      .expect(200);
    expect(last.body.items.map((e: { revision: number }) => e.revision)).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(last.body.next).toBeNull();
  });

  it('rebuilds the state at a revision and as of a moment, with the deadlines as they stood', async () => {
    const atTwo = await http()
      .get(`/cases/${caseId}/state?atRevision=1`)
      .set(await audit.as(actors.jeugdlink))
      .expect(200);
    expect(atTwo.body).toMatchObject({ revision: 1, state: { phase: 'safety-assessment', jeugdlink: [{ status: 'requested' }] } });
    expect(atTwo.body.deadlines[0]).toMatchObject({ kind: 'safety-assessment', dueOn: '2026-11-09' });
    const before = await http()
      .get(`/cases/${caseId}/state?asOf=2020-01-01T00:00:00Z`)
      .set(await audit.as(actors.auditor))
      .expect(200);
    expect(before.body).toMatchObject({ revision: -1, state: { status: 'none' } });
    await http()
      .get(`/cases/${caseId}/state?asOf=yesterday`)
      .set(await audit.as(actors.auditor))
      .expect(400);
  });

  it('keeps other teams out, and logs every read with who, what, from where and on what ground', async () => {
    const refused = await http()
      .get(`/cases/${caseId}/history`)
      .set(await audit.as(actors.otherWijkteam))
      .expect(404);
    expect(refused.body.code).toBe('CASE.NOT_FOUND');
    await http()
      .get(`/cases/${caseId}/integrity`)
      .set(await audit.as(actors.auditor))
      .expect(200);
    const log = await http()
      .get(`/audit/access-log?caseId=${caseId}`)
      .set(await audit.as(actors.auditor))
      .expect(200);
    const lines = log.body.items.map((l: Record<string, string>) => [l.role, l.dataAccessed, l.ground]);
    expect(lines).toEqual([
      ['wijkteam', 'history', 'case team (wijkteam-ede-noord)'],
      ['wijkteam', 'history', 'case team (wijkteam-ede-noord)'],
      ['jeugdlink', 'replay', 'joined Jeugdlink team (jeugdlink-foodvalley)'],
      ['auditor', 'replay', 'auditor oversight'],
      ['auditor', 'replay', 'auditor oversight'],
      ['wijkteam', 'history', "refused: not among this case's readers"],
      ['auditor', 'integrity', 'auditor oversight'],
      ['auditor', 'access-log', 'auditor oversight'],
    ]);
    expect(log.body.items[6]).toMatchObject({
      userId: actors.auditor.id,
      organisation: actors.auditor.organisation,
      action: 'GET /cases/:caseId/integrity',
      ip: expect.stringMatching(/127\.0\.0\.1|::1/),
    });
    const other = await http()
      .get('/audit/access-log')
      .set(await audit.as(actors.caseTeam))
      .expect(403);
    expect(other.body.code).toBe('ACCESS.AUDITORS_ONLY');
  });

  it('filters the access log by outcome: the refused reads, or the granted ones; another outcome is refused', async () => {
    const asAuditor = await audit.as(actors.auditor);
    await http()
      .get(`/cases/${caseId}/state`)
      .set(await audit.as(actors.otherWijkteam))
      .expect(404);
    const lines = async (outcome: string) =>
      (await http().get(`/audit/access-log?caseId=${caseId}&outcome=${outcome}`).set(asAuditor).expect(200)).body.items.map(
        (l: Record<string, string>) => [l.role, l.dataAccessed, l.ground],
      );
    const refused = await lines('refused');
    expect(refused).toContainEqual(['wijkteam', 'replay', "refused: not among this case's readers"]);
    expect(refused.filter(([, , ground]: string[]) => !ground.startsWith('refused: '))).toEqual([]);
    const granted = await lines('granted');
    expect(granted).toContainEqual(['auditor', 'access-log', 'auditor oversight']);
    expect(granted.filter(([, , ground]: string[]) => ground.startsWith('refused'))).toEqual([]);
    const unknown = await http().get('/audit/access-log?outcome=maybe').set(asAuditor).expect(400);
    expect(unknown.body).toMatchObject({
      code: 'REQUEST.INVALID',
      errors: [{ field: 'outcome', messages: [expect.stringContaining('granted')] }],
    });
  });

  it('does not serve a read it cannot log', async () => {
    await audit.owner.query('ALTER TABLE access_log RENAME TO access_log_away');
    try {
      const response = await http()
        .get(`/cases/${caseId}/state`)
        .set(await audit.as(actors.auditor))
        .expect(503);
      expect(response.body.state).toBeUndefined();
    } finally {
      await audit.owner.query('ALTER TABLE access_log_away RENAME TO access_log');
    }
  });

  it('reports the chain intact, then the first broken link after an edit in the database', async () => {
    const intact = await http()
      .get(`/cases/${caseId}/integrity`)
      .set(await audit.as(actors.auditor))
      .expect(200);
    expect(intact.body).toMatchObject({ intact: true, events: 11, firstBreak: null, head: { revision: 10 } });
    await audit.owner.query(
      `UPDATE events SET data = data || '{"findings": "nothing wrong"}' WHERE stream_id = $1 AND stream_revision = 5`,
      [`case-${caseId}`],
    );
    const broken = await http()
      .get(`/cases/${caseId}/integrity`)
      .set(await audit.as(actors.auditor))
      .expect(200);
    expect(broken.body).toMatchObject({
      intact: false,
      firstBreak: { streamId: `case-${caseId}`, revision: 5, expectedHash: expect.any(String), foundHash: expect.any(String) },
    });
  });

  it('shows a placement decision with the case as it stood just before it and the candidates it chose from', async () => {
    // A later proposal is not what the decision rested on.
    await audit.store.appendToStream(`placement-${placementId}`, [candidatesProposed()], { expectedRevision: 0 });
    const history = await http()
      .get(`/cases/${caseId}/history`)
      .set(await audit.as(actors.auditor))
      .expect(200);
    const decided = history.body.items.find((e: { type: string }) => e.type === 'PlacementDecided');
    const context = await http()
      .get(`/cases/${caseId}/decisions/${decided.eventId}/context`)
      .set(await audit.as(actors.auditor))
      .expect(200);
    expect(context.body).toMatchObject({
      decision: { eventId: decided.eventId, type: 'PlacementDecided' },
      stateBefore: { placements: [{ placementId, status: 'requested' }] },
      inputs: [{ type: 'PlacementCandidatesProposed', revision: 0, data: { candidates: [{ rank: 1, reasons: ['network family'] }] } }],
    });
    expect(context.body.inputs).toHaveLength(1);
    const notADecision = history.body.items[0].eventId;
    await http()
      .get(`/cases/${caseId}/decisions/${notADecision}/context`)
      .set(await audit.as(actors.auditor))
      .expect(422);
  });

  it('lists the closed cases past their retention term, per kind of record, for auditors only', async () => {
    const signal = childrenPlacedVoluntarily[0];
    const closedLongAgo = randomUUID();
    const reopened = randomUUID();
    const closed = (on: string) => ({ type: 'CaseClosed', data: { reason: 'care ended', closedOn: on } }) as const;
    await audit.store.appendToStream(
      `case-${closedLongAgo}`,
      [signal, closed('2001-03-01')].map((e) => stored(e)),
      { expectedRevision: 'no-stream' },
    );
    await audit.store.appendToStream(
      `case-${reopened}`,
      [signal, closed('2001-03-01'), { type: 'CaseReopened', data: { reason: 'new signal', reopenedOn: '2002-01-01' } } as const].map((e) =>
        stored(e),
      ),
      { expectedRevision: 'no-stream' },
    );
    const due = await http()
      .get('/audit/retention-due?asOf=2026-11-23')
      .set(await audit.as(actors.auditor))
      .expect(200);
    expect(due.body).toMatchObject({ asOf: '2026-11-23', retentionYears: { jeugdhulp: 20, gi: 30, 'veilig-thuis': 20, raad: 100 } });
    // The story's signal came from Veilig Thuis: a Veilig Thuis file too, whose 20 years end on the same day.
    expect(due.body.items).toEqual([
      {
        caseId: closedLongAgo,
        kinds: ['jeugdhulp', 'veilig-thuis'],
        decidingKind: 'jeugdhulp',
        termYears: 20,
        from: 'care-ended',
        careEndedOn: '2001-03-01',
        retainUntil: '2021-03-01',
        source: expect.stringContaining('Jeugdwet art. 7.3.8'),
      },
    ]);
    const earlier = await http()
      .get('/audit/retention-due?asOf=2021-03-01')
      .set(await audit.as(actors.auditor))
      .expect(200);
    expect(earlier.body.items).toEqual([]);
    await http()
      .get('/audit/retention-due')
      .set(await audit.as(actors.caseTeam))
      .expect(403);
  });
});
