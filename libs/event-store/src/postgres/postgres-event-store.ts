import { setTimeout as sleep } from 'node:timers/promises';
import { ResilientPool } from '@casus/database';
import type { DatabaseError, Pool } from 'pg';
import { runCatchUpLoop } from '../catch-up-loop';
import { DuplicateEventId, EventStoreUnavailable, WrongExpectedRevision } from '../errors';
import { CHAIN_VERSION, GENESIS_HASH, contentHash, linkAfter } from '../hash-chain';
import type {
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '../types';
import { START } from '../types';
import { AppendSignal } from './append-signal';
import { InFlight } from '../in-flight';
import { OneTrip } from '../one-trip';
import { fitted, onlyMatching, readLog, type LogBatch } from './log-reader';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './rows';
import { StreamHeads } from './stream-heads';

const APPEND_THROUGH_FUNCTION =
  'SELECT * FROM append_to_stream($1, $2, $3::uuid[], $4::text[], $5::jsonb, $6::jsonb, $7::text[], $8::timestamptz)';
const EVENT_INSERT = `INSERT INTO events (stream_id, stream_revision, event_id, event_type, data, metadata, previous_hash, hash, recorded_at, chain_version)`;
const RETURNING_APPENDED =
  'RETURNING stream_revision AS next_revision, transaction_id AS commit_position, global_position AS prepare_position, hash AS last_hash';
// $7 holds the head's hash followed by one chain link per event.
const INSERT_AFTER_KNOWN_HEAD = `${EVENT_INSERT}
  SELECT $1, $2::bigint + i, ($3::uuid[])[i], ($4::text[])[i], $5::jsonb -> (i - 1), $6::jsonb -> (i - 1), ($7::text[])[i], ($7::text[])[i + 1],
    $8::timestamptz, ${CHAIN_VERSION}
    FROM generate_series(1, cardinality($3::uuid[])) AS i ORDER BY i
  ${RETURNING_APPENDED}`;
// Most appends are one event (one command, one step): plain VALUES plans and runs cheaper than the series.
const INSERT_ONE_AFTER_KNOWN_HEAD = `${EVENT_INSERT} VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, ${CHAIN_VERSION}) ${RETURNING_APPENDED}`;
// Named, as every command and case read runs them: parsed and planned once per connection.
const READ_FORWARDS = {
  name: 'casus.read-stream-forwards',
  text: `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 AND stream_revision >= $2 ORDER BY stream_revision LIMIT $3`,
};
const READ_BACKWARDS = {
  name: 'casus.read-stream-backwards',
  text: `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 AND stream_revision <= $2 ORDER BY stream_revision DESC LIMIT $3`,
};
// Each read's rows in stream order, numbered by the read they answer (a stream read twice is two reads).
const READ_MANY_FORWARDS = {
  name: 'casus.read-streams-forwards',
  text: `SELECT read.n::int AS read, e.* FROM unnest($1::text[], $2::bigint[], $3::bigint[]) WITH ORDINALITY AS read(stream_id, from_revision, max_count, n)
    CROSS JOIN LATERAL (SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = read.stream_id AND stream_revision >= read.from_revision
      ORDER BY stream_revision LIMIT read.max_count) e`,
};
// One row for each append, of another stream or not: a row refused by a unique key is left out (RETURNING says which went in).
const INSERT_ONE_EACH_AFTER_KNOWN_HEADS = `${EVENT_INSERT}
  SELECT ($1::text[])[i], ($2::bigint[])[i], ($3::uuid[])[i], ($4::text[])[i], $5::jsonb -> (i - 1), $6::jsonb -> (i - 1), ($7::text[])[i],
    ($8::text[])[i], ($9::timestamptz[])[i], ${CHAIN_VERSION}
    FROM generate_series(1, cardinality($3::uuid[])) AS i ORDER BY i
  ON CONFLICT DO NOTHING
  ${RETURNING_APPENDED}, stream_id, event_id`;
const UNIQUE_VIOLATION = '23505';
const uniqueViolation = (): Failed => ({ failed: Object.assign(new Error('a unique key refused the event'), { code: UNIQUE_VIOLATION }) });
const MAX_RACE_RETRIES = 50;

interface AppendedRow {
  next_revision: string;
  commit_position: string;
  prepare_position: string;
  last_hash: string;
}

function lastOf(rows: AppendedRow[]): AppendedRow {
  return rows.reduce((a, b) => (Number(b.next_revision) > Number(a.next_revision) ? b : a));
}

/** One event after a head this process knows, with its chain link ($7 and $8 of the INSERT). */
type SingleAppend = Readonly<{ streamId: string; revision: number; event: ChainedEvent; hashes: readonly string[]; recordedAt: string }>;

/** How one append of a batch failed (pg's errors are not always instances of this realm's Error). */
type Failed = Readonly<{ failed: unknown }>;

type ForwardRead = Readonly<{ streamId: string; from: number; maxCount: number | null }>;

type ChainedEvent = EventToAppend & { streamId: string; recordedAt: Date };

const EXPECTED_CODES: Record<Exclude<ExpectedRevision, number>, number> = { 'no-stream': -1, any: -2, 'stream-exists': -3 };

export interface PostgresEventStoreOptions {
  /** For the LISTEN session (append-signal), and for the store's own pool when it is given none. */
  connectionString: string;
  /** The process's pool: the store uses it and leaves ending it to its owner. */
  pool?: Pool;
  poolSize?: number;
}

export class PostgresEventStore implements EventStore {
  private readonly pool: Pool;
  private readonly ownPool: Pool | undefined;
  private readonly signal: AppendSignal;
  private readonly heads = new StreamHeads();
  private readonly logPages = new InFlight<LogBatch>();
  private readonly singleAppends = new OneTrip<SingleAppend, AppendedRow | Failed>((appends) => this.appendEach(appends));
  private readonly forwardReads = new OneTrip<ForwardRead, RecordedEvent[]>((reads) => this.readForwards(reads));

  constructor(options: PostgresEventStoreOptions) {
    this.pool = options.pool ?? new ResilientPool({ connectionString: options.connectionString, max: options.poolSize ?? 20 });
    this.ownPool = options.pool ? undefined : this.pool;
    this.signal = new AppendSignal(this.pool, options.connectionString);
  }

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    { expectedRevision }: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error(`nothing to append to ${streamId}`);
    // The writer fixes the time it hashes, so the stored time is the hashed one (to the millisecond, as JavaScript keeps it).
    const recordedAt = new Date();
    const chained = events.map((event) => ({ ...event, streamId, recordedAt }));
    const knownHead = this.knownHead(streamId, expectedRevision);
    const row = knownHead
      ? await this.insertAfterKnownHead(streamId, chained, knownHead).catch((error: unknown) => {
          if ((error as DatabaseError).code !== UNIQUE_VIOLATION) throw translateError(error, streamId, expectedRevision, events[0].id);
          return undefined;
        })
      : undefined;
    const appended = row ?? (await this.appendThroughFunction(streamId, chained, expectedRevision));
    this.signal.appended();
    this.heads.remember(streamId, Number(appended.next_revision), appended.last_hash);
    return {
      nextExpectedRevision: Number(appended.next_revision),
      position: { commit: BigInt(appended.commit_position), prepare: BigInt(appended.prepare_position) },
    };
  }

  /** The head the caller expects, when this process already knows its hash: then one plain INSERT will do. */
  private knownHead(streamId: string, expected: ExpectedRevision): { revision: number; hash: string } | undefined {
    if (expected === 'no-stream') return { revision: -1, hash: GENESIS_HASH };
    const hash = typeof expected === 'number' ? this.heads.hashAt(streamId, expected) : undefined;
    return hash === undefined ? undefined : { revision: expected as number, hash };
  }

  /** A concurrent writer or a replayed id makes this fail on a unique key; the function then sorts out which. */
  private async insertAfterKnownHead(
    streamId: string,
    events: readonly ChainedEvent[],
    head: { revision: number; hash: string },
  ): Promise<AppendedRow> {
    const hashes = linkAfter(head, events);
    const recordedAt = events[0].recordedAt.toISOString();
    if (events.length === 1) {
      const row = await this.singleAppends.get({ streamId, revision: head.revision + 1, event: events[0], hashes, recordedAt });
      if ('failed' in row) throw row.failed;
      return row;
    }
    const { rows } = await this.pool.query<AppendedRow>({
      name: 'casus.append-many',
      text: INSERT_AFTER_KNOWN_HEAD,
      values: [
        streamId,
        head.revision,
        events.map((event) => event.id),
        events.map((event) => event.type),
        JSON.stringify(events.map((event) => event.data)),
        JSON.stringify(events.map((event) => event.metadata)),
        hashes,
        recordedAt,
      ],
    });
    return lastOf(rows);
  }

  /**
   * One-event appends after known heads that came while one was on its way, in one INSERT: a row a unique key refuses
   * (a concurrent writer, a replayed id) is left out and answered as a unique violation, for the function to sort out.
   * Should the statement fail otherwise, each goes alone, so that one bad append fails only itself.
   */
  private async appendEach(appends: readonly SingleAppend[]): Promise<(AppendedRow | Failed)[]> {
    if (appends.length === 1) return [await this.appendAlone(appends[0])];
    // In stream order: two processes' statements that wait on each other's new rows then wait in the same order, never in a circle.
    const rowsInOrder = [...appends].sort((a, b) => (a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : a.revision - b.revision));
    let rows: (AppendedRow & { stream_id: string; event_id: string })[];
    try {
      ({ rows } = await this.pool.query<AppendedRow & { stream_id: string; event_id: string }>({
        name: 'casus.append-one-each',
        text: INSERT_ONE_EACH_AFTER_KNOWN_HEADS,
        values: [
          rowsInOrder.map((append) => append.streamId),
          rowsInOrder.map((append) => append.revision),
          rowsInOrder.map((append) => append.event.id),
          rowsInOrder.map((append) => append.event.type),
          JSON.stringify(rowsInOrder.map((append) => append.event.data)),
          JSON.stringify(rowsInOrder.map((append) => append.event.metadata)),
          rowsInOrder.map((append) => append.hashes[0]),
          rowsInOrder.map((append) => append.hashes[1]),
          rowsInOrder.map((append) => append.recordedAt),
        ],
      }));
    } catch (error) {
      if (isConnectionFailure(error)) throw error;
      return Promise.all(appends.map((append) => this.appendAlone(append)));
    }
    // The same event twice in one batch went in once: the second is answered by the function (a replay, or a conflict).
    const stored = new Map(rows.map((row) => [`${row.stream_id}/${row.next_revision}/${row.event_id}`, row]));
    return appends.map((append) => {
      const key = `${append.streamId}/${append.revision}/${append.event.id}`;
      const row = stored.get(key);
      stored.delete(key);
      return row ?? uniqueViolation();
    });
  }

  private async appendAlone({ streamId, revision, event, hashes, recordedAt }: SingleAppend): Promise<AppendedRow | Failed> {
    try {
      const { rows } = await this.pool.query<AppendedRow>({
        // Named: each connection parses and plans it once, not at every append.
        name: 'casus.append-one',
        text: INSERT_ONE_AFTER_KNOWN_HEAD,
        values: [
          streamId,
          revision,
          event.id,
          event.type,
          JSON.stringify(event.data),
          JSON.stringify(event.metadata),
          hashes[0],
          hashes[1],
          recordedAt,
        ],
      });
      return rows[0];
    } catch (error) {
      return { failed: error };
    }
  }

  private async appendThroughFunction(
    streamId: string,
    events: readonly ChainedEvent[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendedRow> {
    const params = [
      streamId,
      typeof expectedRevision === 'number' ? expectedRevision : EXPECTED_CODES[expectedRevision],
      events.map((event) => event.id),
      events.map((event) => event.type),
      JSON.stringify(events.map((event) => event.data)),
      JSON.stringify(events.map((event) => event.metadata)),
      events.map(contentHash),
      events[0].recordedAt.toISOString(),
    ];
    for (let attempt = 1; ; attempt += 1) {
      try {
        return lastOf((await this.pool.query<AppendedRow>(APPEND_THROUGH_FUNCTION, params)).rows);
      } catch (error) {
        // Lost a race with a concurrent append: calling again yields the conflict, the replay, or (any) the next revision.
        if ((error as DatabaseError).code === UNIQUE_VIOLATION && attempt < MAX_RACE_RETRIES) {
          await sleep(Math.random() * attempt);
          continue;
        }
        throw translateError(error, streamId, expectedRevision, events[0].id);
      }
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
    const events = backwards
      ? (await this.query<EventRow>(READ_BACKWARDS, [streamId, from, options.maxCount ?? null])).rows.map(toRecordedEvent)
      : await this.forwardReads.get({ streamId, from, maxCount: options.maxCount ?? null });
    for (const event of events) this.heads.remember(streamId, event.revision, event.hash);
    return events;
  }

  /** Forward reads (every command's and case read's stream tail) that queued behind the last go in one statement. */
  private async readForwards(reads: readonly ForwardRead[]): Promise<RecordedEvent[][]> {
    if (reads.length === 1) {
      const [{ streamId, from, maxCount }] = reads;
      return [(await this.query<EventRow>(READ_FORWARDS, [streamId, from, maxCount])).rows.map(toRecordedEvent)];
    }
    const { rows } = await this.query<EventRow & { read: number }>(READ_MANY_FORWARDS, [
      reads.map((read) => read.streamId),
      reads.map((read) => read.from),
      reads.map((read) => read.maxCount),
    ]);
    const answers = reads.map((): RecordedEvent[] => []);
    for (const row of rows) answers[row.read - 1].push(toRecordedEvent(row));
    return answers;
  }

  async streamExists(streamId: string): Promise<boolean> {
    const { rows } = await this.query({ text: 'SELECT 1 FROM events WHERE stream_id = $1 LIMIT 1' }, [streamId]);
    return rows.length > 0;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const maxCount = options.maxCount ?? 1_000;
    const found: RecordedEvent[] = [];
    let after = options.after ?? START;
    // Pages are filtered after reading, so a filtered read may need several to fill maxCount.
    for (;;) {
      const batch = onlyMatching(await this.guard(() => readLog(this.pool, after, maxCount)), options.filter);
      found.push(...batch.events);
      after = batch.checkpoint;
      if (found.length >= maxCount || batch.caughtUp) return found.slice(0, maxCount);
    }
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    return runCatchUpLoop(
      {
        // The subscriptions of a process wake together at the same checkpoint: they share the page read at that wake-up,
        // whatever their batch sizes (the first to ask sets the page's; the others take what fits theirs).
        readBatch: async (after, maxCount) => {
          const key = `${after.commit}/${after.prepare}/${this.signal.wakes}`;
          const page = await this.logPages.get(key, () => this.guard(() => readLog(this.pool, after, maxCount)));
          return onlyMatching(fitted(page, maxCount), options.filter);
        },
        wakes: () => this.signal.wakes,
        waitForAppends: (since, timeoutMs, abort) => this.signal.wait(since, timeoutMs, abort),
      },
      options,
    );
  }

  async close(): Promise<void> {
    await this.signal.close();
    await this.ownPool?.end();
  }

  private query<T extends object>(statement: { name?: string; text: string }, values: unknown[]) {
    return this.guard(() => this.pool.query<T & import('pg').QueryResultRow>({ ...statement, values }));
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw isConnectionFailure(error) ? new EventStoreUnavailable(error) : error;
    }
  }
}

function translateError(error: unknown, streamId: string, expected: ExpectedRevision, firstId: string): unknown {
  const code = (error as DatabaseError).code;
  if (code === 'CAS01') return new WrongExpectedRevision(streamId, expected, Number((error as DatabaseError).message));
  if (code === 'CAS02') return new DuplicateEventId(firstId);
  return isConnectionFailure(error) ? new EventStoreUnavailable(error) : error;
}

/** Connection refused or lost, server shutting down or starting: worth a retry later. */
export function isConnectionFailure(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', '57P01', '57P02', '57P03', '53300'].includes(code) ||
    code.startsWith('08') ||
    /Connection terminated|connection timeout/i.test(String((error as Error)?.message))
  );
}
