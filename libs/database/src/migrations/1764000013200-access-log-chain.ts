import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Chains the access log inside the database, where the application's role cannot go around it:
 * a trigger gives every new line the next number, the previous line's hash and its own, and sets
 * its time. The head row serialises the chain: each insert locks it until its transaction commits,
 * so lines chain in commit order. The trigger function runs as the owner (SECURITY DEFINER); the
 * application's role holds no privilege on the head row. The line hash is the formula that
 * libs/audit/src/access-log-chain.ts recomputes: sha256 hex of the previous hash, "|", and each
 * field as `<byte length>:<text>` (NULL as `-`) joined by "|". Lines from before are chained here,
 * in id order.
 */
export class AccessLogChain1764000013200 implements MigrationInterface {
  name = 'AccessLogChain1764000013200';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE access_log ADD COLUMN chain_seq bigint, ADD COLUMN previous_hash text, ADD COLUMN hash text');
    await db.query(`
      CREATE TABLE access_log_head (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        seq bigint NOT NULL,
        previous_hash text NOT NULL,
        hash text NOT NULL
      )`);
    await db.query(`INSERT INTO access_log_head (seq, previous_hash, hash) VALUES (0, repeat('0', 64), repeat('0', 64))`);
    await db.query(`
      CREATE FUNCTION access_log_line_hash(p_previous text, p_seq bigint, l access_log) RETURNS text
      LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $fn$
        SELECT encode(sha256(convert_to(p_previous || '|' || array_to_string(ARRAY(
          SELECT coalesce(octet_length(f)::text || ':' || f, '-') FROM unnest(ARRAY[
            p_seq::text,
            to_char(l.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
            l.user_id, l.user_name, l.role, l.organisation, l.team, l.on_behalf_of, l.case_id::text,
            l.action, l.data_accessed, l.ground, l.emergency_override::text, l.ip, l.correlation_id
          ]) WITH ORDINALITY AS t(f, n) ORDER BY n), '|'), 'UTF8')), 'hex')
      $fn$`);
    await db.query(`
      CREATE FUNCTION access_log_chain_line() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $fn$
      BEGIN
        IF NEW.chain_seq IS NOT NULL OR NEW.previous_hash IS NOT NULL OR NEW.hash IS NOT NULL THEN
          RAISE EXCEPTION USING ERRCODE = 'CAS11',
            MESSAGE = 'the access log chains its lines itself: an INSERT may not set chain_seq, previous_hash or hash';
        END IF;
        NEW.occurred_at := clock_timestamp();
        UPDATE access_log_head SET seq = seq + 1, previous_hash = hash, hash = access_log_line_hash(hash, seq + 1, NEW)
          RETURNING seq, previous_hash, hash INTO NEW.chain_seq, NEW.previous_hash, NEW.hash;
        RETURN NEW;
      END
      $fn$`);
    // The append-only trigger refuses these UPDATEs: it steps aside for the one-time chaining of old lines.
    await db.query('ALTER TABLE access_log DISABLE TRIGGER access_log_no_update_or_delete');
    await db.query(`
      DO $chain$
      DECLARE
        l access_log;
        v_seq bigint;
        v_previous text;
        v_hash text;
      BEGIN
        FOR l IN SELECT * FROM access_log ORDER BY id LOOP
          UPDATE access_log_head SET seq = seq + 1, previous_hash = hash, hash = access_log_line_hash(hash, seq + 1, l)
            RETURNING seq, previous_hash, hash INTO v_seq, v_previous, v_hash;
          UPDATE access_log SET chain_seq = v_seq, previous_hash = v_previous, hash = v_hash WHERE id = l.id;
        END LOOP;
      END
      $chain$`);
    await db.query('ALTER TABLE access_log ENABLE TRIGGER access_log_no_update_or_delete');
    await db.query(
      'ALTER TABLE access_log ALTER COLUMN chain_seq SET NOT NULL, ALTER COLUMN previous_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL',
    );
    await db.query('CREATE UNIQUE INDEX access_log_chain_seq_idx ON access_log (chain_seq)');
    await db.query(`
      CREATE TRIGGER access_log_chain BEFORE INSERT ON access_log
        FOR EACH ROW EXECUTE FUNCTION access_log_chain_line()`);
  }

  async down(): Promise<void> {
    throw new Error('the access log chain cannot be undone: lines are verified by it');
  }
}
