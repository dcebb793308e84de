import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who looked at which case's data, when, from where and on what ground (NEN 7513:2018).
 * Append-only: a trigger refuses UPDATE and DELETE row by row, and TRUNCATE as a statement, so
 * not even the application's own database user edits the log. Kept at least 5 years
 * (Besluit elektronische gegevensverwerking door zorgaanbieders).
 */
export class AccessLog1764000000600 implements MigrationInterface {
  name = 'AccessLog1764000000600';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE access_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        user_id text NOT NULL,
        user_name text,
        role text NOT NULL,
        organisation text NOT NULL,
        team text,
        on_behalf_of text,
        case_id uuid,
        action text NOT NULL,
        data_accessed text NOT NULL,
        ground text NOT NULL,
        emergency_override boolean NOT NULL DEFAULT false,
        ip text,
        correlation_id text
      )`);
    await db.query('CREATE INDEX access_log_case_idx ON access_log (case_id, occurred_at)');
    await db.query('CREATE INDEX access_log_user_idx ON access_log (user_id, occurred_at)');
    await db.query(`
      CREATE FUNCTION access_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        RAISE EXCEPTION USING ERRCODE = 'CAS10', MESSAGE = 'the access log is append-only: ' || TG_OP || ' is refused';
      END
      $fn$`);
    await db.query(`
      CREATE TRIGGER access_log_no_update_or_delete BEFORE UPDATE OR DELETE ON access_log
        FOR EACH ROW EXECUTE FUNCTION access_log_is_append_only()`);
    await db.query(`
      CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
        FOR EACH STATEMENT EXECUTE FUNCTION access_log_is_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE access_log');
    await db.query('DROP FUNCTION access_log_is_append_only');
  }
}
