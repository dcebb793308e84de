import type { PoolClient } from 'pg';

/** What makes a shadow table whole again after its load: key constraints, then the other indexes. */
export interface ShadowTable {
  readonly table: string;
  readonly keys: readonly string[];
  readonly indexes: readonly string[];
}

/**
 * Empty copies of the live tables in `schema`, without their indexes: rows go in faster without
 * them, and a sorted index build after the load beats keeping them up row by row. The definitions
 * (names and storage parameters included) come from the live tables, so the swapped-in tables keep the migrations'.
 */
export async function createShadowTables(client: PoolClient, schema: string, tables: readonly string[]): Promise<ShadowTable[]> {
  const shadows: ShadowTable[] = [];
  for (const table of tables) {
    await client.query(`CREATE TABLE ${schema}.${table} (LIKE public.${table} INCLUDING ALL EXCLUDING INDEXES)`);
    // LIKE leaves storage parameters behind (a fillfactor that leaves room for updates): carry them over.
    const {
      rows: [{ parameters }],
    } = await client.query<{ parameters: string | null }>(
      `SELECT array_to_string(reloptions, ', ') AS parameters FROM pg_class WHERE oid = $1::regclass`,
      [`public.${table}`],
    );
    if (parameters) await client.query(`ALTER TABLE ${schema}.${table} SET (${parameters})`);
    const { rows: constraints } = await client.query<{ name: string; definition: string }>(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
        WHERE conrelid = $1::regclass AND contype IN ('p', 'u', 'x') ORDER BY contype, conname`,
      [`public.${table}`],
    );
    const { rows: indexes } = await client.query<{ definition: string }>(
      `SELECT pg_get_indexdef(x.indexrelid) AS definition FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
        WHERE x.indrelid = $1::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
        ORDER BY i.relname`,
      [`public.${table}`],
    );
    shadows.push({
      table,
      keys: constraints.map((c) => `ALTER TABLE ${schema}.${table} ADD CONSTRAINT "${c.name}" ${c.definition}`),
      indexes: indexes.map((i) => onSchema(i.definition, table, schema)),
    });
  }
  return shadows;
}

export async function addKeys(client: PoolClient, shadow: ShadowTable): Promise<void> {
  for (const statement of shadow.keys) await client.query(statement);
}

export async function addIndexes(client: PoolClient, shadow: ShadowTable): Promise<void> {
  for (const statement of shadow.indexes) await client.query(statement);
}

function onSchema(definition: string, table: string, schema: string): string {
  const live = ` ON public.${table} `;
  if (!definition.includes(live)) throw new Error(`cannot move index to ${schema}: ${definition}`);
  return definition.replace(live, ` ON ${schema}.${table} `);
}
