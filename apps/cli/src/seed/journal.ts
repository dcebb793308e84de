import { addDays, type CaseNoteKind, type IsoDate } from '@casus/domain';
import { dayTime, type Story } from './case-steps';
import { randomFor } from './random';

const NOTE_KINDS: readonly CaseNoteKind[] = ['home-visit', 'phone-call', 'meeting'];
const WHAT_HAPPENED = [
  'Spoke with the mother at home; the children came home from school during the visit.',
  'The mother called: the week was hard, the agreements of the plan were kept.',
  'Talked over how the family is doing with the school and the parents together.',
];
const AGREED = ['The mother calls the wijkteam when tension rises', 'Next contact in two weeks', 'The school reports absence the same day'];
const PARENT_SAYS = ['Het gaat beter, maar ik ben moe', 'Ik wil dat de kinderen gewoon naar school gaan', 'We houden ons aan de afspraken'];
const TASKS = ['Ask the school how the children are doing', 'Call the GP about the referral', 'Send the family the agreements in writing'];

/** How many of the seeded cases keep a journal; the rest show that a case may have none. */
const KEEPS_A_JOURNAL = 0.7;

/**
 * The work between the steps on an open case: a note of a contact some days ago (a parent present, in
 * her own words), a task for the leading team due since (some overdue, some done) and an appointment ahead.
 */
export async function keepJournal({ writer, family, region, seed }: Story): Promise<void> {
  const random = randomFor(seed, 'journal', family.index);
  const state = await writer.state();
  if (!random.chance(KEEPS_A_JOURNAL) || state.status !== 'open') return;
  // The team that leads the case keeps it: the wijkteam, or Veilig Thuis on a case it registered until the handover.
  const lead = [family.lead, region.veiligThuis].find((professional) => professional.team === state.team);
  const [parent] = family.parents;
  if (!lead || !state.familyMembers.some((member) => member.familyMemberId === parent.familyMemberId)) return;
  const { children, today } = family;
  const contactOn = writer.asOf(dayTime(addDays(today, -random.int(2, 21)), 10)).today();
  await writer.do(lead, 'RecordCaseNote', {
    noteId: family.id('note', 'contact'),
    kind: random.pick(NOTE_KINDS),
    on: contactOn,
    present: {
      childIds: [children[0].childId],
      familyMemberIds: [parent.familyMemberId],
      professionals: [{ name: lead.name, organisation: lead.organisation }],
    },
    text: random.pick(WHAT_HAPPENED),
    agreed: [random.pick(AGREED)],
    ownWords: [{ personId: parent.familyMemberId, words: random.pick(PARENT_SAYS) }],
  });
  const taskId = family.id('task', 'follow-up');
  const dueOn: IsoDate = addDays(contactOn, random.int(1, 14));
  const assignee = { kind: 'team', name: lead.team, professionalId: lead.id } as const;
  await writer.do(lead, 'GiveTask', { taskId, kind: 'task', description: random.pick(TASKS), assignee, dueOn });
  if (dueOn < today && random.chance(0.4)) {
    await writer.asOf(dayTime(dueOn, 14)).do(lead, 'CompleteTask', { taskId, doneOn: writer.today() });
  }
  if (random.chance(0.5)) {
    const visitOn = addDays(today, random.int(1, 21));
    await writer.asOf(null).do(lead, 'GiveTask', {
      taskId: family.id('task', 'appointment'),
      kind: 'appointment',
      description: 'Home visit with the family',
      assignee,
      dueOn: visitOn,
      at: dayTime(visitOn, 9).toISOString(),
    });
  }
}
