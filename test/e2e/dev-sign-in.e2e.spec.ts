import { decodeJwt } from 'jose';
import { Client } from 'pg';
import { ROLES } from '@casus/domain';
import { REFUSAL_WORDS } from '@casus/wording';
import { professionalsOf, type Professional } from '../../apps/cli/src/seed/region';
import { seedRegion } from '../../apps/cli/src/seed/seeder';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { id, people } from './support/people';

// No cases: the sign-in needs the region's people, not its stories.
const seedPeople = async (casus: CasusApi) => (await seedRegion({ databaseUrl: casus.databaseUrl, cases: 0, seed: 7 })).region;

/** What a sign-in could have written: events in the log, lines in the access log. */
async function written(casus: CasusApi): Promise<{ events: number; accessLog: number }> {
  const client = new Client({ connectionString: casus.databaseUrl });
  await client.connect();
  try {
    const count = async (table: string) => Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    return { events: await count('events'), accessLog: await count('access_log') };
  } finally {
    await client.end();
  }
}

/** Issue 17: on the embedded default a new user signs in as a seeded person, without minting a token. */
describe('the development sign-in, while auth is dev', () => {
  let casus: CasusApi;
  let seeded: Professional[];
  const signIn = (body: object) => casus.http().post('/dev/sign-in').send(body);

  beforeAll(async () => {
    casus = await startCasusApi();
  });
  afterAll(() => casus.close());

  it('lists no one before the seed', async () => {
    const response = await casus.http().get('/dev/people');
    expect({ status: response.status, body: response.body }).toEqual({ status: 200, body: { people: [] } });
  });

  it('lists every professional the seed made up, without a token, by role and team, wijkteam first, and no family member', async () => {
    seeded = professionalsOf(await seedPeople(casus));
    const { status, body } = await casus.http().get('/dev/people');
    expect(status).toBe(200);
    const byRoleAndTeam = (a: Professional, b: Professional) =>
      ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || (a.team < b.team ? -1 : a.team > b.team ? 1 : 0);
    expect(body.people.map((p: Professional) => p.id).sort()).toEqual(seeded.map((p) => p.id).sort());
    expect(body.people.map((p: Professional) => `${p.role} ${p.team}`)).toEqual(
      [...body.people].sort(byRoleAndTeam).map((p: Professional) => `${p.role} ${p.team}`),
    );
    expect(body.people[0]).toEqual({ ...seeded.find((p) => p.id === body.people[0].id) });
    expect(body.people[0].role).toBe('wijkteam');
    expect(new Set(body.people.map((p: Professional) => p.role))).toEqual(
      new Set(['wijkteam', 'veilig-thuis', 'jeugdlink', 'gi', 'provider', 'auditor']),
    );
  });

  it('lists each person once when the region is seeded again', async () => {
    await seedPeople(casus);
    expect((await casus.http().get('/dev/people')).body.people).toHaveLength(seeded.length);
  });

  it('signs in as a seeded wijkteam professional with the token `casus token` mints, which GET /cases accepts', async () => {
    const lead = seeded.find((p) => p.role === 'wijkteam')!;
    const response = await signIn({ personId: lead.id });
    expect(response.status).toBe(200);
    expect(response.body.person).toEqual({ ...lead });
    const claims = decodeJwt(response.body.token);
    expect(claims).toMatchObject({ sub: lead.id, role: 'wijkteam', team: lead.team, organisation: lead.organisation, name: lead.name });
    expect(claims).toMatchObject({ iss: 'casus-dev', aud: 'casus' });
    expect(response.body.expiresAt).toBe(new Date(claims.exp! * 1_000).toISOString());
    const cases = await casus.http().get('/cases').set('Authorization', `Bearer ${response.body.token}`);
    expect({ status: cases.status, total: cases.body.total }).toEqual({ status: 200, total: 0 });
  });

  it('writes each sign-in to the access log, with who signed in', async () => {
    const auditor = seeded.find((p) => p.role === 'auditor')!;
    const giver = seeded.find((p) => p.role === 'gi')!;
    await signIn({ personId: giver.id });
    const { token } = (await signIn({ personId: auditor.id })).body;
    const log = await casus.http().get(`/audit/access-log?user=${giver.id}`).set('Authorization', `Bearer ${token}`);
    expect(log.status).toBe(200);
    expect(log.body.items).toEqual([
      expect.objectContaining({
        userId: giver.id,
        role: 'gi',
        organisation: giver.organisation,
        action: 'POST /dev/sign-in',
        caseId: null,
      }),
    ]);
  });

  it('refuses someone the seed did not make up with its code and Dutch words, and writes nothing', async () => {
    const before = await written(casus);
    for (const personId of [id(17001), people.lotte.id]) {
      const response = await signIn({ personId });
      expect({ status: response.status, code: response.body.code, text: response.body.text }).toEqual({
        status: 404,
        code: 'AUTH.NOT_A_DEMO_PERSON',
        text: REFUSAL_WORDS['AUTH.NOT_A_DEMO_PERSON'].nl,
      });
      expect(response.body.detail).toContain(personId);
      expect(response.body.token).toBeUndefined();
    }
    expect(await written(casus)).toEqual(before);
  });

  it('takes no claims from the body: a role, team or subject beside the person is refused by the validation, no token', async () => {
    const lead = seeded.find((p) => p.role === 'wijkteam')!;
    const before = await written(casus);
    for (const [body, field] of [
      [{ personId: lead.id, role: 'auditor' }, 'role'],
      [{ personId: lead.id, team: 'audit', organisation: 'Inspectie' }, 'team'],
      [{ sub: lead.id, role: 'auditor', organisation: 'Inspectie' }, 'personId'],
      [{ personId: 'lotte' }, 'personId'],
    ] as const) {
      const response = await signIn(body);
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 400, code: 'REQUEST.INVALID' });
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      expect(response.body.token).toBeUndefined();
    }
    expect(await written(casus)).toEqual(before);
  });

  it('tells the browser app to use the development sign-in', async () => {
    const response = await casus.http().get('/auth/config');
    expect({ status: response.status, body: response.body }).toEqual({ status: 200, body: { kind: 'dev' } });
  });
});

