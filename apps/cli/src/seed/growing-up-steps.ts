import { addDays, addYears, AGE_OF_MAJORITY } from '@casus/domain';
import { placementIdOf, type Story } from './case-steps';
import type { SeedFamily } from './family';
import { randomFor } from './random';

/** The family with its eldest turning 18 within one to five months: the team prepares for it (deadline `coming-of-age`). */
export function turningEighteenSoon(family: SeedFamily): SeedFamily {
  const [eldest, ...others] = family.children;
  const birthDate = addDays(addYears(family.today, -AGE_OF_MAJORITY), family.random.int(30, 150));
  return { ...family, children: [{ ...eldest, birthDate, age: AGE_OF_MAJORITY - 1 }, ...others] };
}

/** A care professional talked with each placed child today, in some families (a generator of its own, so the story's draws stay as they were). */
export async function talksWithPlacedChildren({ writer, family, seed }: Story, chance: number): Promise<void> {
  const random = randomFor(seed, 'talks', family.index);
  for (const { childId } of family.children) {
    if (!random.chance(chance)) continue;
    await writer.do(family.lead, 'RecordFosterChildContact', {
      placementId: placementIdOf(family),
      childId,
      contactId: family.id('talk', childId),
      kind: 'conversation',
      heldOn: family.today,
    });
  }
}

/** The young person's own consent and, in half of the families, the choice to stay in foster care to 21. */
export async function fosterCareToTwentyOne({ writer, family }: Story): Promise<void> {
  const { childId } = family.children[0];
  writer.asOf(null);
  if (!family.random.chance(0.5)) return;
  await writer.do(family.lead, 'RecordConsent', {
    consentId: family.id('consent-after-18', childId),
    givenBy: { giver: 'child', childId },
    purpose: 'voluntary-placement',
    childIds: [childId],
    givenOn: family.today,
  });
  await writer.do(family.lead, 'RecordFosterCareChoice', {
    placementId: placementIdOf(family),
    childId,
    choice: 'continue',
    chosenOn: family.today,
  });
}
