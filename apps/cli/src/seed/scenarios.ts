import { addDays, type IsoDate } from '@casus/domain';
import {
  assess,
  consentToPlacement,
  courtOrder,
  dayTime,
  jeugdlink,
  minDate,
  open,
  raadAdvice,
  requestPlacement,
  safetyPlan,
  type Story,
} from './case-steps';
import { fosterCareToTwentyOne, talksWithPlacedChildren, turningEighteenSoon } from './growing-up-steps';
import { close, decidePlacement, reopen, returnDecision, returnHome, returnHomePlan } from './placement-steps';
import { movedAway } from './transfer-steps';
import { newSignal, veiligThuisInvestigates } from './signal-steps';
import { aftercareAfterReturnHome, helpPlan, perspectiveDecision } from './help-steps';

export type Scenario = Readonly<{ name: string; weight: number; run(story: Story): Promise<unknown> }>;

type Basis = 'voluntary' | 'court-order';

/** Returns the day Jeugdlink is (or would be) asked to join: a week or two after the plan. */
async function unsafeWithPlan(story: Story, daysAgo: number): Promise<IsoDate> {
  const receivedOn = await open(story, daysAgo);
  const agreedOn = await safetyPlan(story, await assess(story, 'unsafe', receivedOn));
  return minDate(addDays(agreedOn, story.family.random.int(5, 15)), story.family.today);
}

/** Up to a placement request: voluntary with every parent's consent, or under an OTS and a machtiging per child. */
async function upToRequest(story: Story, basis: Basis): Promise<void> {
  const { random, children } = story.family;
  const jeugdlinkOn = await unsafeWithPlan(story, random.int(40, 150));
  if (basis === 'court-order') {
    await jeugdlink(story, 'ended', jeugdlinkOn);
    const daysAgo = random.int(10, 30);
    const childIds = children.map((c) => c.childId);
    await courtOrder(story, 'ots', daysAgo, childIds);
    await courtOrder(story, 'machtiging-uithuisplaatsing', daysAgo, childIds);
  } else {
    await consentToPlacement(story);
  }
  await requestPlacement(story, basis, random.chance(0.35));
}

const basisOf = (story: Story): Basis => (story.family.index % 2 === 0 ? 'court-order' : 'voluntary');

async function placed(story: Story): Promise<Basis> {
  const basis = basisOf(story);
  await upToRequest(story, basis);
  await decidePlacement(story, basis);
  return basis;
}

async function returnedHome(story: Story): Promise<void> {
  const basis = await placed(story);
  await returnHomePlan(story, 4);
  await returnDecision(story, basis, 'return-home');
  await returnHome(story);
  await aftercareAfterReturnHome(story);
}

async function closedAfterSafe(story: Story): Promise<void> {
  const { random, today } = story.family;
  const assessedOn = await assess(story, 'safe', await open(story, random.int(60, 300)));
  story.writer.asOf(dayTime(minDate(addDays(assessedOn, random.int(20, 50)), today), 13));
  await close(story, 'Safe at home; the family gets light support from the wijkteam');
}

