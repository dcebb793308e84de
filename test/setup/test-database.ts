import { setTimeout as sleep } from 'node:timers/promises';
import { withDatabase } from '../../libs/database/src/database-url';
import { EMBEDDED_APP_ROLE, appRoleUrl, grantAppRole } from '../../libs/database/src/roles';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { TEMPLATE_DATABASE, testCluster } from './test-cluster';

export interface TestDatabase {
  readonly url: string;
  /** The owner of the schema (migrations), for tests that tamper as someone holding the database would. */
  readonly ownerUrl: string;
  drop(): Promise<void>;
}

async function asAdmin<T>(work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: testCluster.maintenanceUrl() });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/**
 * A fresh, migrated database for one test file, cloned from the template in milliseconds. `url` is
 * the application's role, as Casus runs; a clone keeps the template's table grants but not those
 * on the database itself, so they are given again.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `t_${randomUUID().replaceAll('-', '')}`;
  await asAdmin((admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`));
  const ownerUrl = withDatabase(testCluster.maintenanceUrl(), name);
  await grantAppRole(ownerUrl, EMBEDDED_APP_ROLE.user);
  return {
    url: appRoleUrl(ownerUrl),
    ownerUrl,
    drop: () => asAdmin((admin) => dropWhenLeft(admin, name)),
  };
}

/**
 * A pool's end() resolves before its sessions have closed: terminating them (WITH (FORCE)) at once
 * would hand a closing client an error that a pool without an 'error' listener throws. So wait a
 * moment for the file's sessions to leave, and force only what is still there after that.
 */
async function dropWhenLeft(admin: Client, name: string): Promise<void> {
  for (let tries = 0; tries < 100; tries += 1) {
    const { rows } = await admin.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
    if (rows[0].n === 0) break;
    await sleep(20);
  }
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
