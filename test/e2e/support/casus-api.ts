import type { INestApplication } from '@nestjs/common';
import { PostgresEventStore, type RecordedEvent } from '@casus/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp, type AppOptions } from '../../../apps/api/src/app.factory';
import { loadOrCreateDevSigningKey, mintDevToken, type DevTokenRequest } from '@casus/runtime';
import { createTestDatabase, type TestDatabase } from '../../setup/test-database';
import { documentCheck, offDocument, recordAcceptedBodies, type AcceptedBody, type OpenApiDocument } from './accepted-bodies';
import { offResponses, recordAnsweredBodies, type AnsweredBody } from './answered-bodies';
import type { Actor } from './people';

export const NOW = new Date('2026-11-23T10:00:00.000Z');

export interface CasusApi {
  readonly app: INestApplication;
  /** As Casus connects: its own role. */
  readonly databaseUrl: string;
  /** The schema's owner, for tests that tamper as someone holding the database would. */
  readonly ownerDatabaseUrl: string;
  readonly keyDir: string;
  http(): ReturnType<typeof request>;
  /** A dev token minted as `casus token` mints it. */
  tokenFor(actor: Actor, extra?: Partial<DevTokenRequest>): Promise<string>;
  /** The Authorization header with the actor's dev token, as a client sends it (minted once: fuzzing asks thousands of times). */
  as(actor: Actor): Promise<{ Authorization: string }>;
  /** A GET as the actor, with their token (and headers such as Accept-Language). */
  get(actor: Actor, path: string, headers?: Record<string, string>): Promise<request.Response>;
  /** The case stream's revision in the store itself; -1 when nothing was written. */
  revisionOf(caseId: string): Promise<number>;
  eventsOf(caseId: string): Promise<RecordedEvent[]>;
  /** The request bodies answered 2xx so far; `close()` fails when one of them does not fit the OpenAPI document. */
  readonly accepted: readonly AcceptedBody[];
  /** The 2xx JSON answers so far; `close()` fails when one of them does not fit its documented response schema. */
  readonly answered: readonly AnsweredBody[];
  close(): Promise<void>;
}

/**
 * The real application on a fresh database of the test cluster, with a dev key of its own. Options that need the
 * database (a store of the test's own on it) are made from its URL.
 */
export async function startCasusApi(options: Partial<AppOptions> | ((databaseUrl: string) => Partial<AppOptions>) = {}): Promise<CasusApi> {
  const database: TestDatabase = await createTestDatabase();
  const keyDir = mkdtempSync(join(tmpdir(), 'casus-dev-keys-'));
  const app = await createApp({
    databaseUrl: database.url,
    auth: { kind: 'dev', keyDir },
    logLevel: 'silent',
    notary: { keyFile: join(keyDir, 'notary-key.pem'), everyEvents: 1_000, everySeconds: 300 },
    clock: () => NOW,
    ...(typeof options === 'function' ? options(database.url) : options),
  });
  const accepted = recordAcceptedBodies(app.getHttpServer());
  const answered = recordAnsweredBodies(app.getHttpServer());
  const store = new PostgresEventStore({ connectionString: database.url });
  const eventsOf = (caseId: string) => store.readStream(`case-${caseId}`);
  const tokenFor = async (actor: Actor, extra: Partial<DevTokenRequest> = {}) =>
    mintDevToken(await loadOrCreateDevSigningKey(keyDir), { sub: actor.id, ...actor, ...extra });
  const bearers = new Map<string, Promise<{ Authorization: string }>>();
  const as = (actor: Actor) => {
    const key = JSON.stringify(actor);
    if (!bearers.has(key))
      bearers.set(
        key,
        tokenFor(actor).then((token) => ({ Authorization: `Bearer ${token}` })),
      );
    return bearers.get(key)!;
  };
  return {
    app,
    databaseUrl: database.url,
    ownerDatabaseUrl: database.ownerUrl,
    keyDir,
    http: () => request(app.getHttpServer()),
    tokenFor,
    as,
    get: async (actor, path, headers = {}) =>
      request(app.getHttpServer())
        .get(path)
        .set({ ...(await as(actor)), ...headers }),
    revisionOf: async (caseId) => (await eventsOf(caseId)).length - 1,
    eventsOf,
    accepted,
    answered,
    close: async () => {
      const document = (await request(app.getHttpServer()).get('/api/docs-json')).body as OpenApiDocument;
      await app.close();
      await store.close();
      await database.drop();
      rmSync(keyDir, { recursive: true, force: true });
      // Every spec's accepted bodies against the document the typed client is generated from, so the two cannot drift.
      const check = documentCheck(document);
      const off = offDocument(document, accepted, check);
      if (off.length > 0) throw new Error(`request bodies the API accepted that its OpenAPI document refuses:\n${off.join('\n')}`);
      const unfit = [...new Set(offResponses(document, answered, check))];
      if (unfit.length > 0) throw new Error(`answers the API gave that its OpenAPI document does not describe:\n${unfit.join('\n')}`);
    },
  };
}
