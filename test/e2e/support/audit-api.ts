import { Module, type INestApplication } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { PostgresEventStore } from '@casus/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import request from 'supertest';
import { AuditModule } from '../../../apps/api/src/audit/audit.module';
import { AuthModule } from '../../../apps/api/src/auth/auth.module';
import { loadOrCreateDevSigningKey, mintDevToken, openDatabasePool, systemClock } from '@casus/runtime';
import { EventStoreModule } from '../../../apps/api/src/event-store/event-store.module';
import { LOG_FOLLOWERS_OPTIONS } from '../../../apps/api/src/followers/log-followers.tokens';
import { NotaryWorker } from '../../../apps/api/src/followers/notary.worker';
import { casusHttpAdapter } from '../../../apps/api/src/http/http-adapter';
import { ProblemFilter } from '../../../apps/api/src/http/problem.filter';
import { RuntimeModule } from '../../../apps/api/src/runtime/runtime.module';
import { createTestDatabase } from '../../setup/test-database';
import type { Actor } from './people';

export interface AuditApi {
  readonly app: INestApplication;
  /** The store the test writes its stories to, as the command path would have. */
  readonly store: PostgresEventStore;
  /** The schema's owner, for tests that tamper as someone holding the database would. */
  readonly owner: Pool;
  http(): ReturnType<typeof request>;
  /** The Authorization header with the actor's dev token. */
  as(actor: Actor): Promise<{ Authorization: string }>;
  close(): Promise<void>;
}

/** Only the audit routes (history, state, integrity, access log), on a fresh database, without the command path. */
export async function startAuditApi(notary?: { everyEvents: number; everySeconds: number }): Promise<AuditApi> {
  const database = await createTestDatabase();
  const keyDir = mkdtempSync(join(tmpdir(), 'casus-audit-keys-'));
  const pool = openDatabasePool(database.url, 4);
  const store = new PostgresEventStore({ connectionString: database.url, pool });
  const owner = new Pool({ connectionString: database.ownerUrl, max: 1 });
  const notarySettings = notary && { keyFile: join(keyDir, 'notary-key.pem'), ...notary };
  @Module({
    imports: [
      AuthModule.forRoot({ kind: 'dev', keyDir }),
      RuntimeModule.forRoot({ pool, clock: systemClock }),
      EventStoreModule.forRoot(store, pool),
      AuditModule.forRoot({ notary: notarySettings, notaryRunsHere: true }),
    ],
    // Of the log's followers only the notary, which signs what /integrity checks.
    providers: [{ provide: LOG_FOLLOWERS_OPTIONS, useValue: { databaseUrl: database.url, notary: notarySettings } }, NotaryWorker],
  })
  class AuditTestApp {}
  const moduleRef = await Test.createTestingModule({ imports: [AuditTestApp] }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(casusHttpAdapter(), { logger: false });
  app.useGlobalFilters(new ProblemFilter());
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const key = await loadOrCreateDevSigningKey(keyDir);
  return {
    app,
    store,
    owner,
    http: () => request(app.getHttpServer()),
    as: async (actor) => ({ Authorization: `Bearer ${await mintDevToken(key, { sub: actor.id, ...actor })}` }),
    close: async () => {
      await app.close();
      await owner.end();
      await database.drop();
      rmSync(keyDir, { recursive: true, force: true });
    },
  };
}
