import { chainHash, contentHash, type JsonObject } from '@casus/event-store';
import type { Pool } from 'pg';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from '../../../libs/event-store/src/postgres/rows';

/**
 * What someone holding the database as its owner can do and a chain walk cannot see: change an
 * event's data and compute every link after it anew, so the stream's own chain is intact again.
 */
export async function editAndRechain(
  owner: Pool,
  streamId: string,
  revision: number,
  data: (old: JsonObject) => JsonObject,
): Promise<void> {
  const { rows } = await owner.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 ORDER BY stream_revision`, [
    streamId,
  ]);
  const events = rows.map(toRecordedEvent);
  let previous = events[revision].previousHash;
  for (const event of events.slice(revision)) {
    const changed = event.revision === revision ? { ...event, data: data(event.data) } : event;
    const hash = chainHash(previous, event.revision, contentHash(changed));
    await owner.query('UPDATE events SET data = $3, previous_hash = $4, hash = $5 WHERE stream_id = $1 AND stream_revision = $2', [
      streamId,
      event.revision,
      changed.data,
      previous,
      hash,
    ]);
    previous = hash;
  }
}

/** The access log as its owner can rewrite it: the append-only trigger switched off, one line changed, the chain computed anew. */
export async function rewriteAccessLogLine(owner: Pool, seq: number, ground: string): Promise<void> {
  await owner.query('BEGIN');
  await owner.query('ALTER TABLE access_log DISABLE TRIGGER access_log_no_update_or_delete');
  await owner.query('UPDATE access_log SET ground = $2 WHERE chain_seq = $1', [seq, ground]);
  await owner.query(`
    DO $rechain$
    DECLARE l access_log; v_previous text;
    BEGIN
      SELECT previous_hash INTO v_previous FROM access_log WHERE chain_seq = ${Number(seq)};
      FOR l IN SELECT * FROM access_log WHERE chain_seq >= ${Number(seq)} ORDER BY chain_seq LOOP
        UPDATE access_log SET previous_hash = v_previous, hash = access_log_line_hash(v_previous, l.chain_seq, l) WHERE chain_seq = l.chain_seq
          RETURNING hash INTO v_previous;
      END LOOP;
      UPDATE access_log_head SET hash = v_previous;
    END
    $rechain$`);
  await owner.query('ALTER TABLE access_log ENABLE TRIGGER access_log_no_update_or_delete');
  await owner.query('COMMIT');
}
