import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../../apps/api/src/app.factory';
import { PostgresEventStore } from '@casus/event-store';
import { loadOrCreateDevSigningKey, mintDevToken } from '@casus/runtime';
import { seedRegion, type SeedReport } from '../../apps/cli/src/seed/seeder';
import { createTestDatabase, type TestDatabase } from '../setup/test-database';
import { eventually } from './support/eventually';

const PHASES = ['safety-assessment', 'support', 'safety-plan', 'placement', 'return-home', 'aftercare', 'closed'];

/** Issue 8: `casus seed` gives a new user a living region; a second run writes nothing. */
describe('seeding the FoodValley demo region', () => {
  let database: TestDatabase;
  let app: INestApplication | undefined;
  let first: SeedReport;
  const keyDir = mkdtempSync(join(tmpdir(), 'casus-seed-keys-'));

  beforeAll(async () => {
    database = await createTestDatabase();
    first = await seedRegion({ databaseUrl: database.url, cases: 40, seed: 7 });
  });
  afterAll(async () => {
    await app?.close();
    await database.drop();
    rmSync(keyDir, { recursive: true, force: true });
  });

  it('writes cases in every phase and places of every kind, through the deciders and the placement process', () => {
    expect(first.eventsWritten).toBeGreaterThan(400);
    expect(Object.keys(first.casesByPhase).sort()).toEqual([...PHASES].sort());
    expect(Object.keys(first.placesByKind).sort()).toEqual([
      'bestandspleeggezin',
      'gezinshuis',
      'kleinschalig-wonen',
      'netwerkpleeggezin',
      'residentieel',
    ]);
    expect(first.waitingForPlace).toBe(0);
    expect(first.placementProcessErrors).toEqual([]);
    expect(first.casesByStory['moved to another municipality']).toBeGreaterThan(0);
  });

  it('shows the work between the steps: notes and open tasks on open cases, some overdue', () => {
    expect(first.journal.notes).toBeGreaterThan(5);
    expect(first.journal.openTasks).toBeGreaterThan(first.journal.overdueTasks);
    expect(first.journal.overdueTasks).toBeGreaterThan(0);
  });

  it('shows a second signal on open cases and Veilig Thuis at work: investigating, and handed over to the wijkteam (issue 16)', () => {
    for (const story of ['safety plan, then a new signal', 'Veilig Thuis investigating', 'Veilig Thuis handed over, then a new signal'])
      expect({ story, cases: first.casesByStory[story] }).toEqual({ story, cases: expect.any(Number) });
  });

  it("shows a family proposed from a child's own network and the Raad's advice on an OTS extension", async () => {
    const store = new PostgresEventStore({ connectionString: database.url });
    try {
      const steps = await store.readAll({ filter: { eventTypes: ['NetworkFamilyProposed', 'RaadAdviceRecorded'] } });
      expect([...new Set(steps.map((event) => event.type))].sort()).toEqual(['NetworkFamilyProposed', 'RaadAdviceRecorded']);
    } finally {
      await store.close();
    }
  });

  it('writes nothing new when run again with the same seed', async () => {
    const second = await seedRegion({ databaseUrl: database.url, cases: 40, seed: 7 });
    expect(second.eventsWritten).toBe(0);
    expect(second.casesByPhase).toEqual(first.casesByPhase);
  });

  it('shows the cases of every phase in GET /cases once the projections caught up', async () => {
    app = await createApp({ databaseUrl: database.url, auth: { kind: 'dev', keyDir }, logLevel: 'silent' });
    const auditor = first.region.auditor;
    const token = await mintDevToken(await loadOrCreateDevSigningKey(keyDir), { sub: auditor.id, ...auditor });
    const listed = await eventually(
      async () => {
        const response = await request(app!.getHttpServer()).get('/cases?pageSize=200').set('Authorization', `Bearer ${token}`);
        return response.status === 200 && response.body.total === 40 ? response.body : undefined;
      },
      'the case overview to hold all 40 cases',
      20_000,
    );
    const phases = new Set((listed.items as { phase: string }[]).map((item) => item.phase));
    expect([...phases].sort()).toEqual([...PHASES].sort());
    const overdueTask = await eventually(async () => {
      const response = await request(app!.getHttpServer())
        .get('/deadlines?overdue=true&pageSize=200')
        .set('Authorization', `Bearer ${token}`);
      return (response.body.items as { kind: string }[] | undefined)?.find((deadline) => deadline.kind === 'task');
    }, 'an overdue task on the deadlines list');
    expect(overdueTask).toMatchObject({ status: 'overdue', description: expect.stringMatching(/^Task for wijkteam-/) });
    // Veilig Thuis's 10-week norm on the deadlines list, once the deadlines projection caught up too.
    await eventually(
      async () => {
        const response = await request(app!.getHttpServer())
          .get('/deadlines?team=veilig-thuis-gelderland-midden&pageSize=100')
          .set('Authorization', `Bearer ${token}`);
        const kinds = (response.body.items ?? []).map((d: { kind: string }) => d.kind);
        return kinds.includes('veilig-thuis-investigation') ? true : undefined;
      },
      "Veilig Thuis's investigation on the deadlines list",
      20_000,
    );
  });

  it('shows a young person turning 18 soon and the talks with placed children on the deadlines list', async () => {
    expect(first.casesByStory['placed, turning 18 soon']).toBeGreaterThanOrEqual(1);
    const auditor = first.region.auditor;
    const token = await mintDevToken(await loadOrCreateDevSigningKey(keyDir), { sub: auditor.id, ...auditor });
    const openKinds = async () => {
      const kinds = new Set<string>();
      for (let page = 1; ; page++) {
        const response = await request(app!.getHttpServer())
          .get(`/deadlines?status=open&pageSize=200&page=${page}`)
          .set('Authorization', `Bearer ${token}`);
        expect(response.status).toBe(200);
        for (const item of response.body.items as { kind: string }[]) kinds.add(item.kind);
        if (page * 200 >= response.body.total) return kinds;
      }
    };
    const kinds = await eventually(async () => {
      const open = await openKinds();
      return open.has('coming-of-age') && open.has('foster-child-contact') ? open : undefined;
    }, 'the deadlines read model to hold the seeded 18th birthday and talks');
    expect([...kinds]).toEqual(expect.arrayContaining(['coming-of-age', 'foster-child-contact', 'development-review']));
  });

  it('shows voluntary help plans (some evaluations overdue), perspective decisions and aftercare on the deadlines list', async () => {
    const auditor = first.region.auditor;
    const token = await mintDevToken(await loadOrCreateDevSigningKey(keyDir), { sub: auditor.id, ...auditor });
    const deadlines = async (query: string) => {
      const items: { kind: string; status: string }[] = [];
      for (let page = 1; ; page++) {
        const response = await request(app!.getHttpServer())
          .get(`/deadlines?pageSize=200&page=${page}&${query}`)
          .set('Authorization', `Bearer ${token}`);
        expect(response.status).toBe(200);
        items.push(...response.body.items);
        if (items.length >= response.body.total || response.body.items.length === 0) return items;
      }
    };
    const kindsOf = (items: { kind: string }[]) => new Set(items.map((d) => d.kind));
    expect([...kindsOf(await deadlines('status=open'))]).toEqual(expect.arrayContaining(['help-plan-evaluation', 'aftercare-end']));
    expect([...kindsOf(await deadlines('overdue=true'))]).toContain('help-plan-evaluation');
    expect([...kindsOf(await deadlines('status=met'))]).toEqual(expect.arrayContaining(['help-plan-evaluation', 'perspective-decision']));
  });

  it("shows the region's Jeugdlink team the requests waiting for it, and a GI its court orders by their end (issue 17)", async () => {
    expect(first.casesByStory['Jeugdlink requested']).toBeGreaterThanOrEqual(1);
    const asOf = async (person: (typeof first.region.jeugdlink)[number], path: string) => {
      const token = await mintDevToken(await loadOrCreateDevSigningKey(keyDir), { sub: person.id, ...person });
      return request(app!.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`);
    };
    const waiting = await eventually(async () => {
      const response = await asOf(first.region.jeugdlink[0], '/jeugdlink-requests');
      return response.body.items?.length > 0 ? response.body.items : undefined;
    }, 'the seeded requests on the Jeugdlink team’s list');
    expect(waiting[0]).toEqual(expect.objectContaining({ reason: expect.any(String), requestedOn: expect.any(String) }));
    let expiries = 0;
    for (const gi of first.region.gis.values()) {
      const response = await asOf(gi, '/deadlines?kind=court-order-expiry&status=open&pageSize=200');
      expect(response.status).toBe(200);
      expiries += response.body.items.length;
    }
    expect(expiries).toBeGreaterThan(0);
  });

  it('lets the family of the reading case sign in and read their own file: a child of 13, a parent with authority, one without (issue 18)', async () => {
    const listed = (await request(app!.getHttpServer()).get('/dev/people').expect(200)).body.people as {
      id: string;
      role: string;
      about?: string;
    }[];
    const family = listed.filter((person) => person.role === 'family');
    const named = (about: string) => family.filter((person) => person.about === about);
    const signedInAs = async (personId: string) => {
      const { token } = (await request(app!.getHttpServer()).post('/dev/sign-in').send({ personId }).expect(200)).body;
      return (path: string) => request(app!.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`);
    };
    // A few mothers of other cases are linked too: the parent of this case is the one whose list names it.
    const signedIn = async (about: string) => {
      for (const person of named(about)) {
        const as = await signedInAs(person.id);
        if ((await as('/my-file')).body.files.some((file: { caseId: string }) => file.caseId === caseId)) return as;
      }
      throw new Error(`no ${about} of case ${caseId} to sign in as`);
    };
    expect(named('kind, 13 jaar')).toHaveLength(1);
    const child = await signedInAs(named('kind, 13 jaar')[0].id);
    const files = await eventually(async () => {
      const response = await child('/my-file');
      return response.body.files?.length > 0 ? response.body.files : undefined;
    }, 'the family links read model to hold the seeded links');
    expect(files).toEqual([expect.objectContaining({ as: 'child', right: 'file', status: 'open' })]);
    const caseId = files[0].caseId;
    const childsFile = (await child(`/my-file/${caseId}`).expect(200)).body;
    expect(JSON.stringify(childsFile)).toContain('Ik durf het thuis niet te zeggen');
    const mothersFile = (await (await signedIn('ouder met gezag'))(`/my-file/${caseId}`).expect(200)).body;
    expect(mothersFile.withheld).toEqual([expect.objectContaining({ reason: 'The findings name the neighbour who called' })]);
    expect(JSON.stringify(mothersFile)).not.toContain('Ik durf het thuis niet te zeggen');
    // The family's own voice: the child's statement on her file, the mother's complaint on hers, neither on the other's.
    expect(JSON.stringify(childsFile)).toContain('Ik wil zelf meepraten over wat er met mij gebeurt.');
    expect(JSON.stringify(childsFile)).not.toContain('klacht');
    expect(mothersFile.happened).toContainEqual(expect.objectContaining({ text: expect.stringMatching(/^Je diende een klacht in\./) }));
    expect(JSON.stringify(mothersFile)).not.toContain('Ik wil zelf meepraten');
    const fathersFile = (await (await signedIn('ouder zonder gezag'))(`/my-file/${caseId}`).expect(200)).body;
    expect(fathersFile.you.right).toBe('information');
    expect(fathersFile).not.toHaveProperty('happened');
  });
});
