import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One key per person whose personal data the events hold (crypto-shredding, libs/privacy). Kept
 * apart from the events: erasing a person sets the key to NULL, so their data in the log can no
 * longer be read while every event, and so every hash of the chain, stays as it was.
 * `stream_id` is the case the person first appeared in; the erasure's reason event goes there.
 */
export class PersonKeys1764000000700 implements MigrationInterface {
  name = 'PersonKeys1764000000700';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE person_keys (
        person_id uuid PRIMARY KEY,
        key bytea NULL,
        stream_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        erased_at timestamptz NULL,
        erased_by text NULL,
        erasure_reason text NULL,
        CONSTRAINT person_keys_erased_has_no_key CHECK (erased_at IS NULL OR key IS NULL)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE person_keys');
  }
}
