import { Command } from 'commander';
import { migrate } from '@casus/database';
import { openDatabase } from '../../../api/src/bootstrap/embedded-database';
import { loadSettings } from '../../../api/src/config/settings';

/** `casus migrate`: brings DATABASE_URL (or the embedded default) up to the current schema. */
export function migrateCommand(): Command {
  return new Command('migrate')
    .description('run the database migrations against DATABASE_URL, or the embedded PostgreSQL when unset')
    .action(async () => {
      const database = await openDatabase(loadSettings(process.env));
      try {
        const ran = await migrate(database.url);
        const target = database.embedded ? 'the embedded PostgreSQL' : 'DATABASE_URL';
        process.stdout.write(ran.length ? `migrated ${target}: ${ran.join(', ')}\n` : `${target} is up to date\n`);
      } finally {
        await database.stop();
      }
    });
}
