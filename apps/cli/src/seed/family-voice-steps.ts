import { DEFAULT_COMPLAINT_TERM_WEEKS } from '@casus/domain';
import type { DemoPerson } from '@casus/runtime';
import type { Story } from './case-steps';
import { randomFor } from './random';

const asActor = ({ id, role, team, organisation, name }: DemoPerson) => ({ id, role, team, organisation, name });

/**
 * The reading family's own voice in the demo (issue 18): the child adds an own statement to the file, and the mother
 * complains about a home visit; whether the case team handled the complaint already is seeded, so the demo shows a
 * complaint on the team's deadlines list or its answer on the mother's file.
 */
export async function raiseFamilyVoice(story: Story, [child, mother]: readonly DemoPerson[]): Promise<void> {
  const { writer, family, seed } = story;
  if (!child || !mother) return;
  writer.asOf(null);
  await writer.do(asActor(child), 'AddOwnStatement', {
    statementId: family.id('statement', 'child'),
    text: 'Ik wil zelf meepraten over wat er met mij gebeurt. Het gaat op school nu beter.',
  });
  const complaintId = family.id('complaint', 'home-visit');
  await writer.do(asActor(mother), 'FileComplaint', {
    complaintId,
    about: 'Het huisbezoek',
    text: 'Bij het huisbezoek werd niet naar mij geluisterd.',
    complaintTermWeeks: DEFAULT_COMPLAINT_TERM_WEEKS,
  });
  if (randomFor(seed, 'complaint-handled', family.index).chance(0.5)) {
    await writer.do(family.lead, 'HandleComplaint', {
      complaintId,
      outcome: 'partly-upheld',
      reason: 'The visit was short; a new talk with both parents is planned',
    });
  }
}
