import {
  CARE_INTENSITIES,
  PLACEMENT_OPTION_KINDS,
  defaultMatchingConfig,
  match,
  type MatchRequest,
  type PlacementOption,
} from '@casus/matching';

const OPTION_COUNT = 10_000;
const WARM_UP_RUNS = 50;
const MEASURED_RUNS = 500;
const SPECIALISATIONS = ['trauma', 'autism', 'attachment', 'addiction', 'lvb', 'young-mothers'];
const MUNICIPALITIES = ['Ede', 'Barneveld', 'Wageningen', 'Veenendaal', 'Utrecht', 'Arnhem', 'Zwolle', 'Tilburg'];

// A fixed seed (mulberry32) so every run ranks the same options and runs can be compared.
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateOptions(count: number, random: () => number): PlacementOption[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  return Array.from({ length: count }, (_, index) => {
    const kind = pick(PLACEMENT_OPTION_KINDS);
    const capacity = 1 + Math.floor(random() * 8);
    const municipality = pick(MUNICIPALITIES);
    const minAge = Math.floor(random() * 10);
    return {
      optionId: `option-${String(index).padStart(5, '0')}`,
      kind,
      provider: `provider-${index % 40}`,
      municipality,
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

// The read model hands options over in no particular order; sorted input would flatter the sort.
function shuffled<T>(items: T[], random: () => number): T[] {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other], items[index]];
  }
  return items;
}

const request: MatchRequest = {
  placementId: 'placement-bench',
  children: [
    { childId: 'child-1', birthDate: '2016-03-14' },
    { childId: 'child-2', birthDate: '2018-09-02' },
  ],
  referenceDate: '2026-11-23',
  siblingsTogether: true,
  needs: { careIntensity: 'medium', specialisations: ['trauma', 'attachment'] },
  familyNetworkId: 'network-1',
  parentsHome: { lat: 52.04, lon: 5.67 },
  school: { lat: 52.03, lon: 5.66 },
  municipality: 'Ede',
  region: 'FoodValley',
  excludedAreas: [{ center: { lat: 52.09, lon: 5.12 }, radiusKm: 10, reason: 'near the address of the parent with a contact ban' }],
  earlierOptionIds: ['option-00042', 'option-01234'],
  siblingOptionIds: ['option-00777'],
};

function percentile(sortedMs: readonly number[], p: number): number {
  return sortedMs[Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1)];
}

export async function runMatchingBench(): Promise<void> {
  const random = seededRandom(20261123);
  const options = shuffled(generateOptions(OPTION_COUNT, random), random);
  let ranked = 0;
  for (let run = 0; run < WARM_UP_RUNS; run++) ranked = match(request, options, defaultMatchingConfig).ranked.length;

  const durationsMs: number[] = [];
  for (let run = 0; run < MEASURED_RUNS; run++) {
    const start = process.hrtime.bigint();
    match(request, options, defaultMatchingConfig);
    durationsMs.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  durationsMs.sort((a, b) => a - b);

  const format = (ms: number) => ms.toFixed(2);
  console.log(
    `matching: ${OPTION_COUNT} options (${ranked} ranked, ${OPTION_COUNT - ranked} excluded), ${MEASURED_RUNS} runs: ` +
      `p50 ${format(percentile(durationsMs, 50))} ms, p90 ${format(percentile(durationsMs, 90))} ms, ` +
      `p99 ${format(percentile(durationsMs, 99))} ms, max ${format(durationsMs[durationsMs.length - 1])} ms`,
  );
  console.log(`BENCH matching.10k.p99 ${format(percentile(durationsMs, 99))} ms`);
}

if (require.main === module) {
  runMatchingBench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
