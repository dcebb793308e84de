import type {
  AllStreamSubscription,
  AppendExpectedRevision,
  Filter,
  Position,
  RecordedEvent as EsdbRecordedEvent,
} from '@eventstore/db-client';
import type { ChainVersion } from '../hash-chain';
import type { ExpectedRevision, JsonObject, LogFilter, LogPosition, RecordedEvent } from '../types';
import { EVENT_TYPE, NO_STREAM, STREAM_NAME } from './client';
import { matchesFilter } from '../log-filter';

/** Where the hash chain link travels inside an event's ESDB metadata; stripped again on read. */
export const CHAIN_KEY = '$casusChain';

export interface ChainLink {
  readonly hash: string;
  readonly previousHash: string;
  /** The time the link hashes (ISO 8601); absent on links written before chain version 2. */
  readonly recordedAt?: string;
  readonly chainVersion?: ChainVersion;
}

/** The ESDB revision to append after a stream head read as `revision` (-1: none). */
export function headToEsdbRevision(revision: number): AppendExpectedRevision {
  return revision === -1 ? NO_STREAM : BigInt(revision);
}

export function expectationHolds(expected: ExpectedRevision, currentRevision: number): boolean {
  if (expected === 'any') return true;
  if (expected === 'no-stream') return currentRevision === -1;
  if (expected === 'stream-exists') return currentRevision >= 0;
  return expected === currentRevision;
}

/** Servers before 22.6 send no $all position on stream reads (u64 max); such events sort last. */
const UNKNOWN = (1n << 64n) - 1n;

export function toLogPosition(position: Position | undefined): LogPosition {
  return position ? { commit: position.commit, prepare: position.prepare } : { commit: UNKNOWN, prepare: UNKNOWN };
}

export function packMetadata(metadata: JsonObject, link: ChainLink): JsonObject {
  return { ...metadata, [CHAIN_KEY]: { ...link } };
}

/** An event written without a link (not through Casus) reads with empty hashes, which the chain audit reports. */
export function unpackMetadata(stored: unknown): { metadata: JsonObject; link: ChainLink } {
  const { [CHAIN_KEY]: packed, ...metadata } = isObject(stored) ? stored : {};
  const link = isObject(packed) ? packed : {};
  return {
    metadata,
    link: {
      hash: typeof link.hash === 'string' ? link.hash : '',
      previousHash: typeof link.previousHash === 'string' ? link.previousHash : '',
      recordedAt: typeof link.recordedAt === 'string' ? link.recordedAt : undefined,
      chainVersion: link.chainVersion === 2 ? 2 : undefined,
    },
  };
}

/**
 * Casus writes JSON objects only. Anything else came from another writer: readers of $all pass it
 * over (one foreign event must not stop every projection); a stream read refuses it (see below).
 */
export function isReadable(event: Pick<EsdbRecordedEvent, 'isJson' | 'data'>): boolean {
  return event.isJson && isObject(event.data);
}

/** Refuses an unreadable event rather than reading it as empty: a Casus stream holding one has been written to by someone else. */
export function toRecordedEvent(event: EsdbRecordedEvent): RecordedEvent {
  if (!isReadable(event)) throw new Error(`event ${event.id} in ${event.streamId} is not a JSON object`);
  const { metadata, link } = unpackMetadata(event.metadata);
  return {
    id: event.id,
    streamId: event.streamId,
    revision: Number(event.revision),
    position: toLogPosition(event.position),
    type: event.type,
    data: event.data as JsonObject,
    metadata,
    recordedAt: link.recordedAt === undefined ? event.created : new Date(link.recordedAt),
    hash: link.hash,
    previousHash: link.previousHash,
    chainVersion: link.chainVersion ?? 1,
  };
}

function isSystemEvent(event: { streamId: string; type: string }): boolean {
  return event.streamId.startsWith('$') || event.type.startsWith('$');
}

/** Applied to every event read from $all, whatever the server already filtered. */
export function passesFilter(event: { streamId: string; type: string }, filter?: LogFilter): boolean {
  return !isSystemEvent(event) && matchesFilter(event, filter);
}

type CheckpointReached = (subscription: AllStreamSubscription, position: Position) => Promise<void> | void;

/**
 * ESDB filters on one thing at a time: stream prefixes when given (types are then checked here),
 * else exact event types, else everything but system events.
 */
export function serverFilter(filter: LogFilter | undefined, checkpointReached: CheckpointReached): Filter {
  // What the client's streamNameFilter / eventTypeFilter / excludeSystemEvents build, without loading it.
  const base = { checkpointInterval: 1, checkpointReached };
  if (filter?.streamPrefixes?.length) return { ...base, filterOn: STREAM_NAME, prefixes: [...filter.streamPrefixes] };
  if (filter?.eventTypes?.length) return { ...base, filterOn: EVENT_TYPE, regex: `^(?:${filter.eventTypes.map(escapeRegex).join('|')})$` };
  return { ...base, filterOn: EVENT_TYPE, regex: '^[^$].*' };
}

/** Writes and the reads that check them must go to the leader, or a follower's lag looks like a conflict. */
export function withLeaderPreference(connectionString: string): string {
  if (/[?&]nodePreference=/i.test(connectionString)) return connectionString;
  return `${connectionString}${connectionString.includes('?') ? '&' : '?'}nodePreference=leader`;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
