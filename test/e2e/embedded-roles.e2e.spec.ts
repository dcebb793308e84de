import { statSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { databaseUrl } from '../../libs/database/src/database-url';
import { startEmbeddedApi } from './support/embedded-api';

/** `npm start` with nothing configured: the embedded PostgreSQL's owner migrates, Casus itself runs as a role that cannot rewrite the record. */
describe('the embedded default sets up its roles by itself', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'casus-embedded-roles-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('runs the API as casus_app, no superuser, over the Unix socket in its data folder, with the notary key in the data folder only its owner reads', async () => {
    const api = await startEmbeddedApi(dataDir);
    const owner = new Client({
      connectionString: databaseUrl({ user: 'casus', password: 'casus', port: Number(api.env.EMBEDDED_POSTGRES_PORT), database: 'casus' }),
    });
    try {
      await owner.connect();
      // client_addr is null for a Unix socket's connection; the owner's own, over TCP, is left out.
      const { rows } = await owner.query<{ usename: string; super: boolean; socket: boolean }>(
        `SELECT DISTINCT a.usename, r.rolsuper AS super, a.client_addr IS NULL AS socket FROM pg_stat_activity a JOIN pg_roles r ON r.rolname = a.usename
          WHERE a.datname = 'casus' AND a.pid <> pg_backend_pid()`,
      );
      expect(rows).toEqual([{ usename: 'casus_app', super: false, socket: true }]);
      const { rows: grants } = await owner.query<{ privilege_type: string }>(
        `SELECT privilege_type FROM information_schema.role_table_grants WHERE grantee = 'casus_app' AND table_name = 'events' ORDER BY privilege_type`,
      );
      expect(grants.map((grant) => grant.privilege_type)).toEqual(['INSERT', 'SELECT']);
      expect(statSync(join(dataDir, 'notary-key.pem')).mode & 0o777).toBe(0o600);
    } finally {
      await owner.end().catch(() => undefined);
      api.child.kill('SIGTERM');
      expect(await api.exited).toEqual({ code: 0, signal: null });
    }
  }, 90_000);
});
