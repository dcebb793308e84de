import { comparePositions, findChainBreak, formatPosition, parsePosition, PostgresEventStore } from '@casus/event-store';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { loadOrCreateDevSigningKey, mintDevToken } from '@casus/runtime';
import { freePort } from '../../libs/database/src/free-port';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import {
  bestandspleeggezinAt,
  courtOrder,
  jeugdlinkJoin,
  jeugdlinkRequest,
  lead,
  mother,
  safetyPlan,
  signal,
  unsafeAssessment,
} from './support/case-story';
import { eventually } from './support/eventually';
import { family, id, people, type Actor } from './support/people';

const ROOT = join(__dirname, '../..');
const FLOOD_CASES = 120;
const floodCase = (n: number) => id(7000 + n);
const placementCases = [id(7900), id(7901), id(7902)];
const placementOf = (caseId: string) => caseId.replace(/^0{8}/, '11111111');
const optionId = id(7990);
const relative = (n: number) => ({
  familyMemberId: id(8000 + n),
  name: `Relative ${n}`,
  relation: 'other',
  parentalAuthorityOver: [],
  contact: {},
});

type Answer = { status: number; body: Record<string, unknown> };
type Sent = { correlationId: string; caseId: string; answer?: Answer };

/** The API as a real process: SIGKILL leaves no chance to finish a request or flush anything. */
describe('the API killed with SIGKILL while commands are in flight', () => {
  let database: TestDatabase;
  let dataDir: string;
  let port: number;
  let api: ChildProcess | undefined;
  let store: PostgresEventStore;
  let pool: Pool;
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const tokens = new Map<Actor, string>();
  let sequence = 0;

  const startApi = async () => {
    port = await freePort();
    const child = spawn(process.execPath, ['-r', './test/support/register-ts.js', 'apps/api/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        CASUS_DATA_DIR: dataDir,
        PORT: String(port),
        RATE_LIMIT_PER_MINUTE: '0',
        LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    api = child;
    await eventually(
      async () => {
        if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
        return (await send('GET', '/health/live').catch(() => undefined))?.status === 200 ? true : undefined;
      },
      'the API to listen',
      25_000,
    );
  };

  const send = (method: string, path: string, actor?: Actor, body?: object, correlationId = `kill-${(sequence += 1)}`): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const text = body && JSON.stringify(body);
      const headers: Record<string, string> = { 'X-Correlation-Id': correlationId };
      if (actor) headers.Authorization = `Bearer ${tokens.get(actor)}`;
      if (text) Object.assign(headers, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(text)) });
      const outgoing = request({ host: '127.0.0.1', port, method, path, headers, agent, timeout: 15_000 }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          resolve({ status: incoming.statusCode ?? 0, body: raw ? JSON.parse(raw) : {} });
        });
        incoming.on('error', reject);
      });
      outgoing.on('timeout', () => outgoing.destroy(new Error('timed out')));
      outgoing.on('error', reject);
      outgoing.end(text);
    });

  const ok = async (method: string, path: string, actor: Actor, body?: object) => {
    const answer = await send(method, path, actor, body);
    expect({ path, status: answer.status < 300 ? 'ok' : answer.status, body: answer.status < 300 ? null : answer.body }).toEqual({
      path,
      status: 'ok',
      body: null,
    });
    return answer.body;
  };

  /** A case up to the machtiging uithuisplaatsing for both children: ready for a placement request. */
  const caseReadyForPlacement = async (caseId: string) => {
    await ok('POST', '/cases', people.lotte, signal(caseId));
    for (const [path, actor, body] of [
      ['assign-case-lead', people.lotte, lead],
      ['record-family-member', people.lotte, mother],
      ['record-safety-assessment', people.lotte, unsafeAssessment],
      ['agree-safety-plan', people.lotte, safetyPlan],
      ['request-jeugdlink', people.lotte, jeugdlinkRequest],
      ['join-jeugdlink', people.anouk, jeugdlinkJoin],
    ] as const) {
      await ok('POST', `/cases/${caseId}/${path}`, actor, body);
    }
    let order = 0;
    for (const childId of [family.sanne, family.daan]) {
      for (const [kind, validUntil] of [
        ['ots', '2027-11-19'],
        ['machtiging-uithuisplaatsing', '2027-05-19'],
      ]) {
        await ok(
          'POST',
          `/cases/${caseId}/record-court-order`,
          people.lotte,
          courtOrder(id(7800 + placementCases.indexOf(caseId) * 10 + (order += 1)), kind, validUntil, childId),
        );
      }
    }
  };

  const placementRequest = (caseId: string) => ({
    placementId: placementOf(caseId),
    childIds: [family.sanne, family.daan],
    legalBasis: 'court-order',
    needs: { careIntensity: 'medium', specialisations: [], description: 'Two siblings who need calm and each other' },
    urgency: 'regular',
    intendedStartOn: '2026-11-30',
    parentsHome: { lat: 52.0402, lon: 5.6649 },
    school: { lat: 52.0451, lon: 5.6702 },
    region: 'FoodValley',
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'casus-kill-'));
    // The key exists before the API starts, so the test and the API sign and verify with the same one.
    const key = await loadOrCreateDevSigningKey(join(dataDir, 'dev-keys'));
    for (const actor of Object.values(people)) tokens.set(actor, await mintDevToken(key, { sub: actor.id, ...actor }));
    store = new PostgresEventStore({ connectionString: database.url });
    pool = new Pool({ connectionString: database.url, max: 2 });
    await startApi();
    await ok('POST', '/placement-options', people.priya, bestandspleeggezinAt(optionId, 4, { capacity: 20, specialisations: [] }));
    for (const caseId of placementCases) await caseReadyForPlacement(caseId);
  }, 40_000);

  afterAll(async () => {
    api?.kill('SIGKILL');
    agent.destroy();
    await store?.close();
    await pool?.end();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged command exactly once, none half-written, and resumes projections and placement after a restart', async () => {
    const sent: Sent[] = [];
    const command = (caseId: string, path: string, actor: Actor, body: object) => {
      const entry: Sent = { correlationId: `kill-${(sequence += 1)}`, caseId };
      sent.push(entry);
      return send('POST', path, actor, body, entry.correlationId).then((answer) => (entry.answer = answer));
    };
    const storyOf = async (n: number) => {
      const caseId = floodCase(n);
      await command(caseId, '/cases', people.lotte, signal(caseId));
      await command(caseId, `/cases/${caseId}/assign-case-lead`, people.lotte, lead);
      for (let k = 0; k < 4; k += 1) await command(caseId, `/cases/${caseId}/record-family-member`, people.lotte, relative(n * 10 + k));
    };
    const acknowledged = () => sent.filter((s) => s.answer && s.answer.status < 300);
    const stories = Array.from({ length: FLOOD_CASES }, (_, n) => storyOf(n));
    await eventually(async () => (acknowledged().length >= 150 ? true : undefined), '150 acknowledged commands', 15_000);
    // The placement requests go in last, so the kill lands before their processes could finish.
    const requests = placementCases.map((caseId) =>
      command(caseId, `/cases/${caseId}/request-placement`, people.gijs, placementRequest(caseId)),
    );
    const flood = Promise.allSettled([...stories, ...requests]);
    await Promise.race(requests);
    const dying = api!;
    const died = new Promise((resolve) => dying.once('exit', resolve));
    dying.kill('SIGKILL');
    await died;
    await flood;

    const acks = acknowledged();
    const inFlight = sent.filter((s) => !s.answer);
    expect(inFlight.length).toBeGreaterThan(0);
    expect(sent.filter((s) => s.answer && s.answer.status >= 300)).toEqual([]);

    // Every acknowledged command is in the log exactly once, at the revision it answered.
    const { rows } = await pool.query<{ correlation_id: string; stream_id: string; revisions: number[] }>(
      `SELECT metadata->>'correlationId' AS correlation_id, stream_id, array_agg(stream_revision::int ORDER BY stream_revision) AS revisions
         FROM events WHERE metadata->>'correlationId' LIKE 'kill-%' GROUP BY 1, 2`,
    );
    const written = new Map(rows.filter((r) => r.stream_id.startsWith('case-')).map((r) => [r.correlation_id, r]));
    for (const ack of acks) {
      const events = written.get(ack.correlationId);
      expect({ ack: ack.correlationId, stream: events?.stream_id, last: events?.revisions.at(-1) }).toEqual({
        ack: ack.correlationId,
        stream: `case-${ack.caseId}`,
        last: ack.answer!.body.revision,
      });
    }
    expect(rows.filter((r) => r.stream_id.startsWith('case-')).length).toBeGreaterThanOrEqual(acks.length);

    // No case stream has a gap or a half-written step: every hash chain verifies from genesis.
    const caseIds = [...Array.from({ length: FLOOD_CASES }, (_, n) => floodCase(n)), ...placementCases];
    for (const caseId of caseIds) {
      const events = await store.readStream(`case-${caseId}`);
      expect({ caseId, broken: findChainBreak(events) }).toEqual({ caseId, broken: undefined });
      expect(events.map((e) => e.revision)).toEqual(events.map((_, n) => n));
    }
    const lastPosition = acks
      .map((a) => parsePosition(String(a.answer!.body.position))!)
      .sort(comparePositions)
      .at(-1)!;

    // A restart picks up where the dead process was: projections catch up, placement processes resume.
    await startApi();
    const cases = await send('GET', `/cases?minPosition=${formatPosition(lastPosition)}&pageSize=200`, people.ilse);
    expect(cases.status).toBe(200);
    await eventually(
      async () => {
        const status = await send('GET', '/projections', people.ilse);
        const projections = status.body.projections as { eventsBehind: number }[];
        return projections.every((p) => p.eventsBehind === 0) ? true : undefined;
      },
      'every projection to catch up',
      15_000,
    );
    // Every case in the log is on the list, also one whose first step committed after the last acknowledged one (the
    // kill cut its answer): counted once the projections are at the log's head, which minPosition does not promise.
    const { rows: streams } = await pool.query<{ n: number }>(
      `SELECT count(DISTINCT stream_id)::int AS n FROM events WHERE stream_id LIKE 'case-%'`,
    );
    expect((await send('GET', '/cases?pageSize=200', people.ilse)).body.total).toBe(streams[0].n);

    const { rows: requested } = await pool.query<{ placement_id: string }>(
      `SELECT data->>'placementId' AS placement_id FROM events WHERE event_type = 'PlacementRequested'`,
    );
    expect(requested.length).toBeGreaterThan(0);
    for (const { placement_id: placementId } of requested) {
      const reserved = await eventually(
        async () => {
          const view = await send('GET', `/placements/${placementId}`, people.gijs);
          return view.status === 200 && view.body.reservation ? view.body : undefined;
        },
        `placement ${placementId} to be reserved`,
        15_000,
      );
      expect(reserved.reservation).toMatchObject({ optionId, places: 2 });
    }
  }, 40_000);
});
