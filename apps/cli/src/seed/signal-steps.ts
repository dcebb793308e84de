import { addDays, DEFAULT_FORMER_TEAM_READ_DAYS, type IsoDate } from '@casus/domain';
import { assess, dayTime, minDate, open, type Story } from './case-steps';

/** A later worry about one of the children (school or police), `daysAfter` the given day; its assessment done, or still due. */
export async function newSignal({ writer, family, calendar }: Story, after: IsoDate, daysAfter: number, answered: boolean): Promise<void> {
  const { random, children, today } = family;
  const receivedOn = minDate(addDays(after, daysAfter), today);
  const source = random.pick(['school', 'police'] as const);
  const signalId = family.id('new-signal');
  await writer.asOf(dayTime(receivedOn, 8)).do(family.lead, 'RecordNewSignal', {
    signalId,
    source,
    concerns: [source === 'school' ? 'school absence' : 'domestic violence'],
    childIds: [random.pick(children).childId],
    description: `Demo case: a new worry about the ${family.surname} family, from the ${source}.`,
    urgency: random.chance(0.2) ? 'acute' : 'regular',
    calendar,
  });
  if (!answered) return;
  const assessedOn = minDate(addDays(receivedOn, random.int(1, 4)), today);
  await writer.asOf(dayTime(assessedOn)).do(family.lead, 'RecordSafetyAssessment', {
    assessmentId: family.id('assessment', 'new-signal'),
    outcome: 'unsafe',
    findings: 'The new worry is real: the safety plan is tightened with the family.',
    assessedOn,
    signalId,
  });
}

/**
 * Veilig Thuis registers the signal itself, assesses safety and investigates (10-week norm); once `concluded`,
 * it hands the case over to the family's wijkteam, whose professional then leads it. Returns the last day written.
 */
export async function veiligThuisInvestigates(story: Story, daysAgo: number, concluded: boolean): Promise<IsoDate> {
  const { writer, family, region } = story;
  const { random, today } = family;
  const vt = region.veiligThuis;
  const assessedOn = await assess(story, 'unsafe', await open(story, daysAgo, vt), vt);
  const startedOn = minDate(addDays(assessedOn, random.int(1, 5)), today);
  await writer.asOf(dayTime(startedOn, 11)).do(vt, 'StartVeiligThuisInvestigation', {
    startedOn,
    reason: 'The signal points to violence at home: Veilig Thuis investigates what happened and what is needed',
  });
  if (!concluded) return startedOn;
  const concludedOn = minDate(addDays(startedOn, random.int(20, 60)), today);
  await writer.asOf(dayTime(concludedOn, 12)).do(vt, 'ConcludeVeiligThuisInvestigation', {
    conclusion: random.pick(['confirmed', 'not-confirmed', 'undetermined'] as const),
    findings: 'Talks with both parents, the children, the school and the GP; safety arrangements made with the parents.',
    concludedOn,
  });
  const handedOverOn = minDate(addDays(concludedOn, random.int(1, 7)), today);
  await writer.asOf(dayTime(handedOverOn, 13)).do(vt, 'HandOverToLocalTeam', {
    team: family.lead.team,
    organisation: family.lead.organisation,
    summary: 'Safety arrangements in place; the family needs help at home from the wijkteam.',
    handedOverOn,
    formerTeamReadDays: DEFAULT_FORMER_TEAM_READ_DAYS,
  });
  await writer.do(family.lead, 'AssignCaseLead', { leadId: family.lead.id, name: family.lead.name });
  return handedOverOn;
}
