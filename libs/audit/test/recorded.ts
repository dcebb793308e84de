import { chainHash, contentHash, GENESIS_HASH, type JsonObject, type RecordedEvent } from '@casus/event-store';
import { CASE_EVENT_SCHEMA_VERSION, type CaseEventType } from '@casus/domain';
import { randomUUID } from 'node:crypto';
import { actors, ids } from '../../domain/src/case/testing/fixtures';

export const CASE_STREAM = `case-${ids.case}`;

type Stored = { type: string; data: unknown; metadata?: JsonObject };

/** A stream as the store would have recorded it: chained hashes, one event per `stepMs` from `start`. */
export function recordedStream(
  events: readonly Stored[],
  {
    streamId = CASE_STREAM,
    start = new Date('2026-11-02T08:15:00Z'),
    stepMs = 3_600_000,
    times,
  }: {
    streamId?: string;
    start?: Date;
    stepMs?: number;
    times?: readonly Date[];
  } = {},
): RecordedEvent[] {
  let previousHash = GENESIS_HASH;
  return events.map((event, revision) => {
    const metadata = event.metadata ?? {
      actor: actors.caseTeam,
      correlationId: randomUUID(),
      causationId: null,
      schemaVersion: CASE_EVENT_SCHEMA_VERSION[event.type as CaseEventType] ?? 1,
      reason: null,
    };
    const content = {
      id: randomUUID(),
      streamId,
      type: event.type,
      data: event.data as JsonObject,
      metadata,
      recordedAt: times?.[revision] ?? new Date(start.getTime() + revision * stepMs),
    };
    const hash = chainHash(previousHash, revision, contentHash(content));
    const recorded: RecordedEvent = {
      ...content,
      revision,
      position: { commit: BigInt(1000 + revision), prepare: BigInt(revision + 1) },
      hash,
      previousHash,
    };
    previousHash = hash;
    return recorded;
  });
}
