import { appRoleUrl, ensureAppRole, freePort, prepareDatabase, startEmbeddedPostgres } from '../../libs/database/src';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { TEMPLATE_DATABASE, testCluster } from './test-cluster';
import { scratch } from './scratch';
import { buildWebApp } from './web-app-build';

// One embedded PostgreSQL per test run; each test file clones the migrated template database.
export default async function globalSetup(): Promise<void> {
  scratch.open();
  // The browser tests open the built app (dist/web); built here once, and only when its sources changed.
  buildWebApp();
  const server = await startEmbeddedPostgres({
    dataDir: mkdtempSync(join(tmpdir(), 'casus-test-pg-')),
    port: await freePort(),
    persistent: false,
    // A throw-away cluster: durability costs time and proves nothing here.
    settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
  });
  const admin = new Client({ connectionString: server.url('postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  // The suite runs Casus as the application's role, as the embedded default does: every test proves it is enough.
  await ensureAppRole(server.url('postgres'));
  await prepareDatabase(server.url(TEMPLATE_DATABASE), appRoleUrl(server.url(TEMPLATE_DATABASE)));
  testCluster.publish(server);
}