/** Each case follows one of these, so the region shows every phase; the weights set the mix. */
export const SCENARIOS: readonly Scenario[] = [
  { name: 'signal, safety assessment pending', weight: 30, run: (s) => open(s, s.family.random.int(0, 14)).then(() => undefined) },
  { name: 'assessed safe', weight: 25, run: async (s) => assess(s, 'safe', await open(s, s.family.random.int(10, 200))) },
  { name: 'assessed unsafe', weight: 10, run: async (s) => assess(s, 'unsafe', await open(s, s.family.random.int(5, 30))) },
  {
    name: 'voluntary help plan',
    weight: 15,
    run: async (s) => helpPlan(s, await assess(s, 'safe', await open(s, s.family.random.int(90, 300)))),
  },
  { name: 'safety plan', weight: 25, run: (s) => unsafeWithPlan(s, s.family.random.int(10, 120)) },
  {
    name: 'safety plan, then a new signal',
    weight: 8,
    run: async (s) =>
      newSignal(s, await unsafeWithPlan(s, s.family.random.int(20, 120)), s.family.random.int(3, 20), s.family.random.chance(0.5)),
  },
  { name: 'Veilig Thuis investigating', weight: 6, run: (s) => veiligThuisInvestigates(s, s.family.random.int(10, 90), false) },
  {
    name: 'Veilig Thuis handed over, then a new signal',
    weight: 5,
    run: async (s) => newSignal(s, await veiligThuisInvestigates(s, s.family.random.int(80, 250), true), s.family.random.int(5, 30), true),
  },
  {
    name: 'Jeugdlink requested',
    weight: 10,
    run: async (s) => jeugdlink(s, 'requested', await unsafeWithPlan(s, s.family.random.int(10, 60))),
  },
  { name: 'Jeugdlink joined', weight: 12, run: async (s) => jeugdlink(s, 'joined', await unsafeWithPlan(s, s.family.random.int(15, 90))) },
  {
    name: 'moved to another municipality',
    weight: 8,
    run: async (s) => movedAway(s, await unsafeWithPlan(s, s.family.random.int(20, 120))),
  },
  { name: 'Jeugdlink ended', weight: 8, run: async (s) => jeugdlink(s, 'ended', await unsafeWithPlan(s, s.family.random.int(30, 200))) },
  {
    name: 'OTS',
    weight: 10,
    run: async (s) => {
      await jeugdlink(s, 'joined', await unsafeWithPlan(s, s.family.random.int(40, 250)));
      await courtOrder(s, 'ots', s.family.random.int(5, 30));
    },
  },
  {
    name: 'OTS, extension advised by the Raad',
    weight: 4,
    run: async (s) => {
      await jeugdlink(s, 'joined', await unsafeWithPlan(s, s.family.random.int(380, 480)));
      await courtOrder(s, 'ots', s.family.random.int(320, 350));
      await raadAdvice(s);
    },
  },
  {
    name: 'voorlopige OTS',
    weight: 6,
    run: async (s) => {
      const on = await open(s, s.family.random.int(10, 60));
      await assess(s, 'acute-unsafe', on);
      await courtOrder(s, 'voorlopige-ots', s.family.random.int(1, 8));
    },
  },
  {
    name: 'spoedmachtiging',
    weight: 5,
    run: async (s) => {
      const on = await open(s, s.family.random.int(3, 12));
      await assess(s, 'acute-unsafe', on);
      await courtOrder(s, 'spoedmachtiging', s.family.random.int(0, 2));
    },
  },
  { name: 'placement requested, place proposed', weight: 10, run: (s) => upToRequest(s, basisOf(s)) },
  {
    name: 'placed',
    weight: 28,
    run: async (s) => {
      await placed(s);
      await talksWithPlacedChildren(s, 0.5);
    },
  },
  { name: 'perspective decided', weight: 8, run: async (s) => perspectiveDecision(s, await placed(s)) },
  {
    name: 'return-home plan',
    weight: 12,
    run: async (s) => {
      await placed(s);
      await returnHomePlan(s, 1);
    },
  },
  {
    name: 'return decision: not yet',
    weight: 10,
    run: async (s) => {
      const basis = await placed(s);
      await returnHomePlan(s, 1);
      await returnDecision(s, basis, 'not-yet');
    },
  },
  { name: 'returned home', weight: 12, run: returnedHome },
  { name: 'closed', weight: 15, run: closedAfterSafe },
  {
    name: 'closed after return home',
    weight: 8,
    run: async (s) => {
      await returnedHome(s);
      await close(s, 'Home and safe; aftercare arranged');
    },
  },
  {
    name: 'reopened',
    weight: 8,
    run: async (s) => {
      await closedAfterSafe(s);
      s.writer.asOf(null);
      await reopen(s, 'A new signal from school about the same family');
    },
  },
  {
    name: 'placed, turning 18 soon',
    weight: 4,
    run: async (s) => {
      const story = { ...s, family: turningEighteenSoon(s.family) };
      await placed(story);
      await talksWithPlacedChildren(story, 1);
      await fosterCareToTwentyOne(story);
    },
  },
];

/** The first cases take each scenario once (every phase shows even in a small seed); the rest by weight. */
export function scenarioFor(index: number, random: { next(): number }): Scenario {
  if (index < SCENARIOS.length) return SCENARIOS[index];
  const total = SCENARIOS.reduce((sum, s) => sum + s.weight, 0);
  let point = random.next() * total;
  for (const scenario of SCENARIOS) {
    point -= scenario.weight;
    if (point < 0) return scenario;
  }
  return SCENARIOS[SCENARIOS.length - 1];
}
