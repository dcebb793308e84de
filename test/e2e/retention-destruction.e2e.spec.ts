import { PostgresEventStore } from '@casus/event-store';
import { PersonKeys, ProtectedEventStore } from '@casus/privacy';
import { Pool } from 'pg';
import { event } from '../../libs/domain/src/case/testing/fixtures';
import { motherRecorded, otsForSanne, signalRegistered } from '../../libs/domain/src/case/testing/story';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { runCasus } from './support/casus-cli';
import { eventually } from './support/eventually';
import { id, people } from './support/people';
import { stored } from './support/stored-event';
import { scratchDir } from '../setup/scratch';

const closedOn = (on: string) => event('CaseClosed', { reason: 'goals reached', closedOn: on });
// A name and phone number, and what the professionals wrote: the signal's description, the reason for closing.
const PLAINTEXT = /Fatima|12345678|fight at home|goals reached/;

/**
 * Issue 16: a file past its retention term is destroyed by the records officer (`casus retention
 * destroy`) as a recorded step: its keys are deleted, its read models purged, its chain and access
 * log kept and still verifying. Before its term, destruction is refused and nothing is written.
 */
describe('destroying a case file at the end of its retention term', () => {
  let casus: CasusApi;
  let pool: Pool;
  let events: PostgresEventStore;
  const dir = scratchDir('casus-retention-');
  const pastTerm = id(700); // closed 2001-03-01: a jeugdhulp file kept until 2021-03-01
  const giFile = id(701); // closed 2001-03-01 too, but under an OTS: kept until 30 years after Daan's majority
  const recent = id(702); // closed 2026-11-01
  const casusCli = (...args: string[]) =>
    runCasus({ DATABASE_URL: casus.databaseUrl, CASUS_USER: 'records-officer-anna', CASUS_DATA_DIR: dir }, ...args);
  const story = (caseId: string) => ({ ...signalRegistered, data: { ...signalRegistered.data, caseId, source: 'school' as const } });
  const member = (familyMemberId: string) => ({ ...motherRecorded, data: { ...motherRecorded.data, familyMemberId } });
  const caseRead = (caseId: string, path: string) => casus.get(people.ilse, `/cases/${caseId}${path}`);
  const overviewRowsOf = async (caseIds: string[]) =>
    (await pool.query('SELECT 1 FROM rm_case_overview WHERE case_id = ANY ($1::uuid[])', [caseIds])).rowCount;

  beforeAll(async () => {
    casus = await startCasusApi();
    pool = new Pool({ connectionString: casus.databaseUrl, max: 2 });
    events = new PostgresEventStore({ connectionString: casus.databaseUrl, pool });
    const sealing = new ProtectedEventStore(events, PersonKeys.over(pool));
    const write = (caseId: string, steps: { type: string; data: object }[]) =>
      sealing.appendToStream(
        `case-${caseId}`,
        steps.map((step) => stored(step as never)),
        { expectedRevision: 'no-stream' },
      );
    await write(pastTerm, [story(pastTerm), member(id(710)), closedOn('2001-03-01')]);
    await write(giFile, [story(giFile), member(id(711)), otsForSanne, closedOn('2001-03-01')]);
    await write(recent, [story(recent), member(id(712)), closedOn('2026-11-01')]);
    await eventually(async () => ((await caseRead(recent, '/timeline')).status === 200 ? true : undefined), 'the read models to catch up');
    // Each read model on its own subscription: the timeline's answer says nothing of the overview's rows.
    await eventually(
      async () => ((await overviewRowsOf([pastTerm, giFile, recent])) === 3 ? true : undefined),
      'the case overview to hold the three files',
    );
  });

  afterAll(async () => {
    await pool?.end();
    await casus?.close();
  });

  it('lists only the files past their term, with the kind and term that decide it', async () => {
    const due = await casusCli('retention', 'due');
    expect(due).toMatchObject({ code: 0 });
    expect(due.stdout).toContain(
      `${pastTerm}  jeugdhulp file (jeugdhulp), 20 years from care-ended: care ended 2001-03-01, kept until 2021-03-01`,
    );
    expect(due.stdout).not.toContain(giFile);
    expect(due.stdout).not.toContain(recent);
    const api = await casus.get(people.ilse, '/audit/retention-due?asOf=2026-11-23');
    expect(api.body.items).toEqual([
      expect.objectContaining({
        caseId: pastTerm,
        decidingKind: 'jeugdhulp',
        termYears: 20,
        careEndedOn: '2001-03-01',
        retainUntil: '2021-03-01',
      }),
    ]);
  });

  it('has no HTTP route that destroys or erases: no token of any role reaches the records officer’s step', async () => {
    const document = await casus.http().get('/api/docs-json');
    const routes = Object.entries(document.body.paths as Record<string, Record<string, { summary?: string }>>).flatMap(
      ([path, operations]) =>
        Object.entries(operations).map(([method, operation]) => `${method.toUpperCase()} ${path} ${operation.summary ?? ''}`),
    );
    expect(routes.length).toBeGreaterThan(30);
    // Issue 18: the case team decides on a family's request to destroy the file; the records officer's own step has no route.
    expect(routes.filter((route) => /destro|shred|erase|vernietig/i.test(route)).map((route) => route.split(' ', 2).join(' '))).toEqual([
      'POST /cases/{caseId}/decide-destruction',
    ]);
    for (const actor of [people.lotte, people.ilse, people.gijs, people.priya]) {
      const tried = await casus
        .http()
        .post(`/cases/${pastTerm}/destroy`)
        .set(await casus.as(actor))
        .send({});
      expect({ actor: actor.role, status: tried.status }).toEqual({ actor: actor.role, status: 404 });
    }
    expect((await casus.eventsOf(pastTerm)).map((e) => e.type)).not.toContain('CaseFileDestroyed');
  });

  it('refuses to destroy a file before its term ends, says until when, and writes nothing', async () => {
    for (const [caseId, code] of [
      [giFile, 'RETENTION.TERM_NOT_ENDED'],
      [recent, 'RETENTION.TERM_NOT_ENDED'],
    ] as const) {
      const before = await casus.revisionOf(caseId);
      const refused = await casusCli('retention', 'destroy', '--case', caseId);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain(code);
      expect(refused.stderr).toMatch(/kept until \d{4}-\d{2}-\d{2}/);
      expect(await casus.revisionOf(caseId)).toBe(before);
      expect(
        (await pool.query('SELECT count(*)::int AS n FROM person_keys WHERE stream_id = $1 AND key IS NULL', [`case-${caseId}`])).rows[0].n,
      ).toBe(0);
    }
    expect(JSON.stringify((await caseRead(giFile, '/state')).body)).toMatch(PLAINTEXT);
  });

  it('stores what professionals wrote sealed under the case’s own key, as family members’ data is under theirs', async () => {
    const { rows } = await pool.query<{ data: string; metadata: string }>(
      'SELECT data::text, metadata::text FROM events WHERE stream_id = $1',
      [`case-${pastTerm}`],
    );
    expect(rows.map((row) => row.data + row.metadata).join()).not.toMatch(PLAINTEXT);
  });

  it('destroys a file past its term: the step on the case (who, when, which term), its personal data [erased], its read models purged', async () => {
    expect(JSON.stringify((await caseRead(pastTerm, '/state')).body)).toMatch(PLAINTEXT);
    const destroyed = await casusCli('retention', 'destroy', '--case', pastTerm);
    expect(destroyed).toMatchObject({ code: 0 });
    expect(destroyed.stdout).toContain(
      `destroyed the file of case ${pastTerm}: jeugdhulp file, 20 years from care-ended, kept until 2021-03-01`,
    );
    const last = (await casus.eventsOf(pastTerm)).at(-1)!;
    expect(last).toMatchObject({
      type: 'CaseFileDestroyed',
      data: { ground: { kind: 'retention-term-ended', decidingKind: 'jeugdhulp', termYears: 20, retainUntil: '2021-03-01' } },
      metadata: { actor: { id: 'records-officer-anna', role: 'administrator' }, command: 'DestroyCaseFile' },
    });
    const history = await caseRead(pastTerm, '/history?limit=100');
    expect(JSON.stringify(history.body)).not.toMatch(PLAINTEXT);
    expect(JSON.stringify(history.body)).toContain('[erased]');
    // Each read model forgets the case on its own projection's subscription: each is waited for.
    for (const table of ['rm_case_overview', 'rm_case_timeline', 'rm_deadlines']) {
      await eventually(
        async () => ((await pool.query(`SELECT 1 FROM ${table} WHERE case_id = $1`, [pastTerm])).rowCount === 0 ? true : undefined),
        `${table} to forget the destroyed case`,
      );
    }
    // The other files keep their rows and their people.
    expect(await overviewRowsOf([giFile])).toBe(1);
  });

  it('rebuilds the read models from the log without the destroyed case (casus projections rebuild), and with the others', async () => {
    const rebuilt = await casusCli('projections', 'rebuild');
    expect(rebuilt).toMatchObject({ code: 0, stdout: expect.stringContaining('rebuilt case-overview, case-timeline, deadlines') });
    for (const table of ['rm_case_overview', 'rm_case_timeline', 'rm_deadlines']) {
      expect({ table, rows: (await pool.query(`SELECT 1 FROM ${table} WHERE case_id = $1`, [pastTerm])).rowCount }).toEqual({
        table,
        rows: 0,
      });
    }
    expect(await overviewRowsOf([giFile, recent])).toBe(2);
  });

  it('keeps the chain: the integrity check passes after the destruction, and a tamper after it is still reported', async () => {
    expect((await caseRead(pastTerm, '/integrity')).body).toMatchObject({ intact: true, firstBreak: null });
    expect(await casusCli('verify', '--case', pastTerm)).toMatchObject({ code: 0 });
    const owner = new Pool({ connectionString: casus.ownerDatabaseUrl, max: 1 });
    try {
      await owner.query(
        `UPDATE events SET data = jsonb_set(data, '{closedOn}', '"2026-01-01"') WHERE stream_id = $1 AND event_type = 'CaseClosed'`,
        [`case-${pastTerm}`],
      );
    } finally {
      await owner.end();
    }
    expect((await caseRead(pastTerm, '/integrity')).body).toMatchObject({ intact: false, firstBreak: { revision: 2 } });
    expect((await casusCli('verify', '--case', pastTerm)).code).not.toBe(0);
  });

  it('keeps the access log of the destroyed file, its own chain intact, the destruction logged in it', async () => {
    const { rows } = await pool.query<{ action: string; user_id: string }>(
      'SELECT action, user_id FROM access_log WHERE case_id = $1 ORDER BY id',
      [pastTerm],
    );
    expect(rows).toEqual(expect.arrayContaining([{ action: 'casus retention destroy', user_id: 'records-officer-anna' }]));
    expect(rows.length).toBeGreaterThan(1);
    expect(await casusCli('verify', '--access-log')).toMatchObject({ code: 0 });
  });

  it('destroys once: a second run writes nothing, and nothing is decided on the case after it', async () => {
    const before = await casus.revisionOf(pastTerm);
    const again = await casusCli('retention', 'destroy', '--case', pastTerm);
    expect(again).toMatchObject({ code: 0 });
    expect(again.stdout).toContain('was already destroyed');
    expect(await casus.revisionOf(pastTerm)).toBe(before);
    const reopen = await casus
      .http()
      .post(`/cases/${pastTerm}/reopen`)
      .set(await casus.as(people.lotte))
      .send({ reason: 'a new signal' });
    expect({ status: reopen.status, code: reopen.body.code }).toEqual({ status: 422, code: 'CASE.DESTROYED' });
    expect(await casus.revisionOf(pastTerm)).toBe(before);
  });
});
