import {
  addDays,
  addMonths,
  ageOn,
  CHILD_CONSENTS_FROM,
  majorityOn,
  type CourtOrderKind,
  type IsoDate,
  type SafetyOutcome,
  type WorkingCalendar,
} from '@casus/domain';
import type { CaseWriter } from './case-writer';
import { contactOf, type SeedFamily } from './family';
import { networkFamily } from './places';
import { COURT, REGION, type Professional, type Region } from './region';

/** `calendar`: the deployment's extra non-working days (EXTRA_NON_WORKING_DAYS), handed to the decider as the API hands them. */
export type Story = Readonly<{ writer: CaseWriter; family: SeedFamily; region: Region; seed: number; calendar: WorkingCalendar }>;

const CONCERNS = [
  'domestic violence',
  'neglect',
  'parental addiction',
  'school absence',
  'psychiatric problems of a parent',
  'conflict divorce',
];
const SOURCES = ['veilig-thuis', 'police', 'school', 'health-care', 'family', 'wijkteam'] as const;

export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
/** A working hour of that (Dutch) day, in UTC. */
export const dayTime = (day: IsoDate, hourUtc = 9): Date => new Date(`${day}T${String(hourUtc).padStart(2, '0')}:00:00.000Z`);

/** The signal, the case lead and the parents, recorded by the family's wijkteam professional unless another registers it (Veilig Thuis). */
export async function open({ writer, family, calendar }: Story, daysAgo: number, lead: Professional = family.lead): Promise<IsoDate> {
  const { random, children, parents, today } = family;
  const receivedOn = addDays(today, -daysAgo);
  const concerns = [random.pick(CONCERNS), ...(random.chance(0.4) ? [random.pick(CONCERNS)] : [])];
  const during = Date.parse(`${receivedOn}T07:00:00.000Z`) + random.int(0, 8 * 60) * 60_000;
  const receivedAt = new Date(Math.min(during, Date.now() - 3_600_000)).toISOString();
  writer.asOf(new Date(Date.parse(receivedAt) + 20 * 60_000));
  await writer.do(lead, 'RegisterSignal', {
    receivedAt,
    source: random.pick(SOURCES),
    concerns: [...new Set(concerns)],
    children: children.map(({ childId, birthDate }) => ({ childId, birthDate })),
    description: `Demo case: worries about the ${family.surname} family (${concerns.join(', ')}).`,
    urgency: random.chance(0.15) ? 'acute' : 'regular',
    municipality: family.municipality.name,
    calendar,
  });
  await writer.do(lead, 'AssignCaseLead', { leadId: lead.id, name: lead.name });
  for (const parent of parents) {
    await writer.do(lead, 'RecordFamilyMember', {
      familyMemberId: parent.familyMemberId,
      name: parent.name,
      relation: parent.relation,
      parentalAuthorityOver: parent.hasAuthority ? children.map((c) => c.childId) : [],
      contact: contactOf(parent.name, family),
    });
  }
  return receivedOn;
}

export async function assess(
  { writer, family }: Story,
  outcome: SafetyOutcome,
  receivedOn: IsoDate,
  by: Professional = family.lead,
): Promise<IsoDate> {
  const findings = {
    safe: 'Home visit: the children are well looked after; support from the wijkteam is enough.',
    unsafe: 'The parents argue loudly and often; the children are frightened and sleep badly.',
    'acute-unsafe': 'A child was hurt at home; there is no safe adult in the house tonight.',
  }[outcome];
  const assessedOn = minDate(addDays(receivedOn, family.random.int(1, 4)), family.today);
  await writer.asOf(dayTime(assessedOn)).do(by, 'RecordSafetyAssessment', {
    assessmentId: family.id('assessment', outcome),
    outcome,
    findings,
    assessedOn,
  });
  return assessedOn;
}

/** Agreed a few days after the assessment; its review date may since have passed (an overdue review). */
export async function safetyPlan({ writer, family }: Story, assessedOn: IsoDate): Promise<IsoDate> {
  const agreedOn = minDate(addDays(assessedOn, family.random.int(1, 5)), family.today);
  await writer.asOf(dayTime(agreedOn)).do(family.lead, 'AgreeSafetyPlan', {
    safetyPlanId: family.id('safety-plan'),
    conditions: [
      'No violence in the presence of the children',
      'The grandparents take the children when tension rises',
      'Weekly contact with the wijkteam',
    ],
    reviewOn: family.random.chance(0.25) ? addDays(agreedOn, family.random.int(21, 60)) : addDays(family.today, family.random.int(7, 60)),
    agreedBy: family.parents.map((p) => p.familyMemberId),
  });
  return agreedOn;
}

export async function jeugdlink(
  { writer, family, region }: Story,
  until: 'requested' | 'joined' | 'ended',
  requestedOn: IsoDate,
): Promise<void> {
  const [member, ...others] = region.jeugdlink;
  await writer.asOf(dayTime(requestedOn)).do(family.lead, 'RequestJeugdlink', {
    reason: 'Unsafe despite the safety plan; a protective measure may be needed',
    team: member.team,
  });
  if (until === 'requested') return;
  await writer.asOf(dayTime(minDate(addDays(requestedOn, family.random.int(1, 3)), family.today), 14)).do(member, 'JoinJeugdlink', {
    members: [member, others[family.index % others.length]].map((m) => ({ memberId: m.id, name: m.name, organisation: m.organisation })),
    purpose: 'Assess together with the wijkteam whether a child protection measure is needed',
  });
  if (until === 'ended') {
    await writer
      .asOf(dayTime(minDate(addDays(requestedOn, family.random.int(20, 60)), family.today), 15))
      .do(member, 'EndJeugdlinkInvolvement', { reason: 'Safety restored; the wijkteam continues on its own' });
  }
}

