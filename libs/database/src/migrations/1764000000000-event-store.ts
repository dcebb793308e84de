import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event log. `transaction_id` makes the global log safe to read while appends commit out of
 * order: readers only take rows from transactions older than every running one and order by
 * (transaction_id, global_position). The append function checks the expected revision, keeps
 * retries idempotent on event id and extends the hash chain, all in one round trip.
 * It returns one row per event written; the last one is the result.
 */
export class EventStore1764000000000 implements MigrationInterface {
  name = 'EventStore1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE events (
        global_position bigint GENERATED ALWAYS AS IDENTITY,
        transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        stream_id text NOT NULL,
        stream_revision bigint NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        data jsonb NOT NULL,
        metadata jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        previous_hash text NOT NULL,
        hash text NOT NULL,
        PRIMARY KEY (transaction_id, global_position),
        CONSTRAINT events_stream_revision_key UNIQUE (stream_id, stream_revision),
        CONSTRAINT events_event_id_key UNIQUE (event_id)
      )`);
    // A concurrent append that read the same head loses on events_stream_revision_key (23505):
    // the adapter then calls again and gets the conflict, the idempotent replay or, for "any", the next revision.
    await db.query(`
      CREATE FUNCTION append_to_stream(
        p_stream text, p_expected bigint,
        p_ids uuid[], p_types text[], p_data jsonb, p_metadata jsonb, p_content_hashes text[]
      ) RETURNS TABLE (next_revision bigint, commit_position xid8, prepare_position bigint, last_hash text)
      LANGUAGE plpgsql AS $fn$
      -- p_expected: >= 0 exact revision, -1 no stream, -2 any, -3 stream exists.
      -- p_data and p_metadata are JSON arrays, one element per event.
      DECLARE
        v_revision bigint := -1;
        v_hash text := repeat('0', 64);
        v_hashes text[];
        v_in_stream bigint;
        v_anywhere bigint;
      BEGIN
        SELECT count(*) FILTER (WHERE e.stream_id = p_stream), count(*) INTO v_in_stream, v_anywhere
          FROM events e WHERE e.event_id = ANY (p_ids);
        IF v_anywhere > 0 THEN
          IF v_in_stream <> cardinality(p_ids) OR v_anywhere <> v_in_stream THEN
            RAISE EXCEPTION USING ERRCODE = 'CAS02', MESSAGE = 'duplicate event id';
          END IF;
          RETURN QUERY SELECT e.stream_revision, e.transaction_id, e.global_position, e.hash FROM events e
            WHERE e.event_id = ANY (p_ids) ORDER BY e.stream_revision DESC LIMIT 1;
          RETURN;
        END IF;

        SELECT e.stream_revision, e.hash INTO v_revision, v_hash FROM events e
          WHERE e.stream_id = p_stream ORDER BY e.stream_revision DESC LIMIT 1;
        IF NOT FOUND THEN
          v_revision := -1;
          v_hash := repeat('0', 64);
        END IF;
        IF (p_expected = -1 AND v_revision <> -1) OR (p_expected = -3 AND v_revision = -1)
           OR (p_expected >= 0 AND p_expected <> v_revision) THEN
          RAISE EXCEPTION USING ERRCODE = 'CAS01', MESSAGE = v_revision::text;
        END IF;

        v_hashes := ARRAY[v_hash];
        FOR i IN 1 .. cardinality(p_ids) LOOP
          v_hash := encode(sha256(convert_to(v_hash || ':' || (v_revision + i) || ':' || p_content_hashes[i], 'UTF8')), 'hex');
          v_hashes := array_append(v_hashes, v_hash);
        END LOOP;
        RETURN QUERY
          INSERT INTO events (stream_id, stream_revision, event_id, event_type, data, metadata, previous_hash, hash)
          SELECT p_stream, v_revision + i, p_ids[i], p_types[i], p_data -> (i - 1), p_metadata -> (i - 1), v_hashes[i], v_hashes[i + 1]
            FROM generate_series(1, cardinality(p_ids)) AS i
            ORDER BY i
          RETURNING stream_revision, transaction_id, global_position, hash;
      END
      $fn$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP FUNCTION append_to_stream');
    await db.query('DROP TABLE events');
  }
}
