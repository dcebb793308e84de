import { Command } from 'commander';
import { PROJECTIONS, projectionsNamed, readStatuses, rebuildProjections, type RebuildProgress } from '@casus/projections';
import { loadSettings, openDatabasePool, openEventStore, openMigratedDatabase, protectEventStore } from '@casus/runtime';
import type { Pool } from 'pg';

function progressLine({ events, total, eventsPerSecond, etaSeconds }: RebuildProgress): string {
  const share = total > 0 ? events / total : 1;
  const bar = '#'.repeat(Math.round(share * 30)).padEnd(30, '.');
  return `[${bar}] ${events}/${total} events  ${Math.round(eventsPerSecond)} ev/s  ETA ${Math.ceil(etaSeconds)} s`;
}

async function withReadModels<T>(work: (deps: { pool: Pool; store: ReturnType<typeof protectEventStore> }) => Promise<T>): Promise<T> {
  const settings = loadSettings(process.env);
  const database = await openMigratedDatabase(settings);
  // A rebuild holds a connection for its guard and one per projection, beside the store's reads.
  const pool = openDatabasePool(database.url, Math.max(settings.databasePoolSize, PROJECTIONS.length + 2));
  const store = protectEventStore(openEventStore(settings.eventStore, pool, database.url), pool);
  try {
    return await work({ pool, store });
  } finally {
    await store.close();
    await pool.end();
    await database.stop();
  }
}

/** `casus projections rebuild [name...]` and `casus projections status`. */
export function projectionsCommand(): Command {
  const command = new Command('projections').description('read models: rebuild them from the log, or show their status');
  command
    .command('rebuild')
    .description(
      `rebuild read models from the log into fresh tables, then swap them in (blue/green); names: ${PROJECTIONS.map((p) => p.name).join(', ')} (default all)`,
    )
    .argument('[names...]', 'projections to rebuild')
    .action(async (names: string[]) => {
      const projections = projectionsNamed(names);
      await withReadModels(async ({ pool, store }) => {
        const tty = process.stdout.isTTY;
        let shown = 0;
        const result = await rebuildProjections(projections, {
          pool,
          store,
          onProgress: (progress) => {
            if (tty) process.stdout.write(`\r${progressLine(progress)}`);
            else if (Date.now() - shown > 1_000) {
              process.stdout.write(`${progressLine(progress)}\n`);
              shown = Date.now();
            }
          },
        });
        process.stdout.write(
          `${tty ? '\n' : ''}rebuilt ${projections.map((p) => p.name).join(', ')}: ${result.events} events in ${result.seconds.toFixed(1)} s ` +
            `(${Math.round(result.events / Math.max(result.seconds, 0.001))} ev/s), swapped in at position ${result.position}\n`,
        );
      });
    });
  command
    .command('status')
    .description("each projection's position, lag and state")
    .action(async () => {
      await withReadModels(async ({ pool }) => {
        for (const s of await readStatuses(pool, PROJECTIONS)) {
          const rebuild = s.builtWithVersion !== null && s.builtWithVersion !== s.version ? ' (needs a rebuild: version changed)' : '';
          process.stdout.write(
            `${s.name.padEnd(20)} ${s.state.padEnd(12)} at ${s.position ?? '-'}  ${s.eventsBehind} events / ${s.msBehind} ms behind${s.error ? `  error: ${s.error}` : ''}${rebuild}\n`,
          );
        }
      });
    });
  return command;
}
