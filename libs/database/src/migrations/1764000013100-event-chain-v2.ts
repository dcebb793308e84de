import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Chain version 2 (libs/event-store/src/hash-chain.ts): the content hash also covers the event id,
 * the stream and the recorded time. The writer fixes that time, so it hashes what is stored; the
 * column loses its default. Rows written before keep version 1 and their links stay verifiable.
 * The append function takes the time as a parameter; otherwise it is the one of EventStore1764000000000.
 */
export class EventChainV21764000013100 implements MigrationInterface {
  name = 'EventChainV21764000013100';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE events ADD COLUMN chain_version smallint NOT NULL DEFAULT 1');
    await db.query('ALTER TABLE events ALTER COLUMN chain_version SET DEFAULT 2, ALTER COLUMN recorded_at DROP DEFAULT');
    await db.query('DROP FUNCTION append_to_stream(text, bigint, uuid[], text[], jsonb, jsonb, text[])');
    await db.query(`
      CREATE FUNCTION append_to_stream(
        p_stream text, p_expected bigint,
        p_ids uuid[], p_types text[], p_data jsonb, p_metadata jsonb, p_content_hashes text[], p_recorded_at timestamptz
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
          INSERT INTO events (stream_id, stream_revision, event_id, event_type, data, metadata, recorded_at, chain_version, previous_hash, hash)
          SELECT p_stream, v_revision + i, p_ids[i], p_types[i], p_data -> (i - 1), p_metadata -> (i - 1), p_recorded_at, 2, v_hashes[i], v_hashes[i + 1]
            FROM generate_series(1, cardinality(p_ids)) AS i
            ORDER BY i
          RETURNING stream_revision, transaction_id, global_position, hash;
      END
      $fn$`);
  }

  async down(): Promise<void> {
    throw new Error('chain version 2 cannot be undone: rows written with it would no longer verify');
  }
}
