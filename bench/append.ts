import { PostgresEventStore, type EventToAppend } from '@casus/event-store';
import { randomUUID } from 'node:crypto';
import { benchPool, measureRate, report, withBenchDatabase } from './embedded-cluster';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

function caseEvent(): EventToAppend {
  return {
    id: randomUUID(),
    type: 'SafetyAssessed',
    data: {
      caseId: randomUUID(),
      outcome: 'unsafe',
      findings: 'Zorgen over de veiligheid van de kinderen thuis.',
      assessedOn: '2026-11-23',
    },
    metadata: {
      actor: { id: randomUUID(), role: 'wijkteam', team: 'wijkteam-ede-noord', organisation: 'Gemeente Ede' },
      correlationId: randomUUID(),
      schemaVersion: 1,
    },
  };
}

/** Each client writes its own case streams of 10 events, as command handlers do: with the exact expected revision. */
function singleAppender(store: PostgresEventStore) {
  const heads = new Map<number, { stream: string; revision: number }>();
  return async (client: number): Promise<number> => {
    let head = heads.get(client);
    if (!head || head.revision === 9) head = { stream: `case-${randomUUID()}`, revision: -1 };
    const expectedRevision = head.revision === -1 ? 'no-stream' : head.revision;
    const result = await store.appendToStream(head.stream, [caseEvent()], { expectedRevision });
    heads.set(client, { stream: head.stream, revision: result.nextExpectedRevision });
    return 1;
  };
}

async function rawInsertRate(url: string, clients: number): Promise<number> {
  const pool = benchPool(url, clients);
  await pool.query(
    'CREATE TABLE IF NOT EXISTS raw_events (id bigserial PRIMARY KEY, stream_id text, event_id uuid, type text, data jsonb, metadata jsonb)',
  );
  const rate = await measureRate(clients, SECONDS, async () => {
    const event = caseEvent();
    await pool.query('INSERT INTO raw_events (stream_id, event_id, type, data, metadata) VALUES ($1, $2, $3, $4, $5)', [
      `case-${randomUUID()}`,
      event.id,
      event.type,
      event.data,
      event.metadata,
    ]);
    return 1;
  });
  await pool.end();
  return rate;
}

export async function runAppendBench(): Promise<void> {
  await withBenchDatabase(async (url) => {
    const store = new PostgresEventStore({ connectionString: url, poolSize: 20 });
    report('append.single.c1', await measureRate(1, SECONDS, singleAppender(store)), 'ev/s');
    report('append.single.c16', await measureRate(16, SECONDS, singleAppender(store)), 'ev/s');
    report(
      'append.batch100.c4',
      await measureRate(4, SECONDS, async () => {
        await store.appendToStream(`case-${randomUUID()}`, Array.from({ length: 100 }, caseEvent), { expectedRevision: 'no-stream' });
        return 100;
      }),
      'ev/s',
    );

    const started = performance.now();
    let read = 0;
    for (
      let page = await store.readAll({ maxCount: 1_000 });
      page.length > 0;
      page = await store.readAll({ after: page[page.length - 1].position, maxCount: 1_000 })
    ) {
      read += page.length;
    }
    console.log(`read the whole log: ${read} events`);
    report('read.all', read / ((performance.now() - started) / 1_000), 'ev/s');
    await store.close();

    console.log('baseline on the same server: plain INSERTs into an event-shaped table, no checks');
    report('baseline.raw-insert.c1', await rawInsertRate(url, 1), 'ev/s');
    report('baseline.raw-insert.c16', await rawInsertRate(url, 16), 'ev/s');
  });
}
