import { ConfigurationError, loadSettings } from './settings';

describe('configuration', () => {
  it('starts on the embedded default with nothing set', () => {
    const settings = loadSettings({}, '/srv/casus');
    expect(settings).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      embeddedPostgresPort: 54329,
      dataDir: '/srv/casus/.casus-data',
      eventStore: { kind: 'postgres' },
      auth: { kind: 'dev', keyDir: '/srv/casus/.casus-data/dev-keys', maxLifetimeSeconds: 43_200 },
      logLevel: 'info',
    });
  });

  it('switches to OIDC tokens when an issuer is set', () => {
    const settings = loadSettings({ OIDC_ISSUER_URL: 'https://login.ede.nl/realms/casus', OIDC_AUDIENCE: 'casus-api' });
    expect(settings.auth).toEqual({
      kind: 'oidc',
      issuer: 'https://login.ede.nl/realms/casus',
      audience: 'casus-api',
      jwksUrl: undefined,
      clockToleranceSeconds: 30,
      maxLifetimeSeconds: 43_200,
      claims: { role: 'role', team: 'team', organisation: 'organisation', name: 'name' },
    });
  });

  it('reads claim paths for providers that put roles elsewhere', () => {
    const settings = loadSettings({ OIDC_ISSUER_URL: 'https://login.ede.nl', OIDC_AUDIENCE: 'casus', OIDC_ROLE_CLAIM: 'realm_access.roles' });
    expect(settings.auth).toMatchObject({ claims: { role: 'realm_access.roles' } });
    expect(() => loadSettings({ OIDC_ROLE_CLAIM: 'roles[0]' })).toThrow(/^configuration error: OIDC_ROLE_CLAIM /);
  });

  it('reads the regional Jeugdlink team per municipality', () => {
    expect(loadSettings({}).jeugdlinkTeams).toEqual({});
    expect(loadSettings({ JEUGDLINK_TEAMS: '{"Ede": "jeugdlink-foodvalley"}' }).jeugdlinkTeams).toEqual({ Ede: 'jeugdlink-foodvalley' });
    for (const wrong of ['["Ede"]', '{"Ede": 3}', '{"Ede": " "}', 'Ede=jeugdlink']) {
      expect(() => loadSettings({ JEUGDLINK_TEAMS: wrong })).toThrow(/^configuration error: JEUGDLINK_TEAMS /);
    }
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://db/casus' }, 'DATABASE_URL'],
    [{ EVENT_STORE: 'kafka' }, 'EVENT_STORE'],
    [{ EVENT_STORE: 'eventstoredb' }, 'EVENTSTORE_CONNECTION_STRING'],
    [{ OIDC_ISSUER_URL: 'https://login.ede.nl' }, 'OIDC_AUDIENCE'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ TOKEN_MAX_LIFETIME_SECONDS: '0' }, 'TOKEN_MAX_LIFETIME_SECONDS'],
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
