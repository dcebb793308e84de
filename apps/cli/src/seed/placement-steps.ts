import { addDays, addMonths, type ParticipantView, type PlacementView, type ReturnOutcome } from '@casus/domain';
import type { SeedFamily } from './family';
import { placementIdOf, type Story } from './case-steps';

const RETURN_CONDITIONS = [
  ['No violence at home for three months', 'the parents'],
  ['Mother follows parenting support at the wijkteam', 'mother, with the wijkteam'],
  ['Father completes an anger-management course', 'father'],
  ['The children go to school every day from home', 'the parents, with the school'],
] as const;

const deciderOf = (family: SeedFamily, legalBasis: 'voluntary' | 'court-order') => (legalBasis === 'court-order' ? family.gi : family.lead);

/**
 * The provider accepts the place the process reserved; the children and the parents with authority are
 * heard on it; the team (or GI) takes it with a gedragswetenschapper's consent.
 */
export async function decidePlacement({ writer, family, region }: Story, legalBasis: 'voluntary' | 'court-order'): Promise<void> {
  const placementId = placementIdOf(family);
  const decider = deciderOf(family, legalBasis);
  const [child] = family.children;
  const accepted = async () => {
    const { provider } = await writer.reservation(placementId);
    return writer.acceptedBy(region.providers.get(provider)!, placementId);
  };
  for (const view of viewsOf(family)) {
    await writer.do(decider, 'RecordPlacementView', async () => ({
      placementId,
      reservation: await accepted(),
      view,
      heardOn: family.today,
    }));
  }
  await writer.do(decider, 'DecidePlacement', async () => ({
    placementId,
    reservation: await writer.reservation(placementId),
    reasons: 'The best-ranked place of the proposal: as close to home, school and the own network as possible',
    behaviouralScientistConsent: {
      name: region.behaviouralScientists[family.index % region.behaviouralScientists.length],
      consentedOn: family.today,
    },
  }));
  await writer.started(placementId);
  await writer.do(family.lead, 'RecordPlacementPlan', {
    placementId,
    perspectiveDecisionOn: addMonths(family.today, 6),
    justification: `${child.firstName} is ${child.age}; return home is realistic when the conditions are met`,
  });
}

/** Each child in their own words (the youngest observed instead), each parent with authority. */
function viewsOf(family: SeedFamily): PlacementView[] {
  const children = family.children.map(({ childId, age }): PlacementView =>
    age >= 8
      ? { participant: 'child', childId, heard: true, statement: 'I want to stay at my own school' }
      : { participant: 'child', childId, heard: false, notHeardReason: 'Too young to say; observed during a home visit' },
  );
  const parents = family.parents
    .filter((parent) => parent.hasAuthority)
    .map(({ familyMemberId }): PlacementView => ({
      participant: 'parent',
      familyMemberId,
      statement: 'Hard, but I understand it is needed for now',
    }));
  return [...children, ...parents];
}

/** A return-home plan; `met` conditions are assessed met, the next one (if any) not yet. */
export async function returnHomePlan({ writer, family }: Story, met: number): Promise<string[]> {
  const placementId = placementIdOf(family);
  const conditions = RETURN_CONDITIONS.slice(0, 2 + (family.index % 3)).map(([description, responsible], n) => ({
    conditionId: family.id('condition', n),
    description,
    responsible,
  }));
  await writer.do(family.lead, 'DraftReturnHomePlan', {
    placementId,
    conditions,
    support: 'Weekly home visits by the wijkteam; parenting support for both parents',
    targetOn: addDays(family.today, family.random.int(60, 180)),
  });
  for (const [n, { conditionId }] of conditions.slice(0, met + 1).entries()) {
    await writer.do(family.lead, 'AssessReturnCondition', {
      placementId,
      conditionId,
      met: n < met,
      evidence: n < met ? 'School and police report no incidents; home visits went well' : 'Not yet: an incident at home last month',
      assessedOn: family.today,
    });
  }
  return conditions.map((c) => c.conditionId);
}

export async function returnDecision(
  { writer, family }: Story,
  legalBasis: 'voluntary' | 'court-order',
  outcome: 'return-home' | 'not-yet',
): Promise<void> {
  const prefers: ReturnOutcome = outcome;
  const views: ParticipantView[] = [
    ...family.children.map((child): ParticipantView =>
      child.age >= 4
        ? {
            participant: 'child',
            childId: child.childId,
            heard: true,
            statement: outcome === 'return-home' ? 'I want to go home' : 'I miss home, but it is ok here',
            prefers: child.age >= 12 ? 'return-home' : 'no-preference',
          }
        : {
            participant: 'child',
            childId: child.childId,
            heard: false,
            notHeardReason: 'Too young to put a view into words; observed at home visits',
          },
    ),
    ...family.parents
      .filter((p) => p.hasAuthority)
      .map((p): ParticipantView => ({
        participant: 'parent',
        familyMemberId: p.familyMemberId,
        statement: 'We are working hard on the conditions',
        prefers: 'return-home',
      })),
    {
      participant: 'caregiver',
      name: 'the foster parents',
      organisation: 'placement',
      statement: 'The children are doing well with us',
      prefers,
    },
    {
      participant: 'gemeente',
      name: family.lead.name,
      organisation: family.lead.organisation,
      statement: 'Support at home is arranged',
      prefers,
    },
    ...(legalBasis === 'court-order'
      ? [
          {
            participant: 'gi' as const,
            name: family.gi.name,
            organisation: family.gi.organisation,
            statement: 'Under supervision this is responsible',
            prefers,
          },
        ]
      : []),
  ];
  await writer.do(deciderOf(family, legalBasis), 'RecordReturnDecision', {
    placementId: placementIdOf(family),
    decisionId: family.id('return-decision', outcome),
    decidedOn: family.today,
    outcome: outcome === 'return-home' ? { kind: 'return-home' } : { kind: 'not-yet', reviewOn: addMonths(family.today, 3) },
    views,
    rationale:
      outcome === 'return-home'
        ? 'Every condition is met and everyone heard supports going home'
        : 'Not every condition is met yet; review in three months',
  });
}

export async function returnHome({ writer, family }: Story): Promise<void> {
  await writer.do(family.lead, 'RecordReturnHome', {
    placementId: placementIdOf(family),
    returnedOn: family.today,
    aftercare: 'Six months of home visits by the wijkteam',
  });
}

export async function close({ writer, family }: Story, reason: string): Promise<void> {
  await writer.do(family.lead, 'CloseCase', { reason });
}

export async function reopen({ writer, family }: Story, reason: string): Promise<void> {
  await writer.do(family.lead, 'ReopenCase', { reason });
}
