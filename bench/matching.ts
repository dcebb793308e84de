import {
  CARE_INTENSITIES,
  PLACEMENT_OPTION_KINDS,
  defaultMatchingConfig,
  match,
  type MatchRequest,
  type PlacementOption,
} from '@casus/matching';
import { constants, PerformanceObserver, type NodeGCPerformanceDetail, type PerformanceEntry } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { report } from './embedded-cluster';
import { random as seededRandom } from '../libs/projections/src/testing/case-histories';

const OPTION_COUNT = 10_000;
const WARM_UP_RUNS = 200;
// A p99 of 500 runs is their 5th slowest, one collector pause more or less moved it; of 2000, the 20th.
const MEASURED_RUNS = 2000;
const SPECIALISATIONS = ['trauma', 'autism', 'attachment', 'addiction', 'lvb', 'young-mothers'];
const MUNICIPALITIES = ['Ede', 'Barneveld', 'Wageningen', 'Veenendaal', 'Utrecht', 'Arnhem', 'Zwolle', 'Tilburg'];
const CODES = ['GM0228', 'GM0203', 'GM0289', 'GM0345', 'GM0344', 'GM0202', 'GM0193', 'GM0855'];

function uuidLike(random: () => number): string {
  const hex = (length: number) => Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
}

function generateOptions(count: number, random: () => number): PlacementOption[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  return Array.from({ length: count }, (_, index) => {
    const kind = pick(PLACEMENT_OPTION_KINDS);
    const capacity = 1 + Math.floor(random() * 8);
    const municipality = pick(MUNICIPALITIES);
    const minAge = Math.floor(random() * 10);
    return {
      optionId: uuidLike(random),
      kind,
      provider: `provider-${index % 40}`,
      municipality,
      municipalityCode: CODES[MUNICIPALITIES.indexOf(municipality)],
      region: MUNICIPALITIES.indexOf(municipality) < 4 ? 'FoodValley' : 'elsewhere',
      location: { lat: 50.8 + random() * 2.5, lon: 3.5 + random() * 3.5 },
      capacity,
      reserved: Math.floor(random() * 2),
      occupied: Math.floor((random() * capacity) / 2),
      ageRange: { min: minAge, max: minAge + 6 + Math.floor(random() * 12) },
      careIntensities: CARE_INTENSITIES.filter(() => random() < 0.85),
      specialisations: SPECIALISATIONS.filter(() => random() < 0.3),
      maxSiblingGroup: 1 + Math.floor(random() * 5),
      networkFamilyId: kind === 'netwerkpleeggezin' ? (random() < 0.2 ? 'network-1' : `network-${index}`) : undefined,
      status: random() < 0.9 ? 'active' : random() < 0.5 ? 'paused' : 'withdrawn',
    };
  });
}

// Two earlier places and a sibling's place among the options, so every criterion is at work.
const requestAmong = (options: readonly PlacementOption[]): MatchRequest => ({
  placementId: 'placement-bench',
  children: [
    { childId: 'child-1', birthDate: '2016-03-14' },
    { childId: 'child-2', birthDate: '2018-09-02' },
  ],
  referenceDate: '2026-11-23',
  needs: { careIntensity: 'medium', specialisations: ['trauma', 'attachment'] },
  familyNetworkId: 'network-1',
  parentsHome: { lat: 52.04, lon: 5.67 },
  school: { lat: 52.03, lon: 5.66 },
  municipality: 'Ede',
  municipalityCode: 'GM0228',
  region: 'FoodValley',
  excludedAreas: [{ center: { lat: 52.09, lon: 5.12 }, radiusKm: 10, reason: 'near the address of the parent with a contact ban' }],
  earlierOptionIds: [options[42].optionId, options[1234].optionId],
  siblingOptionIds: [options[777].optionId],
  keptApartOptionIds: [],
  declinedOptionIds: [],
});

function percentile(sortedMs: readonly number[], p: number): number {
  return sortedMs[Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1)];
}

interface Timings {
  readonly wallMs: number[];
  /**
   * CPU time of the whole process, garbage-collector threads included: on a shared machine, wall time
   * far above it means the run waited for a core.
   */
  readonly cpuMs: number[];
  /** The collector's pauses during the measured runs (they are in the times): a p99 is read with them. */
  readonly collector: { readonly minor: number; readonly major: number; readonly pausedMs: number };
}

