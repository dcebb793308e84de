import { setTimeout as sleep } from 'node:timers/promises';
import { dutchDateOf, phaseOf, STATUTORY_CALENDAR, type WorkingCalendar } from '@casus/domain';
import { comparePositions, loadCheckpoint, loadLogHead, PostgresEventStore, type EventStore } from '@casus/event-store';
import { defaultMatchingConfig, type PlacementOption } from '@casus/matching';
import { PersonKeys, ProtectedEventStore } from '@casus/privacy';
import {
  EventStoreCapacityReader,
  EventStoreCaseCommands,
  loadOption,
  PLACEMENT_PROCESS_SUBSCRIPTION,
  PlacementProcessRuntime,
  toMatchingOption,
} from '@casus/placement';
import { DEFAULT_DATABASE_POOL_SIZE, openDatabasePool, recordDemoPeople, systemClock, type Clock, type DemoPerson } from '@casus/runtime';
import type { Pool } from 'pg';
import { CaseWriter, NoPlaceFound, registerPlace } from './case-writer';
import { familyFor } from './family';
import { FAMILY_READS_CASE, linkFamilyAccounts, readingFamily } from './family-accounts';
import { raiseFamilyVoice } from './family-voice-steps';
import { keepJournal } from './journal';
import { regionPlaces } from './places';
import { randomFor } from './random';
import { professionalsOf, regionFor, type Region } from './region';
import { scenarioFor } from './scenarios';

export type SeedOptions = Readonly<{
  databaseUrl: string;
  /** Connections of the run's one pool (DATABASE_POOL_SIZE); default DEFAULT_DATABASE_POOL_SIZE. */
  databasePoolSize?: number;
  cases: number;
  seed: number;
  /** Cases written side by side while the placement process works on earlier ones (default 8). */
  concurrency?: number;
  /** How long to wait for the placement process to reserve or start a place (default 60 s). */
  processWaitMs?: number;
  progress?: (line: string) => void;
  /** The deployment's extra non-working days (EXTRA_NON_WORKING_DAYS); the statutory days only when left out. */
  calendar?: WorkingCalendar;
}>;

export type SeedReport = Readonly<{
  eventsWritten: number;
  casesByPhase: Record<string, number>;
  casesByStory: Record<string, number>;
  /** Notes and open tasks on the open cases; overdue: due before today. */
  journal: Readonly<{ notes: number; openTasks: number; overdueTasks: number }>;
  placesByKind: Record<string, { places: number; capacity: number; occupied: number }>;
  /** Cases whose placement request found no place (the process tried every candidate). */
  waitingForPlace: number;
  /** What the placement process said went wrong (a placement parked after failed tries, the runtime failing): none in a good seed. */
  placementProcessErrors: readonly string[];
  region: Region;
}>;

const countEvents = async (pool: Pool) => Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM events')).rows[0].n);
const tally = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);

/**
 * Fills a migrated database with the FoodValley demo region. Every event comes from the real deciders:
 * the case decider for case steps, the option decider for places, and the placement process (run here,
 * as the API runs it) for proposals, reservations and starts.
 */
