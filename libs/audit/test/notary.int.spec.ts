import { loadLogHead, PostgresEventStore } from '@casus/event-store';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/setup/test-database';
import { AccessLog, anchorStore, foldAnchors, loadOrCreateNotaryKey, Notary, verifyAccessLog, type NotaryKey } from '../src';
import { scratchDir } from '../../../test/setup/scratch';

const event = () => ({ id: randomUUID(), type: 'Happened', data: { at: randomUUID() }, metadata: {} });

describe('the notary', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let pool: Pool;
  let key: NotaryKey;
  const notaries: Notary[] = [];

  const notary = (everyEvents: number, everyMs = 3_600_000, signingKey = key) => {
    const started = new Notary({ store, db: pool, key: signingKey, everyEvents, everyMs, logHead: () => loadLogHead(pool) });
    notaries.push(started);
    return started;
  };
  const anchors = () => anchorStore.all(pool);

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore({ connectionString: database.url, poolSize: 2 });
    pool = new Pool({ connectionString: database.url, max: 3 });
    key = loadOrCreateNotaryKey(join(scratchDir('casus-notary-'), 'keys', 'notary-key.pem'));
  });

  afterAll(async () => {
    await Promise.all(notaries.map((n) => n.stop()));
    await store.close();
    await pool.end();
    await database.drop();
  });

  it('anchors on its own every N events; the anchors chain, verify with its key only, and fold to every stream head', async () => {
    const running = notary(3);
    await running.start();
    const streams = [`case-${randomUUID()}`, `case-${randomUUID()}`];
    for (let n = 0; n < 7; n += 1)
      await store.appendToStream(streams[n % 2], [event()], { expectedRevision: n < 2 ? 'no-stream' : Math.floor(n / 2) - 1 });
    // No waiting on the clock: once it has read every event, what it anchored it anchored on its own.
    await running.caughtUp();
    const written = await anchors();
    expect(written.length).toBeGreaterThanOrEqual(1);
    written.reduce((before, anchor) => (expect(anchor.body.events - before).toBeGreaterThanOrEqual(3), anchor.body.events), 0);
    expect(7 - written.at(-1)!.body.events).toBeLessThan(3);
    expect((await running.anchorNow())?.body.events).toBe(7);

    const folded = foldAnchors(await anchors(), key.publicKey);
    expect(folded.problem).toBeNull();
    const heads = Object.fromEntries([...folded.heads].map(([stream, head]) => [stream, head.revision]));
    expect(heads).toEqual({ [streams[0]]: 3, [streams[1]]: 2 });
    const stranger = loadOrCreateNotaryKey(join(scratchDir('casus-notary-'), 'other.pem'));
    expect(foldAnchors(await anchors(), stranger.publicKey).problem).toContain('is signed with another key');
    await running.stop();
  });

  it('goes on after a restart from its newest anchor, and anchors the access log head too', async () => {
    await new AccessLog(pool).record({
      userId: 'u-1',
      userName: null,
      role: 'auditor',
      organisation: 'IGJ',
      team: null,
      onBehalfOf: null,
      caseId: null,
      action: 'GET /audit/access-log',
      dataAccessed: 'access-log',
      ground: 'auditor oversight',
      emergencyOverride: false,
      ip: null,
      correlationId: null,
    });
    await store.appendToStream(`case-${randomUUID()}`, [event()], { expectedRevision: 'no-stream' });
    const before = await anchors();
    const restarted = notary(1_000);
    await restarted.start();
    const anchor = await restarted.anchorNow();
    expect(anchor?.body).toMatchObject({
      seq: before.length + 1,
      previousDigest: before.at(-1)!.digest,
      events: 8,
      changed: [[expect.stringMatching(/^case-/), 0, expect.any(String)]],
    });
    expect(anchor?.body.accessLog).toEqual((await verifyAccessLog(pool)).head);
    expect(foldAnchors(await anchors(), key.publicKey)).toMatchObject({ problem: null, heads: expect.any(Map) });
    await restarted.stop();
  });

  it('two notaries never write one anchor number twice, and each goes on after the other wrote', async () => {
    const [a, b] = [notary(1_000), notary(1_000)];
    await Promise.all([a.start(), b.start()]);
    await store.appendToStream(`case-${randomUUID()}`, [event()], { expectedRevision: 'no-stream' });
    const [first, second] = await Promise.all([a.anchorNow(), b.anchorNow()]);
    expect([first?.body.events, second?.body.events]).toEqual([9, 9]);
    await store.appendToStream(`case-${randomUUID()}`, [event()], { expectedRevision: 'no-stream' });
    expect((await b.anchorNow())?.body.events).toBe(10);
    expect((await a.anchorNow())?.body.events).toBe(10);
    const written = await anchors();
    expect(new Set(written.map((anchor) => anchor.body.seq)).size).toBe(written.length);
    expect(foldAnchors(written, key.publicKey).problem).toBeNull();
    await Promise.all([a.stop(), b.stop()]);
  });

  it('refuses to anchor on top of anchors that were tampered with', async () => {
    const owner = new Pool({ connectionString: database.ownerUrl, max: 1 });
    try {
      await owner.query(`UPDATE anchors SET body = jsonb_set(body, '{events}', '1') WHERE seq = 2`);
      await expect(notary(1).start()).rejects.toThrow(
        'the notary does not anchor on top of anchors that do not verify: anchor 2 was changed after it was signed',
      );
    } finally {
      await owner.end();
    }
  });
});
