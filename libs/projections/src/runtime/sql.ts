import { createHash } from 'node:crypto';
import type { ProjectionTx } from './projection';

/** A column of a multi-row write: its name and PostgreSQL type in `json_to_recordset`. */
export type Columns = Readonly<Record<string, string>>;

/**
 * One round trip for many rows: the rows travel as one JSON array and are upserted by key
 * (`insert`: plain INSERT, for a rebuild that writes each key once into a table without its keys yet).
 * Rows with the same key must be merged by the caller first (ON CONFLICT touches a row once).
 */
export async function upsertRows(
  tx: ProjectionTx,
  table: string,
  columns: Columns,
  key: readonly string[],
  rows: readonly object[],
  onConflict: 'update' | 'nothing' | 'insert' = 'update',
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const definition = names.map((name) => `${name} ${columns[name]}`).join(', ');
  const updates = names.filter((name) => !key.includes(name)).map((name) => `${name} = EXCLUDED.${name}`);
  const action = onConflict === 'nothing' || updates.length === 0 ? 'DO NOTHING' : `DO UPDATE SET ${updates.join(', ')}`;
  // json, not jsonb: the text is read once row by row, no binary tree of the whole array is built first.
  const text = `INSERT INTO ${table} (${names.join(', ')})
     SELECT ${names.join(', ')} FROM json_to_recordset($1::json) AS r(${definition})
     ${onConflict === 'insert' ? '' : `ON CONFLICT (${key.join(', ')}) ${action}`}`;
  // Named after its text, which each call site writes the same at every batch: parsed and planned once per connection.
  // Unqualified names still reach a rebuild's shadow tables: a statement is parsed again when the search_path changed.
  const name = `casus.upsert.${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
  await tx.query({ name, text }, [JSON.stringify(rows)]);
}

export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