export async function seedRegion(options: SeedOptions): Promise<SeedReport> {
  const pool = openDatabasePool(options.databaseUrl, options.databasePoolSize ?? DEFAULT_DATABASE_POOL_SIZE);
  // Names, contact details and views are sealed as the API seals them.
  const store = new ProtectedEventStore(new PostgresEventStore({ connectionString: options.databaseUrl, pool }), PersonKeys.over(pool));
  const clock = systemClock;
  const placementProcessErrors: string[] = [];
  const runtime = new PlacementProcessRuntime({
    store,
    db: pool,
    pool,
    connectionString: options.databaseUrl,
    capacity: new EventStoreCapacityReader(store),
    cases: new EventStoreCaseCommands(store),
    clock,
    settings: { reservationTtlMs: 48 * 3_600_000, noSuitablePlacementDays: 2, matching: defaultMatchingConfig },
    log: (message, error) => {
      const line = `${message}: ${(error as Error)?.message ?? error}`;
      placementProcessErrors.push(line);
      options.progress?.(line);
    },
  });
  try {
    const before = await countEvents(pool);
    const region = regionFor(options.seed);
    await recordDemoPeople(pool, professionalsOf(region));
    for (const place of regionPlaces(options.seed, options.cases, region)) await registerPlace(store, options.seed, place, clock());
    await runtime.start();
    const casesByStory: Record<string, number> = {};
    let waitingForPlace = 0;
    const familyPeople: DemoPerson[] = [];
    let next = 0;
    const worker = async () => {
      for (let index = next++; index < options.cases; index = next++) {
        const drawn = familyFor(options.seed, index, region, clock());
        const family = index === FAMILY_READS_CASE ? readingFamily(drawn) : drawn;
        const scenario = scenarioFor(index, randomFor(options.seed, 'scenario', index));
        const writer = new CaseWriter(store, options.seed, String(index), family.caseId, clock, options.processWaitMs ?? 60_000);
        try {
          const story = { writer, family, region, seed: options.seed, calendar: options.calendar ?? STATUTORY_CALENDAR };
          await scenario.run(story);
          await keepJournal(story);
          const linked = await linkFamilyAccounts(story);
          if (index === FAMILY_READS_CASE) await raiseFamilyVoice(story, linked);
          familyPeople.push(...linked);
          tally(casesByStory, scenario.name);
        } catch (error) {
          if (!(error instanceof NoPlaceFound)) {
            // A case that waited for the placement process in vain fails on its wait: what the process met says why.
            const said = placementProcessErrors.length > 0 ? `; the placement process said: ${placementProcessErrors.at(-1)}` : '';
            throw new Error(`case ${index + 1} (${scenario.name}): ${(error as Error).message}${said}`, { cause: error });
          }
          waitingForPlace += 1;
          tally(casesByStory, `${scenario.name} (no place found yet)`);
        }
        if ((index + 1) % 50 === 0) options.progress?.(`${index + 1} of ${options.cases} cases`);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 8) }, worker));
    await processCaughtUp(pool, options.processWaitMs ?? 60_000);
    await recordDemoPeople(pool, familyPeople);
    return {
      eventsWritten: (await countEvents(pool)) - before,
      ...(await tallied(store, options, region, clock)),
      casesByStory,
      waitingForPlace,
      placementProcessErrors,
      region,
    };
  } finally {
    await runtime.stop();
    await store.close();
    await pool.end();
  }
}

/**
 * The process has handled every event in the log (its vacate and release steps included), so a rerun
 * finds nothing to do. Measured against the newest committed event, not against what the global log
 * shows: a transaction running elsewhere may hide the newest events for a moment.
 */
async function processCaughtUp(pool: Pool, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const [checkpoint, head] = await Promise.all([loadCheckpoint(pool, PLACEMENT_PROCESS_SUBSCRIPTION), loadLogHead(pool)]);
    if (!head || (checkpoint && comparePositions(checkpoint, head) >= 0)) return;
    if (Date.now() > until) throw new Error('the placement process did not catch up with the seeded events in time');
    await sleep(100);
  }
}

/** The cases per phase with their journal, and the places per kind: the providers' and the families proposed from the cases' own networks. */
async function tallied(store: EventStore, options: SeedOptions, region: Region, clock: Clock) {
  const phases: Record<string, number> = {};
  const journal = { notes: 0, openTasks: 0, overdueTasks: 0 };
  const today = dutchDateOf(clock());
  const proposed: PlacementOption[] = [];
  for (let index = 0; index < options.cases; index++) {
    const family = familyFor(options.seed, index, region, clock());
    const state = await new CaseWriter(store, options.seed, String(index), family.caseId, clock, 0).state();
    tally(phases, state.status === 'none' ? 'none' : phaseOf(state));
    if (state.status === 'none') continue;
    for (const { optionId } of state.networkFamilies) {
      const option = toMatchingOption((await loadOption(store, optionId)).state);
      if (option) proposed.push(option);
    }
    if (state.status !== 'open') continue;
    const open = state.tasks.filter((task) => task.status === 'open');
    journal.notes += state.notes.length;
    journal.openTasks += open.length;
    journal.overdueTasks += open.filter((task) => task.dueOn < today).length;
  }
  const placesByKind = placesOf([...(await new EventStoreCapacityReader(store).all()), ...proposed]);
  return { casesByPhase: phases, journal, placesByKind };
}

function placesOf(options: readonly PlacementOption[]): SeedReport['placesByKind'] {
  const kinds: Record<string, { places: number; capacity: number; occupied: number }> = {};
  for (const option of options) {
    const kind = (kinds[option.kind] ??= { places: 0, capacity: 0, occupied: 0 });
    kind.places += 1;
    kind.capacity += option.capacity;
    kind.occupied += option.occupied;
  }
  return kinds;
}
