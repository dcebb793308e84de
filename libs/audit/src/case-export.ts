import { CHAIN_VERSION, findChainBreak, type ChainBreak, type ChainVersion, type JsonObject, type RecordedEvent } from '@casus/event-store';
import { formatPosition } from '@casus/event-store';
import { toCaseEvent } from '@casus/streams';
import { stepWords, type Words } from '@casus/wording';

export const EXPORT_FORMAT = 'casus.case-export';
/**
 * 2: each event carries `readableData` beside the stored `data`. 3: and its `chainVersion`. 4: and its `words`.
 * 5: and its `readableMetadata` (the stated reason is sealed under the case's key).
 */
export const EXPORT_VERSION = 5;

export type ExportedEvent = Readonly<{
  id: string;
  streamId: string;
  revision: number;
  position: string;
  recordedAt: string;
  type: string;
  /** As stored, personal data sealed: what `hash` is over. */
  data: JsonObject;
  /** The same data as people may read it: personal data opened, or `[erased]` once erased. Not hashed. */
  readableData: JsonObject;
  /** The step in the words the timeline and the story use, Dutch and English; no personal data. Not hashed. */
  words: Words;
  metadata: JsonObject;
  /** The metadata as people may read it: the stated reason opened, or `[erased]` once the file is destroyed. Not hashed. */
  readableMetadata: JsonObject;
  previousHash: string;
  hash: string;
  chainVersion: ChainVersion;
}>;

/** A case's stream as stored, with every chain link, readable without Casus: JSON and SHA-256. */
export type CaseExport = Readonly<{
  format: typeof EXPORT_FORMAT;
  version: number;
  caseId: string;
  streamId: string;
  exportedAt: string;
  exportedBy: string | null;
  hashChain: string;
  head: Readonly<{ revision: number; hash: string }>;
  events: readonly ExportedEvent[];
}>;

const HASH_CHAIN_DESCRIPTION =
  'hash = sha256_hex(previousHash + ":" + revision + ":" + sha256_hex(RFC8785(content))); content is ' +
  '{id, streamId, recordedAt, type, data, metadata} for chainVersion 2 and {type, data, metadata} for chainVersion 1; ' +
  'the first previousHash is 64 zeros; readableData and words are not hashed';

/** `stored` as the store holds them; `readable` the same events revealed (libs/privacy), in the same order. */
export function buildCaseExport(
  caseId: string,
  streamId: string,
  events: readonly RecordedEvent[],
  readable: readonly RecordedEvent[],
  exportedAt: Date,
  exportedBy: string | null = null,
): CaseExport {
  const last = events.at(-1);
  const readableById = new Map(readable.map((e) => [e.id, e]));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    caseId,
    streamId,
    exportedAt: exportedAt.toISOString(),
    exportedBy,
    hashChain: HASH_CHAIN_DESCRIPTION,
    head: { revision: last?.revision ?? -1, hash: last?.hash ?? '0'.repeat(64) },
    events: events.map((e) => ({
      id: e.id,
      streamId: e.streamId,
      revision: e.revision,
      position: formatPosition(e.position),
      recordedAt: e.recordedAt.toISOString(),
      type: e.type,
      data: e.data,
      readableData: readableById.get(e.id)?.data ?? e.data,
      // Worded from what people may read: the stored form holds sealed text.
      words: stepWords(toCaseEvent(readableById.get(e.id) ?? e)),
      metadata: e.metadata,
      readableMetadata: readableById.get(e.id)?.metadata ?? e.metadata,
      previousHash: e.previousHash,
      hash: e.hash,
      chainVersion: e.chainVersion ?? CHAIN_VERSION,
    })),
  };
}

export type ExportVerification =
  | Readonly<{ ok: true; caseId: string; streamId: string; events: number; head: CaseExport['head'] }>
  | Readonly<{ ok: false; caseId: string | null; problem: string; break?: ChainBreak }>;

/** Checks an export offline: its shape, every chain link, and that the stated head is the chain's end. */
export function verifyCaseExport(parsed: unknown): ExportVerification {
  const doc = parsed as Partial<CaseExport> | null;
  if (!doc || doc.format !== EXPORT_FORMAT || !Array.isArray(doc.events)) {
    return { ok: false, caseId: null, problem: `not a ${EXPORT_FORMAT} document` };
  }
  const caseId = doc.caseId ?? null;
  if (doc.events.some((e) => e.streamId !== doc.streamId)) {
    return { ok: false, caseId, problem: `an event does not belong to stream ${doc.streamId}` };
  }
  // Exports before version 3 name no chain version: their events were all written with version 1.
  const chainBreak = findChainBreak(
    doc.events.map((e) => ({ ...e, recordedAt: new Date(e.recordedAt), chainVersion: e.chainVersion ?? 1 })),
  );
  if (chainBreak) return { ok: false, caseId, problem: 'the hash chain is broken', break: chainBreak };
  const last = doc.events.at(-1);
  if (!doc.head || doc.head.revision !== (last?.revision ?? -1) || (last && doc.head.hash !== last.hash)) {
    return { ok: false, caseId, problem: 'the stated head does not match the last event (events removed from the end?)' };
  }
  return { ok: true, caseId: caseId!, streamId: doc.streamId!, events: doc.events.length, head: doc.head };
}
