import { addDays, DEFAULT_FORMER_TEAM_READ_DAYS, type IsoDate } from '@casus/domain';
import { dayTime, minDate, type Story } from './case-steps';
import { MUNICIPALITIES } from './region';

/**
 * The family moves to another municipality of the region: after a warme overdracht the case team hands the
 * case over to a wijkteam there, whose professional becomes its lead. Some moves are recent, so the team
 * that handed over still reads the case as it stood; others lie beyond that period.
 */
export async function movedAway({ writer, family, region }: Story, after: IsoDate): Promise<void> {
  const { random, today } = family;
  const to = random.pick(MUNICIPALITIES.filter((m) => m.name !== family.municipality.name));
  const [newLead] = region.wijkteams.get(random.pick(to.teams))!;
  const heldOn = minDate(addDays(after, random.int(3, 40)), today);
  await writer.asOf(dayTime(heldOn, 15)).do(family.lead, 'TransferCase', {
    toTeam: newLead.team,
    toOrganisation: newLead.organisation,
    reason: 'move',
    explanation: `The family moved to ${to.name}`,
    handover: {
      heldOn,
      receivedBy: newLead.name,
      note: 'The safety plan holds; the school and the GP know of the move; the parents keep to the agreements.',
    },
    municipality: to.name,
    // FoodValley has one Jeugdlink team for every municipality: it stays with the case.
    regionalJeugdlinkTeam: null,
    formerTeamReadDays: DEFAULT_FORMER_TEAM_READ_DAYS,
  });
  await writer.do(newLead, 'AssignCaseLead', { leadId: newLead.id, name: newLead.name });
}
