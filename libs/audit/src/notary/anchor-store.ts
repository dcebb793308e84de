import type { SqlClient } from '../event-pages';
import type { AnchorBody, SignedAnchor } from './anchor';

type AnchorRow = { body: AnchorBody; digest: string; key_id: string; signature: string };

const COLUMNS = 'body, digest, key_id, signature';
const toAnchor = (row: AnchorRow): SignedAnchor => ({ body: row.body, digest: row.digest, keyId: row.key_id, signature: row.signature });

/** Another notary wrote this anchor number first. */
export class AnchorTaken extends Error {}

/** The anchors table (migration Anchors1764000013300): insert and read, as for all of the record. */
export const anchorStore = {
  async insert(db: SqlClient, anchor: SignedAnchor): Promise<void> {
    await db
      .query('INSERT INTO anchors (seq, body, digest, key_id, signature) VALUES ($1, $2, $3, $4, $5)', [
        anchor.body.seq,
        JSON.stringify(anchor.body),
        anchor.digest,
        anchor.keyId,
        anchor.signature,
      ])
      .catch((error: { code?: string }) => {
        throw error.code === '23505' ? new AnchorTaken(`anchor ${anchor.body.seq} was written by another notary`) : error;
      });
  },

  async all(db: SqlClient): Promise<SignedAnchor[]> {
    return (await db.query<AnchorRow>(`SELECT ${COLUMNS} FROM anchors ORDER BY seq`)).rows.map(toAnchor);
  },

  async latest(db: SqlClient): Promise<SignedAnchor | undefined> {
    const { rows } = await db.query<AnchorRow>(`SELECT ${COLUMNS} FROM anchors ORDER BY seq DESC LIMIT 1`);
    return rows[0] && toAnchor(rows[0]);
  },

  /** The newest anchor whose changed heads name the stream: it holds the stream's anchored head. */
  async latestNaming(db: SqlClient, streamId: string): Promise<SignedAnchor | undefined> {
    const { rows } = await db.query<AnchorRow>(
      `SELECT ${COLUMNS} FROM anchors WHERE body -> 'changed' @> $1::jsonb ORDER BY seq DESC LIMIT 1`,
      [JSON.stringify([[streamId]])],
    );
    return rows[0] && toAnchor(rows[0]);
  },
};