describe('the development sign-in is held to the rate limit of every caller without a token', () => {
  let casus: CasusApi;

  beforeAll(async () => {
    casus = await startCasusApi({ rateLimitPerMinute: 3 });
  });
  afterAll(() => casus.close());

  it('answers 429 once the address spent its budget', async () => {
    const statuses: number[] = [];
    for (let n = 0; n < 4; n++)
      statuses.push(
        (
          await casus
            .http()
            .post('/dev/sign-in')
            .send({ personId: id(17002) })
        ).status,
      );
    expect(statuses).toEqual([404, 404, 404, 429]);
  });
});

describe('with OpenID Connect configured', () => {
  let casus: CasusApi;
  const issuer = 'http://127.0.0.1:9/realms/casus';

  beforeAll(async () => {
    casus = await startCasusApi({
      auth: {
        kind: 'oidc',
        issuer,
        audience: 'casus-api',
        clientId: 'casus-web',
        scope: 'openid profile email',
        clockToleranceSeconds: 30,
      },
    });
    // Seeded people in the database open no door: the routes are not there at all.
    await seedPeople(casus);
  });
  afterAll(() => casus.close());

  it('has no development sign-in: GET /dev/people and POST /dev/sign-in are 404 like any unknown route, and not in the document', async () => {
    const anyone = await casus.http().get('/dev/people');
    expect({ status: anyone.status, code: anyone.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    const [person] = professionalsOf(await seedPeople(casus));
    const signIn = await casus.http().post('/dev/sign-in').send({ personId: person.id });
    expect({ status: signIn.status, code: signIn.body.code, token: signIn.body.token }).toEqual({
      status: 404,
      code: 'NOT_FOUND',
      token: undefined,
    });
    const paths = Object.keys((await casus.http().get('/api/docs-json')).body.paths);
    expect(paths.filter((path) => path.startsWith('/dev/'))).toEqual([]);
    expect(paths).toContain('/auth/config');
  });

  it('tells the browser app the issuer, its client id and the scopes to ask for', async () => {
    const response = await casus.http().get('/auth/config');
    expect({ status: response.status, body: response.body }).toEqual({
      status: 200,
      body: { kind: 'oidc', issuer, clientId: 'casus-web', scope: 'openid profile email' },
    });
  });
});
