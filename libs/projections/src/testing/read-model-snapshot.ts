import type { ProjectionTx } from '../runtime/projection';

/** Every read-model table, with the key its rows are ordered by. */
export const READ_MODEL_TABLES = [
  ['rm_case_overview', 'case_id'],
  ['rm_case_timeline', 'event_id'],
  ['rm_deadlines', 'deadline_id'],
  ['rm_placement_capacity', 'option_id'],
] as const;

export type ReadModelSnapshot = Record<(typeof READ_MODEL_TABLES)[number][0], unknown[]>;

/** Every read model's rows as JSON in key order: two snapshots are equal exactly when the read models are. */
export async function snapshotReadModels(db: ProjectionTx): Promise<ReadModelSnapshot> {
  const tables = await Promise.all(
    READ_MODEL_TABLES.map(
      async ([table, key]) =>
        [
          table,
          (await db.query<{ row: unknown }>(`SELECT to_jsonb(t) AS row FROM ${table} t ORDER BY ${key}`)).rows.map((r) => r.row),
        ] as const,
    ),
  );
  return Object.fromEntries(tables) as ReadModelSnapshot;
}
