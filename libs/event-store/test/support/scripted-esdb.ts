// An EventStoreDB server in a test process, answering through the installed client's own classes:
// reads are the client's ReadStream over a gRPC-call stand-in whose cancel() is recorded, failures
// are the client's error classes, built the way the client builds them from a server reply.
import type { AppendExpectedRevision, EventStoreDBClient, JSONEventData, Position } from '@eventstore/db-client';
import type { ReadStream } from '@eventstore/db-client/dist/streams/utils/ReadStream';
import { Readable } from 'node:stream';
import { esdbClient } from '../../src/eventstoredb/client';

type Stored = {
  streamId: string;
  id: string;
  isJson: boolean;
  revision: bigint;
  type: string;
  created: Date;
  data: unknown;
  metadata: unknown;
  position: Position;
};

type Method = 'appendToStream' | 'readStream';

/** What happens to a call: refused before it does anything, or done and then reported as failed. */
type Fault = { method: Method; error: Error; afterWrite?: boolean };

/** A gRPC server-streaming call: hands out responses on demand, so a reader that stops leaves it open. */
class GrpcCall extends Readable {
  cancelled = false;
  private next = 0;
  constructor(
    private readonly responses: readonly object[],
    private readonly error?: Error,
  ) {
    super({ objectMode: true, highWaterMark: 1 });
  }
  override _read(): void {
    if (this.error) return void this.destroy(this.error);
    this.push(this.next < this.responses.length ? this.responses[this.next++] : null);
  }
  cancel(): void {
    this.cancelled = true;
    this.destroy();
  }
}

const eventResponse = (event: Stored) => ({ hasEvent: () => true, getEvent: () => ({ event }) });
const notFoundResponse = (streamName: string) => ({
  hasStreamNotFound: () => true,
  getStreamNotFound: () => ({ getStreamIdentifier: () => ({ getStreamName: () => streamName }) }),
});

/** The client's NotLeaderError, from the reply a follower sends to a call that requires the leader. */
export function notLeader(): Error {
  const metadata = { exception: 'not-leader', 'leader-endpoint-host': 'node2', 'leader-endpoint-port': '2113' };
  return esdbClient().convertToCommandError({ code: 5, details: 'Leader info available', metadata: { getMap: () => metadata } } as never);
}

/** The module needs the client loaded first (see client.ts on google-protobuf). */
function clientReadStream(): typeof ReadStream {
  esdbClient();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the client, for the reason above
  return (require('@eventstore/db-client/dist/streams/utils/ReadStream') as { ReadStream: typeof ReadStream }).ReadStream;
}

export function deadlineExceeded(): Error {
  return new (esdbClient().DeadlineExceededError)();
}

export class ScriptedEsdb {
  readonly log: Stored[] = [];
  readonly calls: { method: Method | 'readAll'; options: Record<string, unknown> }[] = [];
  readonly reads: GrpcCall[] = [];
  private readonly faults: Fault[] = [];
  private readonly hooks: { method: Method; run: () => void }[] = [];

  /** Runs once, before the next call of `method` that no earlier hook claimed: another writer moving the stream. */
  before(method: Method, run: () => void): void {
    this.hooks.push({ method, run });
  }

  fail(method: Method, error: Error, options: { afterWrite?: boolean; times?: number } = {}): void {
    for (let i = 0; i < (options.times ?? 1); i += 1) this.faults.push({ method, error, afterWrite: options.afterWrite });
  }

  stream(streamId: string): Stored[] {
    return this.log.filter((event) => event.streamId === streamId);
  }

  /** Writes the way another process would, bypassing the adapter (no chain link, unless given). */
  write(streamId: string, events: readonly { id?: string; type: string; data: unknown; metadata?: unknown }[], isJson = true): void {
    for (const event of events) {
      const position = BigInt(100 + this.log.length * 10);
      this.log.push({
        streamId,
        id: event.id!,
        isJson,
        revision: BigInt(this.stream(streamId).length),
        type: event.type,
        created: new Date('2026-03-02T09:00:00Z'),
        data: event.data,
        metadata: event.metadata ?? {},
        position: { commit: position, prepare: position },
      });
    }
  }

  client(): EventStoreDBClient {
    const client = {
      appendToStream: async (streamId: string, events: JSONEventData[], options: { expectedRevision: AppendExpectedRevision }) => {
        this.calls.push({ method: 'appendToStream', options });
        this.runHook('appendToStream');
        const fault = this.takeFault('appendToStream');
        if (fault && !fault.afterWrite) throw fault.error;
        const current = this.stream(streamId).length - 1;
        const expected = options.expectedRevision;
        if ((expected === 'no_stream' && current !== -1) || (typeof expected === 'bigint' && BigInt(current) !== expected)) {
          const actual = current === -1 ? ('no_stream' as const) : BigInt(current);
          throw new (esdbClient().WrongExpectedVersionError)(undefined, { streamName: streamId, expected, current: actual });
        }
        this.write(streamId, events);
        if (fault) throw fault.error;
        const last = this.log.at(-1)!;
        return { success: true, nextExpectedRevision: last.revision, position: last.position };
      },
      readStream: (streamId: string, options: { direction?: string; fromRevision?: bigint | string; maxCount?: number }) => {
        this.calls.push({ method: 'readStream', options });
        this.runHook('readStream');
        const fault = this.takeFault('readStream');
        if (fault) return this.readOf([], fault.error);
        const stream = this.stream(streamId);
        if (stream.length === 0) return this.readOf([notFoundResponse(streamId)]);
        const backwards = options.direction === 'backwards';
        const ordered = backwards ? [...stream].reverse() : stream;
        const from = options.fromRevision;
        const selected = ordered.filter(
          (event) => typeof from !== 'bigint' || (backwards ? event.revision <= from : event.revision >= from),
        );
        return this.readOf(selected.slice(0, options.maxCount ?? Infinity).map(eventResponse));
      },
      readAll: (options: { fromPosition?: Position | string; maxCount?: number }) => {
        this.calls.push({ method: 'readAll', options });
        const from = typeof options.fromPosition === 'object' ? options.fromPosition.commit : 0n;
        const selected = this.log.filter((event) => event.position.commit >= from);
        return this.readOf(selected.slice(0, options.maxCount ?? Infinity).map(eventResponse));
      },
      dispose: async () => undefined,
    };
    return client as unknown as EventStoreDBClient;
  }

  private runHook(method: Method): void {
    const index = this.hooks.findIndex((hook) => hook.method === method);
    if (index !== -1) this.hooks.splice(index, 1)[0].run();
  }

  private takeFault(method: Method): Fault | undefined {
    const index = this.faults.findIndex((fault) => fault.method === method);
    return index === -1 ? undefined : this.faults.splice(index, 1)[0];
  }

  private readOf(responses: readonly object[], error?: Error): ReadStream<unknown> {
    const call = new GrpcCall(responses, error);
    this.reads.push(call);
    return new (clientReadStream())(
      async () => call as never,
      (event: unknown) => event as never,
      {},
    );
  }
}
