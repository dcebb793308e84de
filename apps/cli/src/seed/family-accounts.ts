import { addDays, addYears } from '@casus/domain';
import type { DemoPerson } from '@casus/runtime';
import { dayTime, type Story } from './case-steps';
import type { SeedFamily } from './family';
import { randomFor, seededId } from './random';
import { professionalsOf } from './region';

/** The case whose family reads its own file in every demo (a safety plan, SCENARIOS[4]): see `readingFamily`. */
export const FAMILY_READS_CASE = 4;
/** How many of the other open cases link the mother's account: a few, so the sign-in list stays short. */
const MOTHER_READS = 0.1;
const CHILD_AGE = 13;

/** That family as the demo needs it: the eldest child 13, the father without parental authority. */
export function readingFamily(family: SeedFamily): SeedFamily {
  const [eldest, ...others] = family.children;
  const birthDate = addDays(addYears(family.today, -CHILD_AGE), -family.random.int(30, 300));
  const parents = family.parents.map((parent, n) => (n === 1 ? { ...parent, hasAuthority: false } : parent));
  return { ...family, children: [{ ...eldest, birthDate, age: CHILD_AGE }, ...others], parents };
}

const account = (story: Story, personId: string, name: string, about: string): DemoPerson => ({
  id: seededId(story.seed, 'family-account', story.family.index, personId),
  role: 'family',
  team: 'family',
  organisation: 'family',
  name,
  about,
});

/** The revision of the first step of the case that `is`, or null when it has none. */
async function eventNumberOf(story: Story, is: (event: Readonly<{ type: string; data: Record<string, unknown> }>) => boolean) {
  const number = (await story.writer.events()).findIndex(is);
  return number < 0 ? null : number;
}

/**
 * Who is who in the demo region: in the reading family's case, the case team links the 13-year-old, the mother with
 * authority and the father without, withholds the safety assessment from the parents (it names the neighbour who
 * called) and marks what the child said in confidence not for the parents; in a few other open cases it links the
 * mother. Answers the family members to list on the development sign-in.
 */
export async function linkFamilyAccounts(story: Story): Promise<DemoPerson[]> {
  const { writer, family, seed } = story;
  const state = await writer.state();
  if (state.status !== 'open' || !state.lead) return [];
  const [mother, father] = family.parents;
  // The case's lead now: after a move, that of the team the case went to.
  const lead = professionalsOf(story.region).find((professional) => professional.id === state.lead?.leadId) ?? family.lead;
  if (family.index !== FAMILY_READS_CASE) {
    if (!randomFor(seed, 'family-accounts', family.index).chance(MOTHER_READS)) return [];
    const mothers = account(story, mother.familyMemberId, mother.name, 'ouder met gezag');
    await writer.asOf(null).do(lead, 'LinkFamilyAccount', { personId: mother.familyMemberId, accountId: mothers.id });
    return [mothers];
  }
  const child = family.children[0];
  const noteId = family.id('note', 'in-confidence');
  const people = [
    account(story, child.childId, `${child.firstName} ${family.surname}`, `kind, ${child.age} jaar`),
    account(story, mother.familyMemberId, mother.name, 'ouder met gezag'),
    account(story, father.familyMemberId, father.name, 'ouder zonder gezag'),
  ];
  writer.asOf(dayTime(addDays(family.today, -2)));
  await writer.do(lead, 'RecordCaseNote', {
    noteId,
    kind: 'conversation-with-child',
    on: writer.today(),
    present: { childIds: [child.childId], familyMemberIds: [], professionals: [{ name: lead.name, organisation: lead.organisation }] },
    text: `${child.firstName} told about the fights at home and asked that the parents not be told what was said.`,
    agreed: [],
    ownWords: [{ personId: child.childId, words: 'Ik durf het thuis niet te zeggen' }],
  });
  const note = await eventNumberOf(story, (event) => event.type === 'CaseNoteRecorded' && event.data.noteId === noteId);
  if (note !== null) {
    await writer.do(lead, 'MarkNotForParents', {
      markId: family.id('mark', 'in-confidence'),
      eventNumber: note,
      reason: 'Said in confidence',
    });
  }
  const assessment = await eventNumberOf(story, (event) => event.type === 'SafetyAssessed');
  if (assessment !== null) {
    await writer.do(lead, 'WithholdFromFamily', {
      withholdingId: family.id('withholding', 'assessment'),
      eventNumber: assessment,
      from: 'parents',
      ground: 'privacy-of-another',
      reason: 'The findings name the neighbour who called',
    });
  }
  writer.asOf(null);
  for (const [person, personId] of [
    [people[0], child.childId],
    [people[1], mother.familyMemberId],
    [people[2], father.familyMemberId],
  ] as const) {
    await writer.do(lead, 'LinkFamilyAccount', { personId, accountId: person.id });
  }
  return people;
}
