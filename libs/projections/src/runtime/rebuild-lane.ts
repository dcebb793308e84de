import type { RecordedEvent } from '@casus/event-store';
import type { Pool, PoolClient } from 'pg';
import { accepts, pageByPage, type Projection, type ProjectionRebuilder } from './projection';

/**
 * One projection's share of a rebuild, on a connection of its own: pages are folded and written in
 * log order, one after the other, while the other lanes (and the log reader) go on with theirs.
 * Nothing here needs a transaction: the shadow tables are invisible until the swap, and a rebuild
 * that dies is started over (the shadow schema is dropped first).
 */
export class RebuildLane {
  private queue: Promise<void> = Promise.resolve();
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    readonly projection: Projection,
    private readonly client: PoolClient,
    private readonly builder: ProjectionRebuilder,
  ) {}

  static async open(projection: Projection, pool: Pool, schema: string): Promise<RebuildLane> {
    const client = await pool.connect();
    await client.query(`SET search_path TO ${schema}, public`);
    return new RebuildLane(projection, client, projection.rebuilder?.() ?? pageByPage(projection));
  }

  get insertsOnly(): boolean {
    return this.builder.insertsOnly === true;
  }

  /** Queues a page behind this lane's previous one; resolves once it is folded and its write (if due) sent. */
  feed(events: readonly RecordedEvent[], final = false): Promise<void> {
    const mine = events.filter((event) => accepts(this.projection, event));
    this.queue = this.queue.then(async () => {
      if (mine.length > 0) await this.builder.add(mine, this.client);
      // One write in flight: the next page is folded while the database takes this one in.
      await this.writing;
      this.writing = this.builder.flush(this.client, final);
      this.writing.catch(() => undefined);
      if (final) await this.writing;
    });
    return this.queue;
  }

  async close(failed: boolean): Promise<void> {
    if (failed) {
      // Whatever the connection was doing, it goes: a pooled connection must not keep the shadow search_path.
      this.client.release(true);
      return;
    }
    await this.client.query('RESET search_path');
    this.client.release();
  }
}
