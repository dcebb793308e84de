import { createHash } from 'node:crypto';
import { GENESIS_HASH } from '@casus/event-store';
import type { SqlClient } from './event-pages';

/**
 * The access log's chain, recomputed here rather than by the database's own function: whoever can
 * replace that function could make it agree with an edited line. The formula is the one of the
 * migration AccessLogChain1764000013200: sha256 hex of the previous hash, "|", and each field as
 * `<byte length>:<text>` (NULL as `-`) joined by "|", in the order of LINE_FIELDS.
 */
const LINE_FIELDS = `chain_seq::text AS seq, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at,
  user_id, user_name, role, organisation, team, on_behalf_of, case_id::text, action, data_accessed, ground,
  emergency_override::text, ip, correlation_id`;

type ChainedLine = { seq: string; previous_hash: string; hash: string } & Record<string, string | null>;

export function accessLogLineHash(previousHash: string, fields: readonly (string | null)[]): string {
  const encoded = fields.map((field) => (field === null ? '-' : `${Buffer.byteLength(field, 'utf8')}:${field}`));
  return createHash('sha256')
    .update(`${previousHash}|${encoded.join('|')}`, 'utf8')
    .digest('hex');
}

export type AccessLogBreak = Readonly<{ seq: string; expectedHash: string; foundHash: string; problem: string }>;

export type AccessLogVerification = Readonly<{
  lines: number;
  intact: boolean;
  head: Readonly<{ seq: string; hash: string }>;
  firstBreak: AccessLogBreak | null;
}>;

/**
 * Walks the access log in chain order, page by page: a changed, removed or inserted line breaks the
 * chain there; lines removed from the end are found against the head row (and against the last
 * anchor, see anchor-check.ts).
 */
export async function verifyAccessLog(db: SqlClient, pageSize = 1_000): Promise<AccessLogVerification> {
  let previous = GENESIS_HASH;
  let expectedSeq = 1n;
  let lines = 0;
  for (;;) {
    const { rows } = await db.query<ChainedLine>(
      `SELECT ${LINE_FIELDS}, previous_hash, hash FROM access_log WHERE chain_seq >= $1 ORDER BY chain_seq LIMIT $2`,
      [expectedSeq.toString(), pageSize],
    );
    for (const { seq, previous_hash: previousHash, hash, ...fields } of rows) {
      const expected = accessLogLineHash(previous, [seq, ...Object.values(fields)]);
      const problem =
        BigInt(seq) !== expectedSeq
          ? `line ${expectedSeq} is missing`
          : previousHash !== previous
            ? 'it does not link to the line before'
            : hash !== expected
              ? 'its content does not match its hash'
              : null;
      if (problem)
        return {
          lines,
          intact: false,
          head: { seq: String(expectedSeq - 1n), hash: previous },
          firstBreak: { seq, expectedHash: expected, foundHash: hash, problem },
        };
      previous = hash;
      expectedSeq += 1n;
      lines += 1;
    }
    if (rows.length < pageSize) break;
  }
  const head = { seq: String(expectedSeq - 1n), hash: previous };
  const {
    rows: [stated],
  } = await db.query<{ seq: string; hash: string }>('SELECT seq::text, hash FROM access_log_head');
  if (stated && (stated.seq !== head.seq || stated.hash !== head.hash)) {
    return {
      lines,
      intact: false,
      head,
      firstBreak: {
        seq: stated.seq,
        expectedHash: stated.hash,
        foundHash: head.hash,
        problem: `the log ends at line ${head.seq}, its head row says ${stated.seq}`,
      },
    };
  }
  return { lines, intact: true, head, firstBreak: null };
}
