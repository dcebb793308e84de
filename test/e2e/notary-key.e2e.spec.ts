import { loadOrCreateNotaryKey, Notary } from '@casus/audit';
import { loadLogHead, PostgresEventStore } from '@casus/event-store';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { caseSteps } from './support/case-steps';
import { startCasusApi } from './support/casus-api';
import { id, people } from './support/people';

/**
 * Only the process that runs the notary makes its key. An API without the log's followers (CASUS_PROCESS=api or all)
 * reads the key the worker's notary made; made there too, two processes could each make a key of their own, and the
 * API would then check the anchors against a key that never signed them.
 */
describe('the notary key, made where the notary runs', () => {
  it('an API without the log’s followers makes none and says so; it checks against the key once the notary has made it', async () => {
    const lines: string[] = [];
    const casus = await startCasusApi({ followLog: false, logLevel: 'warn', logDestination: { write: (line) => void lines.push(line) } });
    const keyFile = join(casus.keyDir, 'notary-key.pem');
    const store = new PostgresEventStore({ connectionString: casus.databaseUrl, poolSize: 2 });
    const pool = new Pool({ connectionString: casus.databaseUrl, max: 2 });
    try {
      expect(existsSync(keyFile)).toBe(false);
      expect(lines.join('')).toContain(`no notary key at ${keyFile}`);

      const caseId = id(3600);
      await caseSteps(() => casus, caseId).open();
      // The worker's notary, as CASUS_PROCESS=worker runs it: it makes the key and anchors the log.
      const notary = new Notary({
        store,
        db: pool,
        key: loadOrCreateNotaryKey(keyFile),
        everyEvents: 1_000,
        everyMs: 3_600_000,
        logHead: () => loadLogHead(pool),
      });
      await notary.start();
      await notary.anchorNow();
      await notary.stop();

      const integrity = await casus.get(people.ilse, `/cases/${caseId}/integrity`);
      expect({ status: integrity.status, anchor: integrity.body.anchor, problem: integrity.body.anchorProblem }).toEqual({
        status: 200,
        anchor: expect.objectContaining({ seq: expect.any(Number) }),
        problem: null,
      });
    } finally {
      await store.close();
      await pool.end();
      await casus.close();
    }
  });

  it('an API that follows the log itself makes the key with its notary', async () => {
    const casus = await startCasusApi();
    try {
      expect(existsSync(join(casus.keyDir, 'notary-key.pem'))).toBe(true);
    } finally {
      await casus.close();
    }
  });
});
