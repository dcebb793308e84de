import { PostgresEventStore } from '@casus/event-store';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { eventually } from './support/eventually';

/** The store on which each follower's first subscription stops with an error, as a lost connection stops them all. */
function firstSubscriptionsStop(databaseUrl: string): PostgresEventStore {
  const store = new PostgresEventStore({ connectionString: databaseUrl });
  const subscribe = store.subscribeToAll.bind(store);
  const stopped = new Set<string>();
  store.subscribeToAll = (options) => {
    const follower = JSON.stringify(options.filter ?? null);
    if (stopped.has(follower)) return subscribe(options);
    stopped.add(follower);
    setImmediate(() => options.onStop?.(new Error('the connection to the log was lost')));
    return { stop: async () => undefined };
  };
  return store;
}

/** The placement process's failures are the process's log lines, as every other part's are: a console line is lost to them. */
describe('the placement process in the process’s log', () => {
  let casus: CasusApi;
  const lines: string[] = [];

  beforeAll(async () => {
    casus = await startCasusApi((databaseUrl) => ({
      eventStoreInstance: firstSubscriptionsStop(databaseUrl),
      logLevel: 'error',
      logDestination: { write: (line) => void lines.push(line) },
    }));
  });
  afterAll(() => casus?.close());

  it('logs a stopped subscription as an error line of its own, with the error', async () => {
    const logged = await eventually(
      async () => lines.map((line) => JSON.parse(line)).find((line) => line.msg === 'placement process runtime failed'),
      'the placement process to log its failure',
    );
    expect(logged).toMatchObject({ level: 50, context: 'PlacementProcess', err: { message: 'the connection to the log was lost' } });
  });
});
