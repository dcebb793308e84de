import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dutchDateOf } from '@casus/domain';

/**
 * `peer`: the thin peer's shape (../shared/peer-bench/emmett-http.mjs), so that its ratios compare like with like: 70% a
 * case read, 30% a family member recorded. `workday`: a third of the reads a case's timeline and a third a team's
 * deadlines list (a NEN 7513 access-log line per case on its page), and of the commands a consent now and then and a
 * placement request in one of six, which the placement process then matches and reserves.
 */
export type LoadMix = 'peer' | 'workday';

/** What the bench process hands the load generator: the API, its cases and the teams' tokens. */
export type LoadPlan = {
  url: string;
  mix: LoadMix;
  connections: number;
  seconds: number;
  cases: readonly { caseId: string; token: string; childIds: readonly string[]; motherId: string }[];
  resultFile: string;
};

export type LoadResult = {
  seconds: number;
  reads: number;
  commands: number;
  placements: number;
  expectedRefusals: number;
  errors: number;
  errorsByStatus: Record<string, number>;
  p99: number;
  p50: number;
  acknowledged: string[];
  /** This process's own CPU (µs): it ends before the bench can read it from outside. */
  cpu: number;
};

type Kind = 'read' | 'command' | 'placement';
type Request = { method: string; path: string; headers: Record<string, string>; body?: string };
type Context = { kind?: Kind; correlationId?: string; caseId?: string; connection?: number };
type Autocannon = (
  options: object,
) => Promise<{ latency: { p99: number; p50: number }; errors: number; timeouts: number; duration: number }>;

// eslint-disable-next-line @typescript-eslint/no-require-imports -- autocannon ships no types
const autocannon = require('autocannon') as Autocannon;

async function main(): Promise<void> {
  const plan = JSON.parse(readFileSync(process.argv[2], 'utf8')) as LoadPlan;
  const counts = { read: 0, command: 0, placement: 0, expectedRefusals: 0, errors: 0 };
  const errorsByStatus: Record<string, number> = {};
  const acknowledged: string[] = [];
  // Each connection asks placements for its own share of the children, so a request is refused only once they run out.
  const placementSlots = plan.cases.flatMap((c) => c.childIds.map((childId) => ({ c, childId })));
  const nextSlot = Array.from({ length: plan.connections }, (_, n) => n);
  let connections = 0;
  const pick = () => plan.cases[Math.floor(Math.random() * plan.cases.length)];

  const setupRequest = (request: Request, context: Context): Request => {
    context.connection ??= connections++ % plan.connections;
    const roll = Math.random();
    const correlationId = `bench-${randomUUID()}`;
    const chosen = pick();
    const headers = { authorization: `Bearer ${chosen.token}`, 'content-type': 'application/json', 'x-correlation-id': correlationId };
    Object.assign(context, { correlationId, caseId: chosen.caseId });
    if (roll < 0.7) {
      context.kind = 'read';
      const path =
        plan.mix === 'peer' || roll < 0.233
          ? `/cases/${chosen.caseId}`
          : roll < 0.466
            ? `/cases/${chosen.caseId}/timeline`
            : '/deadlines?pageSize=20';
      return { ...request, method: 'GET', path, headers, body: undefined };
    }
    if (plan.mix === 'peer' || roll < 0.95) {
      context.kind = 'command';
      const body =
        plan.mix === 'peer' || roll < 0.88
          ? { familyMemberId: randomUUID(), name: 'Buurvrouw', relation: 'other', parentalAuthorityOver: [], contact: {} }
          : {
              consentId: randomUUID(),
              givenBy: { giver: 'family-member', familyMemberId: chosen.motherId },
              purpose: 'share-information',
              childIds: chosen.childIds,
              givenOn: today(),
            };
      const step = 'consentId' in body ? 'record-consent' : 'record-family-member';
      return { ...request, method: 'POST', path: `/cases/${chosen.caseId}/${step}`, headers, body: JSON.stringify(body) };
    }
    context.kind = 'placement';
    const slot = placementSlots[nextSlot[context.connection] % placementSlots.length];
    nextSlot[context.connection] += plan.connections;
    context.caseId = slot.c.caseId;
    const body = {
      placementId: randomUUID(),
      childIds: [slot.childId],
      legalBasis: 'voluntary',
      siblingSeparationReason: 'Each child needs a place of their own for now',
      needs: { careIntensity: 'medium', specialisations: [], description: 'Calm, routine, near school' },
      urgency: 'regular',
      intendedStartOn: today(),
      parentsHome: { lat: 52.0402, lon: 5.6649 },
      region: 'FoodValley',
    };
    return {
      ...request,
      method: 'POST',
      path: `/cases/${slot.c.caseId}/request-placement`,
      headers: { ...headers, authorization: `Bearer ${slot.c.token}` },
      body: JSON.stringify(body),
    };
  };

  const onResponse = (status: number, body: string, context: Context) => {
    const kind = context.kind!;
    if (status < 300) {
      counts[kind] += 1;
      if (kind !== 'read')
        acknowledged.push(`${context.correlationId} ${context.caseId} ${(JSON.parse(body) as { revision: number }).revision}`);
    } else if (kind !== 'read' && (status === 409 || status === 422)) {
      counts.expectedRefusals += 1;
    } else {
      counts.errors += 1;
      errorsByStatus[`${kind} ${status}`] = (errorsByStatus[`${kind} ${status}`] ?? 0) + 1;
    }
  };

  const result = await autocannon({
    url: plan.url,
    connections: plan.connections,
    duration: plan.seconds,
    timeout: 10,
    requests: [{ setupRequest, onResponse }],
  });
  const ownCpu = process.cpuUsage();
  const outcome: LoadResult = {
    seconds: plan.seconds,
    reads: counts.read,
    commands: counts.command,
    placements: counts.placement,
    expectedRefusals: counts.expectedRefusals,
    errors: counts.errors + result.errors + result.timeouts,
    errorsByStatus: { ...errorsByStatus, socket: result.errors, timeout: result.timeouts },
    p99: result.latency.p99,
    p50: result.latency.p50,
    acknowledged,
    cpu: ownCpu.user + ownCpu.system,
  };
  writeFileSync(plan.resultFile, JSON.stringify(outcome));
}

// The Dutch day the API judges dates by, not UTC's (the day before, late in the evening).
const today = () => dutchDateOf(new Date());

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
