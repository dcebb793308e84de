import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signed anchors of the log's head, written by the notary (libs/audit/src/notary). Part of the
 * record: Casus's role may insert and read them, never change them. `body` is what is signed (see
 * anchor.ts); the index finds the newest anchor that names a given stream.
 */
export class Anchors1764000013300 implements MigrationInterface {
  name = 'Anchors1764000013300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE anchors (
        seq bigint PRIMARY KEY,
        body jsonb NOT NULL,
        digest text NOT NULL,
        key_id text NOT NULL,
        signature text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX anchors_changed_idx ON anchors USING gin ((body -> 'changed'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE anchors');
  }
}
