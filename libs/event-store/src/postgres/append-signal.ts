import { randomUUID } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import { Client, type Pool } from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';

const CHANNEL = 'casus_events';
/**
 * After a NOTIFY, the next waits this long: the appends meanwhile share it. Each NOTIFY is a transaction
 * of its own with a commit record; sent after every append it took a third of single appends' rate.
 */
const COALESCE_MS = 5;

/**
 * Wakes subscribers when events were appended: at once in this process, and through
 * LISTEN/NOTIFY in others. The NOTIFY is sent after the append committed, never inside it,
 * because PostgreSQL serialises the commits of notifying transactions. The first append after a quiet
 * spell notifies at once; those that follow within a few milliseconds share the next NOTIFY.
 */
export class AppendSignal {
  private readonly local = new EventEmitter();
  private notifying = false;
  private notifyAgain = false;
  private listener?: Client;
  private listening?: Promise<void>;
  private closed = false;
  private count = 0;
  /** Sent as the payload, so this process's listener skips its own wake-ups: they were delivered locally. */
  private readonly sender = randomUUID();
  // A notifying transaction takes a transaction id and so a commit record; a wake-up needs no fsync.
  private readonly notifyWithoutFlush = `BEGIN; SET LOCAL synchronous_commit = off; NOTIFY ${CHANNEL}, '${this.sender}'; COMMIT`;

  constructor(
    private readonly pool: Pool,
    private readonly connectionString: string,
  ) {
    this.local.setMaxListeners(0);
  }

  /** How many wake-ups there have been: appends here, and NOTIFYs of other processes. */
  get wakes(): number {
    return this.count;
  }

  appended(): void {
    this.wake();
    if (this.notifying) {
      this.notifyAgain = true;
      return;
    }
    this.notifying = true;
    void this.notifyOthers();
  }

  /** Resolves at once when there was a wake-up after the `since`-th, else at the next one, or after `timeoutMs`. */
  async wait(since: number, timeoutMs: number, signal: AbortSignal): Promise<void> {
    this.listening ??= this.listen();
    if (this.count !== since) return;
    await once(this.local, 'append', { signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) }).catch(() => undefined);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.listener?.end().catch(() => undefined);
  }

  private wake(): void {
    this.count += 1;
    this.local.emit('append');
  }

  private async notifyOthers(): Promise<void> {
    do {
      this.notifyAgain = false;
      await this.pool.query(this.notifyWithoutFlush).catch(() => undefined);
      await sleep(COALESCE_MS, undefined, { ref: false });
    } while (this.notifyAgain && !this.closed);
    this.notifying = false;
  }

  /** One listening connection per store; it reconnects while the store is open. */
  private async listen(): Promise<void> {
    while (!this.closed) {
      const client = new Client({ connectionString: this.connectionString });
      // pg may emit 'error' twice when the server ends the session (57P01, then "terminated unexpectedly"):
      // one listener for the client's whole life, or the second one crashes the process.
      client.on('error', () => undefined);
      try {
        await client.connect();
        client.on('notification', (message) => message.payload !== this.sender && this.wake());
        await client.query(`LISTEN ${CHANNEL}`);
        this.listener = client;
        // close() may have come while this client connected, and found no listener to end.
        if (!this.closed) await Promise.race([once(client, 'error'), once(client, 'end')]).catch(() => undefined);
      } catch {
        // Reconnect below; subscribers fall back to polling meanwhile.
      }
      await client.end().catch(() => undefined);
      if (!this.closed) await sleep(500);
    }
  }
}
