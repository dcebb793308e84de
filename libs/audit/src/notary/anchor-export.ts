import { createPublicKey, type KeyObject } from 'node:crypto';
import type { CaseExport } from '../case-export';
import { foldAnchors, keyIdOf, type FoldedAnchors, type SignedAnchor } from './anchor';
import { checkStreamAgainstHead, type AnchorFinding } from './anchor-check';
import { publicKeyPem } from './notary-key';

export const ANCHORS_FORMAT = 'casus.anchors';

/** Every anchor with the notary's public key: checked offline by `casus verify --anchors`. */
export type AnchorsExport = Readonly<{
  format: typeof ANCHORS_FORMAT;
  version: 1;
  exportedAt: string;
  keyId: string;
  publicKey: string;
  anchors: readonly SignedAnchor[];
}>;

export function buildAnchorsExport(anchors: readonly SignedAnchor[], publicKey: KeyObject, exportedAt: Date): AnchorsExport {
  return {
    format: ANCHORS_FORMAT,
    version: 1,
    exportedAt: exportedAt.toISOString(),
    keyId: keyIdOf(publicKey),
    publicKey: publicKeyPem(publicKey),
    anchors,
  };
}

export type AnchorsVerification = FoldedAnchors & Readonly<{ keyId: string; anchors: number }>;

/**
 * Checks an anchors file against `trustedKey` (the notary's public key, obtained apart from the
 * file), or else against the key the file names, whose id the auditor then compares.
 */
export function verifyAnchorsExport(parsed: unknown, trustedKey?: KeyObject): AnchorsVerification {
  const doc = parsed as Partial<AnchorsExport> | null;
  if (!doc || doc.format !== ANCHORS_FORMAT || !Array.isArray(doc.anchors) || typeof doc.publicKey !== 'string') {
    return { heads: new Map(), problem: `not a ${ANCHORS_FORMAT} document`, keyId: '', anchors: 0 };
  }
  const key = trustedKey ?? createPublicKey(doc.publicKey);
  return { ...foldAnchors(doc.anchors, key), keyId: keyIdOf(key), anchors: doc.anchors.length };
}

/** A case export against the anchors: a stream cut short or rewritten before export is found. */
export function checkCaseExportAgainstAnchors(caseExport: CaseExport, folded: FoldedAnchors): AnchorFinding | null {
  const head = folded.heads.get(caseExport.streamId);
  return head ? checkStreamAgainstHead(caseExport.streamId, head, caseExport.events) : null;
}
