import { addDays, addMonths, type IsoDate, type Perspective, type PerspectiveView } from '@casus/domain';
import { dayTime, minDate, placementIdOf, type Story } from './case-steps';

const GOALS = [
  'The children go to school every day',
  'No shouting or violence at home in front of the children',
  'The parents keep a daily routine for meals and bedtime',
] as const;

/**
 * The family's voluntary help plan, agreed some weeks after the assessment and evaluated every two months since;
 * in every other family the last evaluation is overdue.
 */
export async function helpPlan({ writer, family }: Story, assessedOn: IsoDate): Promise<void> {
  const { random, today, children, lead } = family;
  const agreedOn = minDate(addDays(assessedOn, random.int(3, 10)), today);
  const goals = GOALS.slice(0, 1 + (family.index % GOALS.length)).map((description, n) => ({
    goalId: family.id('help-goal', n),
    description,
    childIds: children.map((c) => c.childId),
  }));
  const therapy = children.some((c) => c.age >= 6) && random.chance(0.6);
  await writer.asOf(dayTime(agreedOn, 11)).do(lead, 'AgreeHelpPlan', {
    helpPlanId: family.id('help-plan'),
    agreedOn,
    agreedWith: family.parents.filter((p) => p.hasAuthority).map((p) => p.familyMemberId),
    goals,
    services: [
      {
        serviceId: family.id('service', 'parenting'),
        kind: 'parenting-support',
        provider: lead.organisation,
        description: 'Weekly parenting course',
      },
      ...(therapy
        ? [
            {
              serviceId: family.id('service', 'therapy'),
              kind: 'ambulatory-youth-care' as const,
              provider: 'Karakter',
              description: 'Trauma therapy for the eldest child',
              beschikking: {
                reference: `JH-${family.index + 1000}`,
                decidedOn: agreedOn,
                validUntil: addDays(addMonths(agreedOn, 12), -1),
              },
            },
          ]
        : []),
    ],
    evaluateOn: addMonths(agreedOn, 2),
  });
  const overdue = family.index % 2 === 1;
  let dueOn = addMonths(agreedOn, 2);
  for (let n = 0; dueOn <= today && !(overdue && addMonths(dueOn, 2) > today); n++) {
    const evaluatedOn = minDate(addDays(dueOn, random.int(-3, 5)), today);
    const nextEvaluationOn = addMonths(evaluatedOn, 2);
    await writer.asOf(dayTime(evaluatedOn, 12)).do(lead, 'EvaluateHelpPlan', {
      helpPlanId: family.id('help-plan'),
      evaluationId: family.id('help-evaluation', n),
      evaluatedOn,
      goals: goals.map(({ goalId }, g) => ({
        goalId,
        progress: random.pick(['achieved', 'progressing', 'progressing', 'no-progress'] as const),
        note: g === 0 ? 'The school reports fewer absences' : 'The parents say it goes better; the wijkteam sees it too',
      })),
      nextEvaluationOn,
    });
    dueOn = nextEvaluationOn;
  }
}

/** Where the placed children grow up, decided with everyone heard: most go home, some grow up in the foster family. */
export async function perspectiveDecision({ writer, family }: Story, legalBasis: 'voluntary' | 'court-order'): Promise<void> {
  const perspective: Perspective = family.random.chance(0.7) ? 'return-home' : 'foster-family';
  const views: PerspectiveView[] = [
    ...family.children.map(({ childId, age }): PerspectiveView =>
      age >= 8
        ? { participant: 'child', childId, heard: true, statement: 'I want to know where I will live', prefers: 'no-preference' }
        : { participant: 'child', childId, heard: false, notHeardReason: 'Too young to say; observed at home visits' },
    ),
    ...family.parents
      .filter((p) => p.hasAuthority)
      .map((p): PerspectiveView => ({
        participant: 'parent',
        familyMemberId: p.familyMemberId,
        statement: 'We want them home',
        prefers: 'return-home',
      })),
    { participant: 'caregiver', name: 'the foster parents', organisation: 'placement', statement: 'They may stay', prefers: perspective },
    ...(legalBasis === 'court-order'
      ? [
          {
            participant: 'gi' as const,
            name: family.gi.name,
            organisation: family.gi.organisation,
            statement: 'Agreed',
            prefers: perspective,
          },
        ]
      : []),
  ];
  writer.asOf(null);
  await writer.do(legalBasis === 'court-order' ? family.gi : family.lead, 'RecordPerspectiveDecision', {
    placementId: placementIdOf(family),
    decisionId: family.id('perspective'),
    decidedOn: family.today,
    perspective,
    views,
    justification:
      perspective === 'return-home'
        ? 'The parents work on the conditions; going home within the children’s time is realistic'
        : 'Home will not be safe within the children’s time; they are rooted in the foster family',
  });
}

/** Aftercare after the return home, planned for six months; now and then already ended. */
export async function aftercareAfterReturnHome({ writer, family }: Story): Promise<void> {
  const aftercareId = family.id('aftercare');
  await writer.do(family.lead, 'StartAftercare', {
    aftercareId,
    childIds: family.children.map((c) => c.childId),
    after: 'return-home',
    startedOn: family.today,
    content: 'Home visits every two weeks by the wijkteam; the parenting course goes on',
    plannedEndOn: addMonths(family.today, 6),
  });
  if (family.random.chance(0.25)) {
    await writer.do(family.lead, 'EndAftercare', { aftercareId, endedOn: family.today, howItWent: 'Stable at home; support ended early' });
  }
}
