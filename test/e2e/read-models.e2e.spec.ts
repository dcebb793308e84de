import { Pool } from 'pg';
import { id, people, type Actor } from './support/people';
import { jeugdlinkJoin, jeugdlinkRequest, lead, signal } from './support/case-story';
import { startCasusApi, type CasusApi } from './support/casus-api';

describe('read models over HTTP: case lists, timeline, deadlines, workload and projection status', () => {
  let casus: CasusApi;
  const edeCase = id(501);
  const wageningenCase = id(502);
  let position = '';

  const getAs = async (actor: Actor, path: string) =>
    casus
      .http()
      .get(path)
      .set(await casus.as(actor));
  const step = async (actor: Actor, path: string, body: object) => {
    const response = await casus
      .http()
      .post(path)
      .set(await casus.as(actor))
      .send(body);
    expect(response.status).toBeLessThan(300);
    position = response.body.position;
  };

  beforeAll(async () => {
    casus = await startCasusApi();
    // A signal from three weeks ago: its safety assessment (5 working days) is overdue today (2026-11-23).
    await step(people.lotte, '/cases', { ...signal(edeCase), receivedAt: '2026-11-02T08:15:00.000Z' });
    await step(people.lotte, `/cases/${edeCase}/assign-case-lead`, lead);
    await step(people.pieter, '/cases', { ...signal(wageningenCase), municipality: 'Wageningen' });
  });
  afterAll(() => casus.close());

  it('shows each wijkteam its own cases once the read models passed the position of its last write', async () => {
    const lotte = await getAs(people.lotte, `/cases?minPosition=${position}`);
    expect(lotte.status).toBe(200);
    expect(lotte.body).toMatchObject({ total: 1, page: 1 });
    expect(lotte.body.items[0]).toMatchObject({
      caseId: edeCase,
      status: 'open',
      phase: 'safety-assessment',
      municipality: 'Ede',
      team: people.lotte.team,
      lead: { id: people.lotte.id, name: people.lotte.name },
      children: [{ age: 12 }, { age: 7 }],
      nextDeadline: { kind: 'safety-assessment', dueOn: '2026-11-09', overdue: true },
      overdueDeadlines: 1,
      lastStep: { type: 'CaseLeadAssigned' },
    });
    const pieter = await getAs(people.pieter, '/cases');
    expect(pieter.body.items.map((c: { caseId: string }) => c.caseId)).toEqual([wageningenCase]);
    const auditor = await getAs(people.ilse, '/cases?overdue=true');
    expect(auditor.body.items.map((c: { caseId: string }) => c.caseId)).toEqual([edeCase]);
    expect((await getAs(people.ilse, '/cases?municipality=Wageningen')).body.total).toBe(1);
  });

  it('shows a Jeugdlink member only the cases its team joined', async () => {
    expect((await getAs(people.anouk, '/cases')).body.total).toBe(0);
    await step(people.lotte, `/cases/${edeCase}/request-jeugdlink`, jeugdlinkRequest);
    await step(people.anouk, `/cases/${edeCase}/join-jeugdlink`, jeugdlinkJoin);
    const anouk = await casus
      .http()
      .get('/cases')
      .set(await casus.as(people.anouk))
      .set('X-Min-Position', position);
    expect(anouk.body.items.map((c: { caseId: string; jeugdlink: unknown }) => [c.caseId, c.jeugdlink])).toEqual([
      [edeCase, { team: people.anouk.team, status: 'joined' }],
    ]);
    expect((await getAs(people.ruben, '/cases')).body.total).toBe(0);
  });

  it('tells the case story step by step in the language asked (Dutch first), and refuses it to an outsider', async () => {
    const timeline = await getAs(people.lotte, `/cases/${edeCase}/timeline?minPosition=${position}`);
    expect(timeline.status).toBe(200);
    expect(timeline.body.steps.map((s: { type: string }) => s.type)).toEqual([
      'SignalRegistered',
      'CaseLeadAssigned',
      'JeugdlinkRequested',
      'JeugdlinkJoined',
    ]);
    expect(timeline.headers['content-language']).toBe('nl');
    expect(timeline.body.steps[3]).toMatchObject({
      summary: `Jeugdlink ${people.anouk.team} aangesloten: leden van ${people.anouk.organisation}; doel: ${jeugdlinkJoin.purpose}`,
      by: { role: 'jeugdlink', team: people.anouk.team },
    });
    expect(timeline.body.steps[2].why).toBe(jeugdlinkRequest.reason);
    const english = await casus.get(people.lotte, `/cases/${edeCase}/timeline`, { 'Accept-Language': 'en-GB,en;q=0.9' });
    expect(english.headers['content-language']).toBe('en');
    expect(english.body.steps[3].summary).toBe(
      `Jeugdlink ${people.anouk.team} joined: members from ${people.anouk.organisation}; purpose: ${jeugdlinkJoin.purpose}`,
    );
    expect((await getAs(people.pieter, `/cases/${edeCase}/timeline`)).status).toBe(404);
  });

  it('lists overdue deadlines per team, and the workload of each team', async () => {
    const overdue = await getAs(people.ilse, `/deadlines?overdue=true&team=${people.lotte.team}`);
    expect(overdue.body.items).toEqual([
      expect.objectContaining({ caseId: edeCase, kind: 'safety-assessment', dueOn: '2026-11-09', status: 'overdue', closedBy: null }),
    ]);
    const pieter = await getAs(people.pieter, '/deadlines');
    expect(pieter.body.items).toEqual([expect.objectContaining({ caseId: wageningenCase, kind: 'safety-assessment', status: 'open' })]);
    // The total is the same on every page, also on one past the end.
    const first = await getAs(people.ilse, '/deadlines?pageSize=1');
    const total = first.body.total;
    expect(first.body.items).toHaveLength(1);
    expect(total).toBeGreaterThanOrEqual(2);
    expect((await getAs(people.ilse, `/deadlines?pageSize=${total}`)).body).toMatchObject({
      total,
      items: expect.arrayContaining([first.body.items[0]]),
    });
    expect((await getAs(people.ilse, `/deadlines?pageSize=1&page=${total + 1}`)).body).toEqual(
      expect.objectContaining({ items: [], total, page: total + 1 }),
    );
    const workload = await getAs(people.ilse, '/workload');
    expect(workload.body.teams).toEqual([
      { team: people.lotte.team, openCases: 1, activePlacements: 0, overdueDeadlines: 1, openTasks: 0, overdueTasks: 0 },
      { team: people.pieter.team, openCases: 1, activePlacements: 0, overdueDeadlines: 0, openTasks: 0, overdueTasks: 0 },
    ]);
  });

  it('reports every projection live, and refuses a malformed minPosition', async () => {
    const status = await getAs(people.ilse, '/projections');
    expect(
      status.body.projections.map((p: { name: string; state: string; eventsBehind: number }) => [p.name, p.state, p.eventsBehind]),
    ).toEqual([
      ['case-overview', 'live', 0],
      ['case-timeline', 'live', 0],
      ['deadlines', 'live', 0],
      ['family-links', 'live', 0],
      ['placement-capacity', 'live', 0],
    ]);
    expect((await getAs(people.lotte, '/cases?minPosition=yesterday')).status).toBe(400);
  });

  it('logs every list read, one line per case shown (who, which list, filters, when, from where, ground), before serving it', async () => {
    expect((await getAs(people.lotte, '/cases?status=open&overdue=true&page=1')).status).toBe(200);
    expect((await getAs(people.anouk, `/deadlines?caseId=${edeCase}&overdue=false`)).status).toBe(200);

    const linesOf = async (actor: Actor) =>
      (await getAs(people.ilse, `/audit/access-log?user=${actor.id}`)).body.items as { dataAccessed: string }[];
    const lotte = (await linesOf(people.lotte)).filter((line) => line.dataAccessed.includes('status=open'));
    expect(lotte).toEqual([
      expect.objectContaining({
        userId: people.lotte.id,
        role: 'wijkteam',
        team: people.lotte.team,
        caseId: edeCase,
        action: 'GET /cases',
        dataAccessed: 'case-list?overdue=true&page=1&pageSize=50&status=open',
        ground: `case team (${people.lotte.team})`,
        ip: expect.stringMatching(/127\.0\.0\.1|::1/),
        occurredAt: expect.any(String),
      }),
    ]);
    const anouk = (await linesOf(people.anouk)).filter((line) => line.dataAccessed.startsWith('deadline-list'));
    expect(anouk).toEqual([
      expect.objectContaining({
        action: 'GET /deadlines',
        dataAccessed: `deadline-list?caseId=${edeCase}&overdue=false&page=1&pageSize=50`,
        ground: `Jeugdlink team that joined (${people.anouk.team})`,
      }),
    ]);
  });

  it('does not serve a list it cannot log', async () => {
    const pool = new Pool({ connectionString: casus.ownerDatabaseUrl, max: 1 });
    await pool.query('ALTER TABLE access_log RENAME TO access_log_away');
    try {
      const response = await getAs(people.ilse, '/cases');
      expect(response.status).toBe(503);
      expect(response.body.code).toBe('AUDIT.ACCESS_LOG_UNAVAILABLE');
      expect(response.body.items).toBeUndefined();
      expect((await getAs(people.ilse, '/deadlines')).status).toBe(503);
    } finally {
      await pool.query('ALTER TABLE access_log_away RENAME TO access_log');
      await pool.end();
    }
  });

  it('refuses at once a position beyond the head of the log, which no command returned', async () => {
    for (const beyond of ['99999999999999999999:0', '99999999999:1', `${position.split(':')[0]}:99999999999`]) {
      const started = Date.now();
      const query = await getAs(people.lotte, `/cases?minPosition=${beyond}`);
      const header = await casus
        .http()
        .get('/deadlines')
        .set(await casus.as(people.lotte))
        .set('X-Min-Position', beyond);
      expect([query.status, header.status]).toEqual([400, 400]);
      expect(query.body).toMatchObject({ code: 'REQUEST.POSITION_NOT_WRITTEN', detail: expect.stringContaining(beyond) });
      expect(Date.now() - started).toBeLessThan(1_000);
    }
    expect((await getAs(people.gijs, '/placement-options?minPosition=99999999999999999999:0')).status).toBe(400);
    expect((await getAs(people.lotte, `/cases?minPosition=${position}`)).status).toBe(200);
  });

  it('waits for a written position the read models have not reached, and answers 503 when they do not in time', async () => {
    // An open transaction holds the log's visible horizon, so the projections cannot pass a newer write.
    const holder = new Pool({ connectionString: casus.databaseUrl, max: 1 });
    const client = await holder.connect();
    await client.query('BEGIN');
    await client.query('SELECT pg_current_xact_id()');
    try {
      await step(people.lotte, '/cases', signal(id(503)));
      const stale = await getAs(people.lotte, `/cases?minPosition=${position}`);
      expect({ status: stale.status, code: stale.body.code }).toEqual({ status: 503, code: 'READ_MODELS.BEHIND' });
      expect(stale.headers['retry-after']).toBeDefined();
    } finally {
      await client.query('COMMIT');
      client.release();
      await holder.end();
    }
    expect((await getAs(people.lotte, `/cases?minPosition=${position}`)).status).toBe(200);
  });

  it('lists the most pressing cases first when asked: overdue, then the nearest deadline, then the rest, across pages', async () => {
    // The case the test before wrote last: the newest step, and a deadline not yet due.
    const fresh = id(503);
    const recent = await getAs(people.lotte, `/cases?minPosition=${position}`);
    expect(recent.body.items.map((c: { caseId: string }) => c.caseId)).toEqual([fresh, edeCase]);
    const due = await getAs(people.lotte, '/cases?order=due&pageSize=1');
    expect(due.status).toBe(200);
    expect(due.body).toMatchObject({ total: 2, items: [{ caseId: edeCase, nextDeadline: { overdue: true } }] });
    const next = await getAs(people.lotte, '/cases?order=due&pageSize=1&page=2');
    expect(next.body.items).toEqual([
      expect.objectContaining({ caseId: fresh, nextDeadline: expect.objectContaining({ overdue: false }) }),
    ]);
    const unknown = await getAs(people.lotte, '/cases?order=name');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'order' })]);
  });
});
