import { Client } from 'pg';

// Two-key advisory locks: the first key is Casus's projection namespace, the second the projection's name.
const NAMESPACE = 'casus.projection';

/**
 * Exactly one worker per projection: a session-level advisory lock held on a connection of its own.
 * When the holder's process or connection dies, PostgreSQL releases the lock and a standby takes over.
 */
export class AdvisoryLease {
  private client: Client | undefined;
  private lostHandler: ((error: Error) => void) | undefined;

  constructor(
    private readonly databaseUrl: string,
    private readonly name: string,
  ) {}

  /** true when this worker now holds the lease; false when another one does. */
  async tryAcquire(onLost: (error: Error) => void): Promise<boolean> {
    const client = new Client({ connectionString: this.databaseUrl, keepAlive: true, application_name: `casus lease ${this.name}` });
    client.on('error', (error) => this.lose(error));
    client.on('end', () => this.lose(new Error(`lease connection for ${this.name} closed`)));
    await client.connect();
    const { rows } = await client.query<{ held: boolean }>('SELECT pg_try_advisory_lock(hashtext($1), hashtext($2)) AS held', [
      NAMESPACE,
      this.name,
    ]);
    if (!rows[0].held) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      return false;
    }
    this.client = client;
    this.lostHandler = onLost;
    return true;
  }

  get held(): boolean {
    return this.client !== undefined;
  }

  async release(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.lostHandler = undefined;
    if (!client) return;
    client.removeAllListeners('end');
    // Closing the session releases the lock; an explicit unlock first keeps pooled proxies honest.
    await client.query('SELECT pg_advisory_unlock(hashtext($1), hashtext($2))', [NAMESPACE, this.name]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }

  private lose(error: Error): void {
    const handler = this.lostHandler;
    if (!this.client) return;
    this.client.removeAllListeners('end');
    this.client = undefined;
    this.lostHandler = undefined;
    handler?.(error);
  }
}
