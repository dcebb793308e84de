import { Command } from 'commander';
import { prepareDatabase } from '@casus/database';
import { openDatabase, loadSettings } from '@casus/runtime';

/** `casus migrate`: brings DATABASE_URL (or the embedded default) up to the current schema. */
export function migrateCommand(): Command {
  return new Command('migrate')
    .description(
      "run the database migrations (as DATABASE_OWNER_URL, else DATABASE_URL; the embedded PostgreSQL when unset) and grant Casus's role",
    )
    .action(async () => {
      const database = await openDatabase(loadSettings(process.env));
      try {
        const ran = await prepareDatabase(database.ownerUrl, database.url);
        const target = database.embedded ? 'the embedded PostgreSQL' : 'DATABASE_URL';
        process.stdout.write(ran.length ? `migrated ${target}: ${ran.join(', ')}\n` : `${target} is up to date\n`);
      } finally {
        await database.stop();
      }
    });
}
