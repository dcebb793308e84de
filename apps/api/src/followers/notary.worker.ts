import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { loadOrCreateNotaryKey, Notary } from '@casus/audit';
import { loadLogHead, type EventStore } from '@casus/event-store';
import { DATABASE_POOL } from '@casus/runtime';
import type { Pool } from 'pg';
import { STORED_EVENT_STORE } from '../event-store/event-store.module';
import { LOG_FOLLOWERS_OPTIONS, type LogFollowersOptions } from './log-followers.tokens';

/** Runs the notary with the process: it follows the log from its newest anchor and anchors every N events or M seconds. */
@Injectable()
export class NotaryWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Notary');
  private notary?: Notary;

  constructor(
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    @Inject(STORED_EVENT_STORE) private readonly store: EventStore,
    @Inject(LOG_FOLLOWERS_OPTIONS) private readonly options: LogFollowersOptions,
  ) {}

  onApplicationBootstrap(): void {
    const settings = this.options.notary;
    if (!settings) return;
    this.notary = new Notary({
      store: this.store,
      db: this.pool,
      key: loadOrCreateNotaryKey(settings.keyFile),
      everyEvents: settings.everyEvents,
      everyMs: settings.everySeconds * 1_000,
      // On EventStoreDB the events table stays empty: no head to wait for, it anchors what it has read.
      logHead: () => loadLogHead(this.pool),
      log: (message) => this.logger.warn(message),
    });
    void this.notary.start().catch((error: Error) => this.logger.error(error.message));
  }

  /** Anchors the log as it stands now (tests, operators). */
  anchorNow() {
    if (!this.notary) throw new Error('no notary runs in this process');
    return this.notary.anchorNow();
  }

  async onModuleDestroy(): Promise<void> {
    await this.notary?.stop();
  }
}
