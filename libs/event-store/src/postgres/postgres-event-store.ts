import { Pool, type DatabaseError } from 'pg';
import { runCatchUpLoop } from '../catch-up-loop';
import { DuplicateEventId, EventStoreUnavailable, WrongExpectedRevision } from '../errors';
import { contentHash } from '../hash-chain';
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
import { readLog } from './log-reader';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './rows';

const EXPECTED_CODES: Record<Exclude<ExpectedRevision, number>, number> = { 'no-stream': -1, any: -2, 'stream-exists': -3 };

export interface PostgresEventStoreOptions {
  connectionString: string;
  poolSize?: number;
}

export class PostgresEventStore implements EventStore {
  private readonly pool: Pool;
  private readonly signal: AppendSignal;

  constructor(options: PostgresEventStoreOptions) {
    this.pool = new Pool({ connectionString: options.connectionString, max: options.poolSize ?? 20 });
    // An idle connection that drops (server restart) must not crash the process.
    this.pool.on('error', () => undefined);
    this.signal = new AppendSignal(this.pool, options.connectionString);
  }

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    { expectedRevision }: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error(`nothing to append to ${streamId}`);
    const expected = typeof expectedRevision === 'number' ? expectedRevision : EXPECTED_CODES[expectedRevision];
    try {
      const { rows } = await this.pool.query<{ next_revision: string; commit_position: string; prepare_position: string }>(
        'SELECT * FROM append_to_stream($1, $2, $3::uuid[], $4::text[], $5::jsonb, $6::jsonb, $7::text[])',
        [
          streamId,
          expected,
          events.map((event) => event.id),
          events.map((event) => event.type),
          JSON.stringify(events.map((event) => event.data)),
          JSON.stringify(events.map((event) => event.metadata)),
          events.map(contentHash),
        ],
      );
      this.signal.appended();
      const [row] = rows;
      return {
        nextExpectedRevision: Number(row.next_revision),
        position: { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) },
      };
    } catch (error) {
      throw translateError(error, streamId, expectedRevision, events[0].id);
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
    const { rows } = await this.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 AND stream_revision ${backwards ? '<=' : '>='} $2
        ORDER BY stream_revision ${backwards ? 'DESC' : 'ASC'} LIMIT $3`,
      [streamId, from, options.maxCount ?? null],
    );
    return rows.map(toRecordedEvent);
  }

  async streamExists(streamId: string): Promise<boolean> {
    const { rows } = await this.query('SELECT 1 FROM events WHERE stream_id = $1 LIMIT 1', [streamId]);
    return rows.length > 0;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const batch = await this.guard(() => readLog(this.pool, options.after ?? START, options.maxCount ?? 1_000, options.filter));
    return batch.events;
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    return runCatchUpLoop(
      {
        readBatch: (after, maxCount) => this.guard(() => readLog(this.pool, after, maxCount, options.filter)),
        waitForAppends: (timeoutMs, abort) => this.signal.wait(timeoutMs, abort),
      },
      options,
    );
  }

  async close(): Promise<void> {
    await this.signal.close();
    await this.pool.end();
  }

  private query<T extends object>(text: string, params: unknown[]) {
    return this.guard(() => this.pool.query<T & import('pg').QueryResultRow>(text, params));
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
  if (code === 'CAS02' || code === '23505') return new DuplicateEventId(firstId);
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
