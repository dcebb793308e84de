import canonicalize from 'canonicalize';
import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

export type StreamHead = Readonly<{ revision: number; hash: string }>;
export type Heads = ReadonlyMap<string, StreamHead>;
/** [stream id, revision, hash], as heads travel in an anchor. */
export type HeadEntry = readonly [string, number, string];

/**
 * What the notary signs. `changed` holds the heads that moved since the anchor before (so an anchor
 * stays small however many streams there are); `headsDigest` is over all heads, so the anchors
 * folded in order prove the head of every stream. `previousDigest` chains the anchors: one taken
 * out of the middle breaks the next.
 */
export type AnchorBody = Readonly<{
  format: 'casus.anchor';
  version: 1;
  seq: number;
  previousDigest: string;
  at: string;
  /** The global log position the notary had read up to. */
  position: string;
  events: number;
  changed: readonly HeadEntry[];
  headsDigest: string;
  accessLog: Readonly<{ seq: string; hash: string }>;
}>;

export type SignedAnchor = Readonly<{ body: AnchorBody; digest: string; keyId: string; signature: string }>;

export const NO_ANCHOR_DIGEST = '0'.repeat(64);

const sha256Hex = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');
const canonical = (value: unknown) => canonicalize(value) ?? '';

const entriesOf = (heads: Heads): HeadEntry[] =>
  [...heads.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([stream, head]) => [stream, head.revision, head.hash]);

/** SHA-256 over the canonical JSON of every head, in stream id order. */
export function headsDigest(heads: Heads): string {
  return sha256Hex(canonical(entriesOf(heads)));
}

export function anchorDigest(body: AnchorBody): string {
  return sha256Hex(canonical(body));
}

/** The SHA-256 of the public key (SubjectPublicKeyInfo, DER): what an auditor compares. */
export function keyIdOf(publicKey: KeyObject): string {
  return sha256Hex(publicKey.export({ type: 'spki', format: 'der' }));
}

export function signAnchor(body: AnchorBody, privateKey: KeyObject): SignedAnchor {
  const digest = anchorDigest(body);
  const signature = sign(null, Buffer.from(digest, 'hex'), privateKey).toString('base64');
  return { body, digest, keyId: keyIdOf(createPublicKey(privateKey)), signature };
}

export function anchorBody(
  previous: SignedAnchor | undefined,
  heads: Heads,
  changed: Heads,
  read: Readonly<{ at: Date; position: string; events: number; accessLog: AnchorBody['accessLog'] }>,
): AnchorBody {
  return {
    format: 'casus.anchor',
    version: 1,
    seq: (previous?.body.seq ?? 0) + 1,
    previousDigest: previous?.digest ?? NO_ANCHOR_DIGEST,
    at: read.at.toISOString(),
    position: read.position,
    events: read.events,
    changed: entriesOf(changed),
    headsDigest: headsDigest(heads),
    accessLog: read.accessLog,
  };
}

/** What is wrong with one anchor on its own (digest, key, signature), or null. */
export function anchorProblem(anchor: SignedAnchor, publicKey: KeyObject): string | null {
  const keyId = keyIdOf(publicKey);
  if (anchorDigest(anchor.body) !== anchor.digest) return `anchor ${anchor.body.seq} was changed after it was signed`;
  if (anchor.keyId !== keyId) return `anchor ${anchor.body.seq} is signed with another key (${anchor.keyId}), not the notary's (${keyId})`;
  if (!verify(null, Buffer.from(anchor.digest, 'hex'), publicKey, Buffer.from(anchor.signature, 'base64')))
    return `anchor ${anchor.body.seq} has a false signature`;
  return null;
}

export type FoldedAnchors = Readonly<{ heads: Map<string, StreamHead>; last?: SignedAnchor; problem: string | null }>;

/**
 * Checks anchors in order (numbering, chaining, digest, key and signature) and folds their heads.
 * Stops at the first that does not verify; `heads` then stand as of the anchor before it.
 */
export function foldAnchors(anchors: readonly SignedAnchor[], publicKey: KeyObject): FoldedAnchors {
  const heads = new Map<string, StreamHead>();
  let last: SignedAnchor | undefined;
  for (const anchor of anchors) {
    const { body } = anchor;
    const problem =
      body.seq !== (last?.body.seq ?? 0) + 1
        ? `anchor ${(last?.body.seq ?? 0) + 1} is missing`
        : body.previousDigest !== (last?.digest ?? NO_ANCHOR_DIGEST)
          ? `anchor ${body.seq} does not chain to the anchor before`
          : anchorProblem(anchor, publicKey);
    if (problem) return { heads, last, problem };
    for (const [stream, revision, hash] of body.changed) heads.set(stream, { revision, hash });
    last = anchor;
  }
  // Once, at the end: each anchor is signed, so only the newest one's digest needs the whole set.
  if (last && headsDigest(heads) !== last.body.headsDigest) {
    return { heads, last, problem: `the anchors' heads do not add up to the digest of anchor ${last.body.seq}` };
  }
  return { heads, last, problem: null };
}
