import {
  anchorStore,
  checkAccessLogAgainstAnchor,
  checkEventsAgainstHeads,
  foldAnchors,
  loadPublicKey,
  verifyAccessLog,
  type AnchorFinding,
  type SqlClient,
} from '@casus/audit';
import type { KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import { loadSettings } from '../../../api/src/config/settings';

// What `casus verify` checks beyond the chains themselves: the notary's anchors and the access log.

/** The key anchors are checked with: --public-key, else the notary's own key file (NOTARY_KEY_FILE). */
export function trustedNotaryKey(publicKeyFile?: string): KeyObject {
  const file = publicKeyFile ?? loadSettings(process.env).notary.keyFile;
  if (!existsSync(file)) {
    throw new Error(`no notary key at ${file}: give the notary's public key with --public-key <pem> (or set NOTARY_KEY_FILE)`);
  }
  return loadPublicKey(file);
}

export type AnchorsReport = Readonly<{ anchors: number; lastAnchor: number | null; problem: string | null; findings: readonly AnchorFinding[] }>;

/** Every anchor folded and checked, then every anchored stream head against the events table. */
export async function checkAllAgainstAnchors(db: SqlClient, key: KeyObject): Promise<AnchorsReport> {
  const anchors = await anchorStore.all(db);
  const folded = foldAnchors(anchors, key);
  const findings = await checkEventsAgainstHeads(db, folded.heads);
  return { anchors: anchors.length, lastAnchor: folded.last?.body.seq ?? null, problem: folded.problem, findings };
}

export type AccessLogReport = Awaited<ReturnType<typeof verifyAccessLog>> & Readonly<{ anchorProblem: string | null }>;

/** The access log's chain, and its line at the newest anchor's access-log head. */
export async function checkAccessLog(db: SqlClient, key: KeyObject): Promise<AccessLogReport> {
  const chain = await verifyAccessLog(db);
  const folded = foldAnchors(await anchorStore.all(db), key);
  const anchorProblem = folded.problem ?? (folded.last ? await checkAccessLogAgainstAnchor(db, folded.last.body.accessLog) : null);
  return { ...chain, anchorProblem };
}