async function timeRuns(request: MatchRequest, options: readonly PlacementOption[]): Promise<Timings> {
  for (let run = 0; run < WARM_UP_RUNS; run++) match(request, options, defaultMatchingConfig);
  const observer = new PerformanceObserver(() => undefined);
  observer.observe({ entryTypes: ['gc'] });
  const wallMs: number[] = [];
  const cpuMs: number[] = [];
  for (let run = 0; run < MEASURED_RUNS; run++) {
    const cpuBefore = process.cpuUsage();
    const start = process.hrtime.bigint();
    match(request, options, defaultMatchingConfig);
    wallMs.push(Number(process.hrtime.bigint() - start) / 1e6);
    const cpu = process.cpuUsage(cpuBefore);
    cpuMs.push((cpu.user + cpu.system) / 1e3);
  }
  // The observer is handed the collector's entries on the next turn of the event loop.
  await nextTurn();
  const pauses = observer.takeRecords();
  observer.disconnect();
  // A gc entry says its kind in detail, which @types/node leaves off PerformanceEntry.
  const kindOf = (entry: PerformanceEntry) => (entry as PerformanceEntry & { readonly detail: NodeGCPerformanceDetail }).detail.kind;
  const ofKind = (kind: number) => pauses.filter((entry) => kindOf(entry) === kind).length;
  const collector = {
    minor: ofKind(constants.NODE_PERFORMANCE_GC_MINOR),
    major: ofKind(constants.NODE_PERFORMANCE_GC_MAJOR),
    pausedMs: pauses.reduce((sum, entry) => sum + entry.duration, 0),
  };
  const ascending = (a: number, b: number) => a - b;
  return { wallMs: wallMs.sort(ascending), cpuMs: cpuMs.sort(ascending), collector };
}

function describe(label: string, { wallMs, cpuMs, collector }: Timings): void {
  const at = (sortedMs: readonly number[], p: number) => `p${p} ${percentile(sortedMs, p).toFixed(2)}`;
  console.log(`  ${label}:`);
  console.log(`    wall ms: ${at(wallMs, 50)}, ${at(wallMs, 90)}, ${at(wallMs, 99)}, max ${wallMs[wallMs.length - 1].toFixed(2)}`);
  console.log(`    cpu ms:  ${at(cpuMs, 50)}, ${at(cpuMs, 90)}, ${at(cpuMs, 99)}, max ${cpuMs[cpuMs.length - 1].toFixed(2)}`);
  const { minor, major, pausedMs } = collector;
  console.log(`    collector: ${minor} minor and ${major} major collections, ${pausedMs.toFixed(1)} ms paused in all`);
}

export async function runMatchingBench(): Promise<void> {
  // A fixed seed, so every run ranks the same options and runs can be compared.
  const next = seededRandom(20261123);
  // Random ids make the generated order "no particular order", like the event-store capacity reader's
  // log order. Both lists are allocated in the order they are read, as a real read would: walking
  // one list in the other's order would measure cache misses no real caller causes.
  const inLogOrder = generateOptions(OPTION_COUNT, next);
  const inIdOrder = structuredClone([...inLogOrder].sort((a, b) => (a.optionId < b.optionId ? -1 : 1)));
  const request = requestAmong(inLogOrder);
  const { ranked, excluded } = match(request, inIdOrder, defaultMatchingConfig);
  console.log(
    `matching: one request against ${OPTION_COUNT} options (${ranked.length} ranked, ${excluded.length} excluded), ` +
      `${MEASURED_RUNS} runs each after ${WARM_UP_RUNS} to warm up`,
  );

  describe('options in option-id order, as the capacity read model reads them', await timeRuns(request, inIdOrder));
  const logOrderTimings = await timeRuns(request, inLogOrder);
  describe('options in no particular order, as the event-store capacity reader reads them', logOrderTimings);

  report('matching.10k.p50', percentile(logOrderTimings.wallMs, 50), 'ms');
  report('matching.10k.p99', percentile(logOrderTimings.wallMs, 99), 'ms');
}

if (require.main === module) {
  runMatchingBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
