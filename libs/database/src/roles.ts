import { Client } from 'pg';
import { migrate } from './data-source';

/**
 * Casus runs as a role that can add to the record but not change it; migrations run as the owner.
 * The record: the tables below take INSERT and SELECT only from the application's role, so no
 * UPDATE, DELETE or TRUNCATE; not owning them, it cannot disable their triggers either, and as no
 * superuser it cannot set session_replication_role. Everything else (read models, checkpoints,
 * saga state, person keys) it may change; the read models it owns, because a rebuild replaces them.
 */
export const RECORD_TABLES = ['events', 'access_log', 'anchors'] as const;
/** Read, never written by the application: who may read it is no secret, and the owner writes it. */
const READ_ONLY_TABLES = ['schema_migrations', 'access_log_head'];
const REBUILT_TABLES = /^rm_/;

export type AppRole = Readonly<{ user: string; password: string }>;

/** The role the embedded default creates beside its owner. */
export const EMBEDDED_APP_ROLE: AppRole = { user: 'casus_app', password: 'casus_app' };

/** The owner's URL with the application's role and password in it. */
export function appRoleUrl(ownerUrl: string, role: AppRole = EMBEDDED_APP_ROLE): string {
  const url = new URL(ownerUrl);
  url.username = encodeURIComponent(role.user);
  url.password = encodeURIComponent(role.password);
  return url.toString();
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function connectedAs<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the role when it is missing and takes any power beyond logging in from it. Roles are per server. */
export async function ensureAppRole(ownerUrl: string, role: AppRole = EMBEDDED_APP_ROLE): Promise<void> {
  await connectedAs(ownerUrl, async (owner) => {
    const { rowCount } = await owner.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role.user]);
    // Two processes may start at once: the loser of CREATE ROLE finds it made (42710) and goes on.
    if (!rowCount)
      await owner.query(`CREATE ROLE ${quoted(role.user)}`).catch((error: { code?: string }) => {
        if (error.code !== '42710') throw error;
      });
    const password = (await owner.query<{ p: string }>('SELECT quote_literal($1) AS p', [role.password])).rows[0].p;
    await owner.query(
      `ALTER ROLE ${quoted(role.user)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${password}`,
    );
  });
}

/**
 * Gives the application's role what it needs in the owner's database, after the migrations (run it
 * after every migration: new tables get their grants). The record tables are revoked first, so a
 * grant given by hand earlier does not survive.
 */
export async function grantAppRole(ownerUrl: string, roleName: string): Promise<void> {
  await connectedAs(ownerUrl, async (owner) => {
    const role = quoted(roleName);
    const { rows } = await owner.query<{ name: string; owned: boolean }>(
      `SELECT c.relname AS name, pg_get_userbyid(c.relowner) = $1 AS owned FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')`,
      [roleName],
    );
    await owner.query(
      `GRANT CONNECT, TEMPORARY, CREATE ON DATABASE ${quoted((await owner.query('SELECT current_database() AS d')).rows[0].d)} TO ${role}`,
    );
    await owner.query(`GRANT USAGE, CREATE ON SCHEMA public TO ${role}`);
    await owner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    for (const { name, owned } of rows) {
      const table = `public.${quoted(name)}`;
      if ((RECORD_TABLES as readonly string[]).includes(name)) {
        await owner.query(`REVOKE ALL ON ${table} FROM ${role}, PUBLIC`);
        await owner.query(`GRANT SELECT, INSERT ON ${table} TO ${role}`);
      } else if (READ_ONLY_TABLES.includes(name)) {
        await owner.query(`REVOKE ALL ON ${table} FROM ${role}`);
        await owner.query(`GRANT SELECT ON ${table} TO ${role}`);
      } else if (REBUILT_TABLES.test(name)) {
        if (!owned) await owner.query(`ALTER TABLE ${table} OWNER TO ${role}`);
      } else {
        await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO ${role}`);
      }
    }
  });
}

/**
 * Brings the schema up to date as its owner, then grants the application's role (the user of
 * `appUrl`) what it needs. When both URLs name one user there is no second role to grant.
 */
export async function prepareDatabase(ownerUrl: string, appUrl: string): Promise<string[]> {
  const ran = await migrate(ownerUrl);
  const app = decodeURIComponent(new URL(appUrl).username);
  if (app !== decodeURIComponent(new URL(ownerUrl).username)) await grantAppRole(ownerUrl, app);
  return ran;
}

/**
 * What the role of `url` could do to the record that Casus's own role cannot: be a superuser, own a
 * record table (and so switch its triggers off), or change or remove its rows. Empty for a role set
 * up by `grantAppRole`; a single-role deployment gets its start-up warning from this.
 */
export async function recordPowersOf(url: string): Promise<string[]> {
  return connectedAs(url, async (client) => {
    const { rows } = await client.query<{ power: string }>(
      `SELECT 'is a superuser' AS power FROM pg_roles WHERE rolname = current_user AND rolsuper
       UNION ALL
       SELECT 'owns ' || c.relname FROM pg_class c
         WHERE c.relnamespace = 'public'::regnamespace AND c.relname = ANY ($1) AND pg_has_role(current_user, c.relowner, 'USAGE')
       UNION ALL
       SELECT 'may ' || p || ' ' || t FROM unnest($1::text[]) AS t, unnest(ARRAY['UPDATE', 'DELETE', 'TRUNCATE']) AS p
         WHERE to_regclass('public.' || t) IS NOT NULL AND has_table_privilege(current_user, 'public.' || t, p)`,
      [RECORD_TABLES],
    );
    return rows.map((row) => row.power);
  });
}
