import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The access log chains as before (AccessLogChain1764000013200, same formula), but its head row is written once per
 * INSERT instead of once per line (issue 19). Updating one row a hundred times in one transaction leaves a hundred
 * versions of it that every next update walks through: a group commit of 115 lines spent most of its 25 ms there.
 *
 * Now an INSERT first locks the head row (so inserts still chain in commit order), each line chains onto the last line
 * this statement wrote or, for its first, onto the head, and the head moves to the last line when the statement ends.
 * A line chains onto a line of the table only if that line lies beyond the head: lines removed from the end stay a gap
 * the verification reports, also once new lines follow them.
 */
export class AccessLogHeadPerStatement1764000019200 implements MigrationInterface {
  name = 'AccessLogHeadPerStatement1764000019200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION access_log_lock_head() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $fn$
      BEGIN
        PERFORM 1 FROM access_log_head FOR UPDATE;
        RETURN NULL;
      END
      $fn$`);
    await db.query(`
      CREATE OR REPLACE FUNCTION access_log_chain_line() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $fn$
      DECLARE
        v_seq bigint;
        v_hash text;
        v_head_seq bigint;
        v_head_hash text;
      BEGIN
        IF NEW.chain_seq IS NOT NULL OR NEW.previous_hash IS NOT NULL OR NEW.hash IS NOT NULL THEN
          RAISE EXCEPTION USING ERRCODE = 'CAS11',
            MESSAGE = 'the access log chains its lines itself: an INSERT may not set chain_seq, previous_hash or hash';
        END IF;
        NEW.occurred_at := clock_timestamp();
        SELECT seq, hash INTO v_head_seq, v_head_hash FROM access_log_head;
        -- The lines this statement wrote before this one are visible here, and only they lie beyond the head.
        SELECT chain_seq, hash INTO v_seq, v_hash FROM access_log ORDER BY chain_seq DESC LIMIT 1;
        IF v_seq IS NULL OR v_seq <= v_head_seq THEN
          v_seq := v_head_seq;
          v_hash := v_head_hash;
        END IF;
        NEW.chain_seq := v_seq + 1;
        NEW.previous_hash := v_hash;
        NEW.hash := access_log_line_hash(v_hash, v_seq + 1, NEW);
        RETURN NEW;
      END
      $fn$`);
    await db.query(`
      CREATE FUNCTION access_log_move_head() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $fn$
      BEGIN
        UPDATE access_log_head h SET seq = l.chain_seq, previous_hash = l.previous_hash, hash = l.hash
          FROM (SELECT chain_seq, previous_hash, hash FROM access_log ORDER BY chain_seq DESC LIMIT 1) l
          WHERE l.chain_seq > h.seq;
        RETURN NULL;
      END
      $fn$`);
    await db.query(`
      CREATE TRIGGER access_log_lock_head BEFORE INSERT ON access_log
        FOR EACH STATEMENT EXECUTE FUNCTION access_log_lock_head()`);
    await db.query(`
      CREATE TRIGGER access_log_move_head AFTER INSERT ON access_log
        FOR EACH STATEMENT EXECUTE FUNCTION access_log_move_head()`);
  }

  async down(): Promise<void> {
    throw new Error('the access log chain cannot be undone: lines are verified by it');
  }
}
