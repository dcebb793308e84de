import {
  anchorStore,
  checkAccessLogAgainstAnchor,
  checkEventsAgainstHeads,
  checkStreamAgainstAnchors,
  foldAnchors,
  loadPublicKey,
  notaryPublicKeyFrom,
  verifyAccessLog,
  type AnchorFinding,
  type SqlClient,
} from '@casus/audit';
import type { KeyObject } from 'node:crypto';
import { loadSettings } from '@casus/runtime';

// What `casus verify` checks beyond the chains themselves: the notary's anchors and the access log.

/** The key anchors are checked with: --public-key, else the notary's own key file (NOTARY_KEY_FILE) when there is one. */
export function trustedNotaryKey(publicKeyFile?: string): KeyObject | undefined {
  if (publicKeyFile) return loadPublicKey(publicKeyFile);
  return notaryPublicKeyFrom(loadSettings(process.env).notary.keyFile)();
}

export function requireNotaryKey(publicKeyFile?: string): KeyObject {
  const key = trustedNotaryKey(publicKeyFile);
  if (!key)
    throw new Error(
      `no notary key at ${loadSettings(process.env).notary.keyFile}: give the notary's public key with --public-key <pem> (or set NOTARY_KEY_FILE)`,
    );
  return key;
}

/** Without a key nothing can be checked against anchors: fine while there are none, a failure once there are. */
const noKeyProblem = (anchors: number) =>
  anchors === 0
    ? null
    : `there are ${anchors} anchor(s) but no notary key to check them with: give --public-key <pem> or set NOTARY_KEY_FILE`;

export type AnchorsReport = Readonly<{
  anchors: number;
  lastAnchor: number | null;
  problem: string | null;
  findings: readonly AnchorFinding[];
}>;

/** Every anchor folded and checked, then every anchored stream head against the events table. */
export async function checkAllAgainstAnchors(db: SqlClient, key: KeyObject | undefined): Promise<AnchorsReport> {
  const anchors = await anchorStore.all(db);
  if (!key) return { anchors: anchors.length, lastAnchor: null, problem: noKeyProblem(anchors.length), findings: [] };
  const folded = foldAnchors(anchors, key);
  const findings = await checkEventsAgainstHeads(db, folded.heads);
  return { anchors: anchors.length, lastAnchor: folded.last?.body.seq ?? null, problem: folded.problem, findings };
}

/** One stream against the newest anchor that names it. */
export async function checkCaseAgainstAnchors(
  db: SqlClient,
  streamId: string,
  events: readonly { revision: number; hash: string }[],
  key: KeyObject | undefined,
): Promise<AnchorsReport> {
  if (!key) {
    const latest = await anchorStore.latest(db);
    return { anchors: latest?.body.seq ?? 0, lastAnchor: null, problem: noKeyProblem(latest?.body.seq ?? 0), findings: [] };
  }
  const check = await checkStreamAgainstAnchors(db, streamId, events, key);
  return { anchors: check.anchor ? 1 : 0, lastAnchor: check.anchor?.seq ?? null, problem: check.problem, findings: [] };
}

export type AccessLogReport = Awaited<ReturnType<typeof verifyAccessLog>> & Readonly<{ anchorProblem: string | null }>;

/** The access log's chain, and its line at the newest anchor's access-log head. */
export async function checkAccessLog(db: SqlClient, key: KeyObject | undefined): Promise<AccessLogReport> {
  const chain = await verifyAccessLog(db);
  const anchors = await anchorStore.all(db);
  if (!key) return { ...chain, anchorProblem: noKeyProblem(anchors.length) };
  const folded = foldAnchors(anchors, key);
  const anchorProblem = folded.problem ?? (folded.last ? await checkAccessLogAgainstAnchor(db, folded.last.body.accessLog) : null);
  return { ...chain, anchorProblem };
}
