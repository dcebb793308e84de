import { Command, InvalidArgumentError } from 'commander';
import { listDemoPeople, loadSettings, openDatabasePool, openMigratedDatabase } from '@casus/runtime';
import { seedRegion, type SeedReport } from '../seed/seeder';

const wholeNumber =
  (min: number, max: number) =>
  (value: string): number => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) throw new InvalidArgumentError(`a whole number from ${min} to ${max}`);
    return parsed;
  };

/** `casus seed`: the FoodValley demo region, written through the real deciders; running it again adds nothing. */
export function seedCommand(): Command {
  return new Command('seed')
    .description(
      'fill DATABASE_URL (or the embedded PostgreSQL) with a fictional FoodValley demo region: teams, places and cases in every phase',
    )
    .option('--cases <n>', 'number of cases', wholeNumber(1, 5_000), 300)
    .option('--seed <n>', 'seed for names, dates and ids: the same seed gives the same region', wholeNumber(0, 2 ** 31 - 1), 1)
    .option('--demo', 'npm run demo: the embedded PostgreSQL only, and nothing to do when a region was seeded there before')
    .action(async ({ demo, ...options }: { cases: number; seed: number; demo?: boolean }) => {
      const settings = loadSettings(process.env);
      if (settings.eventStore.kind !== 'postgres') throw new Error('seed writes to the PostgreSQL event store; unset EVENT_STORE');
      // Made-up cases never go into a database of real ones by way of a start script.
      if (demo && settings.databaseUrl !== undefined)
        throw new InvalidArgumentError('--demo seeds the embedded PostgreSQL only: unset DATABASE_URL, or run casus seed without --demo');
      const database = await openMigratedDatabase(settings);
      try {
        const target = database.embedded ? 'the embedded PostgreSQL' : 'DATABASE_URL';
        const seeded = demo ? await demoPeopleIn(database.url) : 0;
        if (seeded > 0) {
          process.stdout.write(`${target} holds a seeded demo region already: ${seeded} people to sign in as\n`);
          return;
        }
        process.stdout.write(`seeding ${options.cases} cases (seed ${options.seed}) into ${target}...\n`);
        const report = await seedRegion({
          databaseUrl: database.url,
          databasePoolSize: settings.databasePoolSize,
          calendar: settings.calendar,
          ...options,
          progress: (line) => process.stdout.write(`  ${line}\n`),
        });
        process.stdout.write(summary(report, `http://localhost:${settings.port}`));
      } finally {
        await database.stop();
      }
    });
}

async function demoPeopleIn(databaseUrl: string): Promise<number> {
  const pool = openDatabasePool(databaseUrl, 1);
  try {
    return (await listDemoPeople(pool)).length;
  } finally {
    await pool.end();
  }
}

/** `api`: where `npm start` will listen with these settings (PORT). */
function summary(report: SeedReport, api: string): string {
  const rows = (counts: Record<string, number>) => Object.entries(counts).map(([key, n]) => `  ${String(n).padStart(4)}  ${key}`);
  const [lead] = [...report.region.wijkteams.values()][0];
  const auditor = report.region.auditor;
  const tokenLine = (p: typeof lead) =>
    `  npm run casus -- token --sub ${p.id} --role ${p.role} --team ${p.team} --org "${p.organisation}" --name "${p.name}"`;
  return [
    report.eventsWritten === 0 ? 'nothing new written: this region was already seeded' : `${report.eventsWritten} events written`,
    '',
    'cases per phase:',
    ...rows(report.casesByPhase),
    '',
    'cases per story:',
    ...rows(report.casesByStory),
    '',
    'journal of the open cases:',
    ...rows({ notes: report.journal.notes, 'open tasks': report.journal.openTasks, 'of which overdue': report.journal.overdueTasks }),
    '',
    'places per kind (places, capacity, occupied):',
    ...Object.entries(report.placesByKind).map(
      ([kind, k]) => `  ${String(k.places).padStart(4)}  ${kind}: ${k.capacity} places, ${k.occupied} occupied`,
    ),
    '',
    ...(report.placementProcessErrors.length > 0
      ? [`the placement process met ${report.placementProcessErrors.length} errors (printed above): some placements may be parked`, '']
      : []),
    `Every person is fictional. To look around, start the API (npm start), open ${api}/ and sign in as one of them, or take a token, e.g.`,
    `${tokenLine(auditor)}   # reads every case`,
    `${tokenLine(lead)}   # ${lead.team}`,
    `  curl -H "Authorization: Bearer <token>" "${api}/cases?pageSize=20"`,
    '',
  ].join('\n');
}