/** The case lead records one court order per child of the placement (or the first child), issued `daysAgo`, charging the family's GI. */
export async function courtOrder(
  { writer, family }: Story,
  // The seeded stories place under an OTS; none has the GI as guardian.
  kind: Exclude<CourtOrderKind, 'voogdij'>,
  daysAgo: number,
  childIds = [family.children[0].childId],
): Promise<void> {
  const issuedOn = addDays(family.today, -daysAgo);
  const validUntil = {
    ots: addDays(addMonths(issuedOn, 12), -1),
    'machtiging-uithuisplaatsing': addDays(addMonths(issuedOn, 12), -1),
    'voorlopige-ots': addDays(addMonths(issuedOn, 3), -1),
    spoedmachtiging: addDays(issuedOn, 28),
  }[kind];
  writer.asOf(dayTime(issuedOn, 16));
  for (const childId of childIds) {
    const birthDate = family.children.find((child) => child.childId === childId)!.birthDate;
    await writer.do(family.lead, 'RecordCourtOrder', {
      courtOrderId: family.id('court-order', kind, childId),
      kind,
      childId,
      issuedOn,
      validFrom: issuedOn,
      // Every order ends when the child comes of age (BW 1:233).
      validUntil: minDate(validUntil, majorityOn(birthDate)),
      court: COURT,
      caseNumber: `C/05/${String(400_000 + family.index * 7 + childIds.indexOf(childId)).padStart(6, '0')}`,
      giOrganisation: family.gi.organisation,
      ...(kind === 'spoedmachtiging' ? { parentsHeard: false } : {}),
    });
  }
}

/** The GI asked to extend the first child's OTS; the Raad's investigator of the region's Jeugdlink team advises on the request. */
export async function raadAdvice({ writer, family, region }: Story): Promise<void> {
  const { childId } = family.children[0];
  const advisor = region.jeugdlink.find((member) => member.organisation === 'Raad voor de Kinderbescherming')!;
  const requestedOn = addDays(family.today, -family.random.int(10, 20));
  const advisedOn = addDays(requestedOn, family.random.int(3, 9));
  const extend = family.random.chance(0.8);
  await writer.asOf(dayTime(advisedOn, 11)).do(family.lead, 'RecordRaadAdvice', {
    adviceId: family.id('raad-advice', childId),
    courtOrderId: family.id('court-order', 'ots', childId),
    requestCaseNumber: `C/05/${String(500_000 + family.index).padStart(6, '0')} / JE RK`,
    requestedOn,
    advisor: advisor.name,
    office: 'Raad voor de Kinderbescherming Midden-Nederland',
    recommendation: extend ? 'extend' : 'do-not-extend',
    advice: extend
      ? 'The OTS is still needed: the parents accept help only since recently.'
      : 'The family now accepts help voluntarily; an OTS is no longer needed.',
    advisedOn,
  });
}

/** Every parent with authority consents, and each child from 12 for themself. */
export async function consentToPlacement({ writer, family }: Story): Promise<void> {
  writer.asOf(null);
  const consent = { purpose: 'voluntary-placement', givenOn: family.today } as const;
  for (const parent of family.parents.filter((p) => p.hasAuthority)) {
    await writer.do(family.lead, 'RecordConsent', {
      ...consent,
      consentId: family.id('consent', parent.familyMemberId),
      givenBy: { giver: 'family-member', familyMemberId: parent.familyMemberId },
      childIds: family.children.map((c) => c.childId),
    });
  }
  for (const { childId } of family.children.filter((c) => ageOn(c.birthDate, family.today) >= CHILD_CONSENTS_FROM)) {
    await writer.do(family.lead, 'RecordConsent', {
      ...consent,
      consentId: family.id('consent', childId),
      givenBy: { giver: 'child', childId },
      childIds: [childId],
    });
  }
}

export const placementIdOf = (family: SeedFamily) => family.id('placement');

export async function requestPlacement(story: Story, legalBasis: 'voluntary' | 'court-order', inNetwork: boolean): Promise<void> {
  const { writer, family, seed } = story;
  const { random, children, municipality, grandparent } = family;
  const placer = legalBasis === 'court-order' ? family.gi : family.lead;
  writer.asOf(null);
  if (inNetwork) {
    await writer.do(family.lead, 'RecordFamilyMember', {
      ...grandparent,
      relation: 'grandparent',
      parentalAuthorityOver: [],
      contact: contactOf(grandparent.name, family),
    });
    await writer.do(
      placer,
      'ProposeNetworkFamily',
      networkFamily(seed, family.index, grandparent.familyMemberId, municipality, children.length),
    );
  }
  const oldest = Math.max(...children.map((c) => c.age));
  const careIntensity = random.chance(oldest >= 12 ? 0.3 : 0.1) ? 'intensive' : random.pick(['light', 'medium'] as const);
  await writer.do(placer, 'RequestPlacement', {
    placementId: placementIdOf(family),
    childIds: children.map((c) => c.childId),
    legalBasis,
    needs: {
      careIntensity,
      specialisations: careIntensity === 'intensive' ? ['trauma'] : [],
      description: 'Needs calm, routine and a familiar school',
    },
    urgency: 'regular',
    intendedStartOn: family.today,
    parentsHome: { lat: municipality.lat, lon: municipality.lon },
    school: { lat: municipality.lat + 0.005, lon: municipality.lon - 0.005 },
    region: REGION,
  });
}
