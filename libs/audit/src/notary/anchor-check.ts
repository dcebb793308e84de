import type { KeyObject } from 'node:crypto';
import type { SqlClient } from '../event-pages';
import { anchorProblem, type Heads, type StreamHead } from './anchor';
import { anchorStore } from './anchor-store';

/** A stream (or the access log) that no longer holds what an anchor saw. */
export type AnchorFinding = Readonly<{ streamId: string; anchoredRevision: number; anchoredHash: string; problem: string }>;

const truncated = (streamId: string, head: StreamHead, last: number | null): AnchorFinding => ({
  streamId,
  anchoredRevision: head.revision,
  anchoredHash: head.hash,
  problem: `${streamId} ends at revision ${last ?? -1}, but an anchor saw revision ${head.revision}: events were removed from its end`,
});
const rewritten = (streamId: string, head: StreamHead): AnchorFinding => ({
  streamId,
  anchoredRevision: head.revision,
  anchoredHash: head.hash,
  problem: `${streamId} at revision ${head.revision} is not the event an anchor saw: the stream was rewritten and chained anew`,
});

/** One stream's events (revision order, from 0) against the head an anchor saw. */
export function checkStreamAgainstHead(
  streamId: string,
  head: StreamHead,
  events: readonly { revision: number; hash: string }[],
): AnchorFinding | null {
  const event = events[head.revision];
  if (event?.revision !== head.revision) return truncated(streamId, head, events.at(-1)?.revision ?? null);
  return event.hash === head.hash ? null : rewritten(streamId, head);
}

export type AnchoredHead = Readonly<{ anchor: number; at: string; head: StreamHead }> | Readonly<{ anchor: number; problem: string }>;

/** The head the newest anchor naming this stream saw, once that anchor verifies with the notary's key. */
export async function anchoredHeadOf(db: SqlClient, streamId: string, publicKey: KeyObject): Promise<AnchoredHead | null> {
  const anchor = await anchorStore.latestNaming(db, streamId);
  if (!anchor) return null;
  const problem = anchorProblem(anchor, publicKey);
  const entry = anchor.body.changed.find(([stream]) => stream === streamId);
  if (problem || !entry) return { anchor: anchor.body.seq, problem: problem ?? `anchor ${anchor.body.seq} does not name ${streamId}` };
  return { anchor: anchor.body.seq, at: anchor.body.at, head: { revision: entry[1], hash: entry[2] } };
}

const CHUNK = 5_000;

/** Every anchored stream head against the events table, a chunk of streams per query. */
export async function checkEventsAgainstHeads(db: SqlClient, heads: Heads): Promise<AnchorFinding[]> {
  const findings: AnchorFinding[] = [];
  const entries = [...heads.entries()];
  for (let from = 0; from < entries.length; from += CHUNK) {
    const chunk = entries.slice(from, from + CHUNK);
    const { rows } = await db.query<{ stream_id: string; found: string | null; last: number | null }>(
      `SELECT a.stream_id, e.hash AS found, (SELECT max(x.stream_revision)::int FROM events x WHERE x.stream_id = a.stream_id) AS last
         FROM unnest($1::text[], $2::bigint[], $3::text[]) AS a(stream_id, revision, hash)
         LEFT JOIN events e ON e.stream_id = a.stream_id AND e.stream_revision = a.revision
        WHERE e.hash IS DISTINCT FROM a.hash
        ORDER BY a.stream_id`,
      [chunk.map(([stream]) => stream), chunk.map(([, head]) => head.revision), chunk.map(([, head]) => head.hash)],
    );
    for (const row of rows) {
      const head = heads.get(row.stream_id)!;
      findings.push(row.found === null ? truncated(row.stream_id, head, row.last) : rewritten(row.stream_id, head));
    }
  }
  return findings;
}

/** The access log's line at the anchored number must still be the one the anchor saw. */
export async function checkAccessLogAgainstAnchor(db: SqlClient, anchored: { seq: string; hash: string }): Promise<string | null> {
  if (anchored.seq === '0') return null;
  const { rows } = await db.query<{ hash: string }>('SELECT hash FROM access_log WHERE chain_seq = $1', [anchored.seq]);
  if (rows.length === 0) return `line ${anchored.seq}, which an anchor saw, is gone: lines were removed from the end of the access log`;
  return rows[0].hash === anchored.hash
    ? null
    : `line ${anchored.seq} is not the line an anchor saw: the access log was rewritten and chained anew`;
}

export type StreamAnchorCheck = Readonly<{
  /** The anchor the stream was checked against; null when no anchor names it yet. */
  anchor: Readonly<{ seq: number; at: string; revision: number; hash: string }> | null;
  problem: string | null;
}>;

/** A stream's events (as stored, revision order) against the newest anchor that names it: for /integrity and `casus verify --case`. */
export async function checkStreamAgainstAnchors(
  db: SqlClient,
  streamId: string,
  events: readonly { revision: number; hash: string }[],
  publicKey: KeyObject,
): Promise<StreamAnchorCheck> {
  const anchored = await anchoredHeadOf(db, streamId, publicKey);
  if (!anchored) return { anchor: null, problem: null };
  if ('problem' in anchored) return { anchor: null, problem: anchored.problem };
  const finding = checkStreamAgainstHead(streamId, anchored.head, events);
  return { anchor: { seq: anchored.anchor, at: anchored.at, ...anchored.head }, problem: finding?.problem ?? null };
}
