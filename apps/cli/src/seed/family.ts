import { addDays, dutchDateOf, type IsoDate } from '@casus/domain';
import { randomFor, seededId, type Random } from './random';
import { FIRST_NAMES, GI_ORGANISATIONS, MUNICIPALITIES, SURNAMES, type Municipality, type Professional, type Region } from './region';

export type SeedChild = Readonly<{ childId: string; firstName: string; birthDate: IsoDate; age: number }>;
export type SeedParent = Readonly<{ familyMemberId: string; name: string; relation: 'parent' | 'step-parent'; hasAuthority: boolean }>;

/** One made-up family and the professionals around it; everything drawn from the seed and the case's index. */
export type SeedFamily = Readonly<{
  index: number;
  caseId: string;
  random: Random;
  today: IsoDate;
  municipality: Municipality;
  lead: Professional;
  gi: Professional;
  surname: string;
  children: readonly SeedChild[];
  parents: readonly SeedParent[];
  grandparent: Readonly<{ familyMemberId: string; name: string }>;
  id(...parts: readonly (string | number)[]): string;
}>;

export function familyFor(seed: number, index: number, region: Region, now: Date): SeedFamily {
  const random = randomFor(seed, 'case', index);
  const id = (...parts: readonly (string | number)[]) => seededId(seed, 'case', index, ...parts);
  const today = dutchDateOf(now);
  const municipality = random.pick(MUNICIPALITIES);
  const [lead] = region.wijkteams.get(random.pick(municipality.teams))!;
  const surname = random.pick(SURNAMES);
  const childCount = random.chance(0.5) ? 1 : random.chance(0.8) ? 2 : 3;
  let next = random.int(3 * childCount, 19);
  const children = Array.from({ length: childCount }, (_, n) => {
    next -= random.int(1, 3);
    const age = Math.min(17, next);
    // Born before the signal, which lies at most 300 days back.
    const birthDate = addDays(today, -(age * 365 + random.int(301, 364)));
    return { childId: id('child', n), firstName: random.pick(FIRST_NAMES), birthDate, age };
  });
  const fatherHasAuthority = random.chance(0.7);
  const parents: SeedParent[] = [
    { familyMemberId: id('mother'), name: `${random.pick(FIRST_NAMES)} ${surname}`, relation: 'parent', hasAuthority: true },
    { familyMemberId: id('father'), name: `${random.pick(FIRST_NAMES)} ${surname}`, relation: 'parent', hasAuthority: fatherHasAuthority },
  ];
  return {
    index,
    caseId: id(),
    random,
    today,
    municipality,
    lead,
    gi: region.gis.get(random.pick(GI_ORGANISATIONS))!,
    surname,
    children,
    parents,
    grandparent: { familyMemberId: id('grandparent'), name: `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}` },
    id,
  };
}

/** Fictional contact data: example.org addresses and a street that does not exist. */
export const contactOf = (name: string, family: SeedFamily) => ({
  email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.org`,
  address: `Voorbeeldlaan ${family.index + 1}, ${family.municipality.name}`,
});
