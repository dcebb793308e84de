import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, loadSettings } from './settings';

describe('configuration', () => {
  it('starts on the embedded default with nothing set', () => {
    const settings = loadSettings({}, '/srv/casus');
    expect(settings).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      embeddedPostgresPort: 54329,
      databasePoolSize: 30,
      dataDir: '/srv/casus/.casus-data',
      eventStore: { kind: 'postgres' },
      auth: { kind: 'dev', keyDir: '/srv/casus/.casus-data/dev-keys', maxLifetimeSeconds: 43_200 },
      logLevel: 'info',
    });
  });

  it('listens on loopback only while auth is dev, on every interface with OIDC, and where HOST says when it is set', () => {
    const oidc = { OIDC_ISSUER_URL: 'https://login.ede.nl/realms/casus', OIDC_AUDIENCE: 'casus-api' };
    expect(loadSettings({}).host).toBe('127.0.0.1');
    expect(loadSettings(oidc).host).toBeUndefined();
    expect(loadSettings({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadSettings({ ...oidc, HOST: '10.0.0.5' }).host).toBe('10.0.0.5');
  });

  it('switches to OIDC tokens when an issuer is set', () => {
    const settings = loadSettings({ OIDC_ISSUER_URL: 'https://login.ede.nl/realms/casus', OIDC_AUDIENCE: 'casus-api' });
    expect(settings.auth).toEqual({
      kind: 'oidc',
      issuer: 'https://login.ede.nl/realms/casus',
      audience: 'casus-api',
      clientId: 'casus-api',
      scope: 'openid profile',
      jwksUrl: undefined,
      clockToleranceSeconds: 30,
      maxLifetimeSeconds: 43_200,
      claims: { role: 'role', team: 'team', organisation: 'organisation', name: 'name' },
    });
  });

  it("gives the browser app the issuer's client id and scopes, the audience's id when no client id of its own is set", () => {
    const issuer = { OIDC_ISSUER_URL: 'https://login.ede.nl/realms/casus', OIDC_AUDIENCE: 'casus-api' };
    expect(loadSettings({ ...issuer, OIDC_CLIENT_ID: 'casus-web', OIDC_SCOPE: 'openid profile email' }).auth).toMatchObject({
      audience: 'casus-api',
      clientId: 'casus-web',
      scope: 'openid profile email',
    });
    expect(loadSettings(issuer).auth).toMatchObject({ clientId: 'casus-api', scope: 'openid profile' });
  });

  it('reads claim paths for providers that put roles elsewhere', () => {
    const settings = loadSettings({
      OIDC_ISSUER_URL: 'https://login.ede.nl',
      OIDC_AUDIENCE: 'casus',
      OIDC_ROLE_CLAIM: 'realm_access.roles',
    });
    expect(settings.auth).toMatchObject({ claims: { role: 'realm_access.roles' } });
    expect(() => loadSettings({ OIDC_ROLE_CLAIM: 'roles[0]' })).toThrow(/^configuration error: OIDC_ROLE_CLAIM /);
  });

  it('reads the regional Jeugdlink team per municipality', () => {
    expect(loadSettings({}).jeugdlinkTeams).toEqual({});
    expect(loadSettings({ JEUGDLINK_TEAMS: '{"Ede": "jeugdlink-foodvalley"}' }).jeugdlinkTeams).toEqual({ Ede: 'jeugdlink-foodvalley' });
    expect(loadSettings({ JEUGDLINK_TEAMS: '{"GM0228": "jeugdlink-foodvalley"}' }).jeugdlinkTeams).toEqual({
      GM0228: 'jeugdlink-foodvalley',
    });
    // A name the table cannot place would never match a case: refused at start-up rather than ignored.
    for (const wrong of ['["Ede"]', '{"Ede": 3}', '{"Ede": " "}', 'Ede=jeugdlink', '{"Edam-Volendamm": "jeugdlink-waterland"}']) {
      expect(() => loadSettings({ JEUGDLINK_TEAMS: wrong })).toThrow(/^configuration error: JEUGDLINK_TEAMS /);
    }
  });

  it('keeps each kind of record for its default term, unless RETENTION_YEARS says otherwise', () => {
    expect(loadSettings({}).retentionYears).toEqual({ jeugdhulp: 20, gi: 30, 'veilig-thuis': 20, raad: 100 });
    expect(loadSettings({ RETENTION_YEARS: '{"gi": 25}' }).retentionYears).toEqual({
      jeugdhulp: 20,
      gi: 25,
      'veilig-thuis': 20,
      raad: 100,
    });
    for (const wrong of ['[20]', '{"jeugdzorg": 20}', '{"gi": 0}', '{"gi": "30"}', '{"gi": 2.5}', 'gi=30']) {
      expect(() => loadSettings({ RETENTION_YEARS: wrong })).toThrow(/^configuration error: RETENTION_YEARS /);
    }
  });

  it('counts working days by the Algemene termijnenwet alone, unless extra non-working days are configured', () => {
    expect(loadSettings({}).calendar).toEqual({ extraNonWorkingDays: [] });
    expect(loadSettings({ EXTRA_NON_WORKING_DAYS: '2026-12-24, 2026-12-31' }).calendar).toEqual({
      extraNonWorkingDays: ['2026-12-24', '2026-12-31'],
    });
    for (const wrong of ['2026-02-30', '24-12-2026', '2026-12-24;2026-12-31', 'christmas eve']) {
      expect(() => loadSettings({ EXTRA_NON_WORKING_DAYS: wrong })).toThrow(/^configuration error: EXTRA_NON_WORKING_DAYS /);
    }
  });

  it('holds a placement reservation 48 hours unless configured otherwise', () => {
    expect(loadSettings({}).placementReservationHours).toBe(48);
    expect(loadSettings({ PLACEMENT_RESERVATION_HOURS: '72' }).placementReservationHours).toBe(72);
  });

  it('has the command line read as CASUS_USER, else as the OS user', () => {
    expect(loadSettings({}).cliUser).toBe(userInfo().username);
    expect(loadSettings({ CASUS_USER: 'inspector-1' }).cliUser).toBe('inspector-1');
  });

  it('runs the API with a worker beside it unless CASUS_PROCESS says api or worker, which run beside others on DATABASE_URL', () => {
    const external = { DATABASE_URL: 'postgres://casus@db/casus' };
    expect(loadSettings({}).process).toBe('all');
    expect(loadSettings({ ...external, CASUS_PROCESS: 'api' }).process).toBe('api');
    expect(loadSettings({ ...external, CASUS_PROCESS: 'worker' }).process).toBe('worker');
    expect(() => loadSettings({ CASUS_PROCESS: 'worker' })).toThrow(
      'configuration error: CASUS_PROCESS worker runs beside other Casus processes and needs their PostgreSQL in DATABASE_URL',
    );
  });

  it("lists every setting of the schema in the README's configuration table", () => {
    const schema = readFileSync(join(__dirname, 'environment.schema.ts'), 'utf8');
    const names = [...schema.matchAll(/^ {2}([A-Z][A-Z0-9_]+)\??:/gm)].map(([, name]) => name);
    const table = readFileSync(join(__dirname, '../../../README.md'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .join('\n');
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((name) => !table.includes(`\`${name}\``))).toEqual([]);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://db/casus' }, 'DATABASE_URL'],
    [{ EVENT_STORE: 'kafka' }, 'EVENT_STORE'],
    [{ EVENT_STORE: 'eventstoredb' }, 'EVENTSTORE_CONNECTION_STRING'],
    [{ OIDC_ISSUER_URL: 'https://login.ede.nl' }, 'OIDC_AUDIENCE'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ CASUS_PROCESS: 'projections' }, 'CASUS_PROCESS'],
    [{ CASUS_PROCESS: 'api' }, 'CASUS_PROCESS'],
    [{ TOKEN_MAX_LIFETIME_SECONDS: '0' }, 'TOKEN_MAX_LIFETIME_SECONDS'],
    [{ DATABASE_POOL_SIZE: '1' }, 'DATABASE_POOL_SIZE'],
    [{ PLACEMENT_RESERVATION_HOURS: 'two days' }, 'PLACEMENT_RESERVATION_HOURS'],
    [{ PLACEMENT_RESERVATION_HOURS: '0' }, 'PLACEMENT_RESERVATION_HOURS'],
  ])('stops start-up with one line naming the wrong setting: %o', (env, name) => {
    expect(() => loadSettings(env)).toThrow(ConfigurationError);
    try {
      loadSettings(env);
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(new RegExp(`^configuration error: ${name} `));
      expect(message).not.toContain('\n');
    }
  });
});
