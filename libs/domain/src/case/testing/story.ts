import { Actor } from '../actor';
import { LegalBasis, CourtOrderKind, Reservation } from '../values';
import { actors, command, event, ids } from './fixtures';

/** The events of one family's case, to put together the `given` of a test. */
export const signalRegistered = event('SignalRegistered', {
  caseId: ids.case,
  receivedAt: '2026-11-02T08:15:00.000Z',
  source: 'veilig-thuis',
  concerns: ['domestic violence', 'neglect'],
  children: [
    { childId: ids.sanne, birthDate: '2014-05-12' },
    { childId: ids.daan, birthDate: '2019-03-02' },
  ],
  description: 'Police report of a fight at home; the children were present.',
  urgency: 'regular',
  municipality: 'Ede',
  municipalityCode: 'GM0228',
  team: 'wijkteam-ede-noord',
  organisation: 'Gemeente Ede',
  safetyAssessmentDueOn: '2026-11-09',
});

/** The same signal, registered by Veilig Thuis itself: its team leads the case until the handover. */
export const signalRegisteredByVeiligThuis = event('SignalRegistered', {
  ...signalRegistered.data,
  team: actors.veiligThuis.team,
  organisation: actors.veiligThuis.organisation,
  registeredBy: 'veilig-thuis',
});

export const handedOverToWijkteam = event('CaseHandedOverToLocalTeam', {
  team: actors.caseTeam.team,
  organisation: actors.caseTeam.organisation,
  fromTeam: actors.veiligThuis.team,
  summary: 'Safety plan agreed; the family needs help at home',
  handedOverOn: '2026-11-23',
  formerTeamReadEndsOn: '2026-12-21',
});

export const motherRecorded = event('FamilyMemberRecorded', {
  familyMemberId: ids.mother,
  name: 'Fatima de Vries',
  relation: 'parent',
  parentalAuthorityOver: [ids.sanne, ids.daan],
  contact: { phone: '06-12345678' },
});

export const fatherRecorded = event('FamilyMemberRecorded', {
  familyMemberId: ids.father,
  name: 'Mark de Vries',
  relation: 'parent',
  parentalAuthorityOver: [ids.sanne, ids.daan],
  contact: { email: 'mark@example.org' },
});

export const parentsRecorded = [motherRecorded, fatherRecorded];

export const consentOf = (familyMemberId: string, consentId: string, childIds = [ids.sanne, ids.daan]) =>
  event('ConsentRecorded', {
    consentId,
    givenBy: { giver: 'family-member', familyMemberId },
    purpose: 'voluntary-placement',
    childIds,
    givenOn: '2026-11-10',
  });

export const parentsConsented = [consentOf(ids.mother, ids.motherConsent), consentOf(ids.father, ids.fatherConsent)];

/** A child's own consent (from 12), for themself. */
export const childConsentOf = (childId: string, consentId: string) =>
  event('ConsentRecorded', {
    consentId,
    givenBy: { giver: 'child', childId },
    purpose: 'voluntary-placement',
    childIds: [childId],
    givenOn: '2026-11-10',
  });

/** Sanne is 12 on TODAY: her own consent counts besides her parents'. */
export const sanneConsented = childConsentOf(ids.sanne, ids.sanneConsent);

/** The parents' and Sanne's consent: what a voluntary placement of both children needs. */
export const familyConsented = [...parentsConsented, sanneConsented];

/** The signal with Sanne born on another date, to make her younger or older. */
export const signalWithSanneBornOn = (birthDate: string) =>
  event('SignalRegistered', {
    ...signalRegistered.data,
    children: signalRegistered.data.children.map((child) => (child.childId === ids.sanne ? { ...child, birthDate } : child)),
  });

export const assessedUnsafe = event('SafetyAssessed', {
  assessmentId: '00000000-0000-4000-8000-000000000201',
  outcome: 'unsafe',
  findings: 'Repeated violence between the parents; the children are frightened.',
  assessedOn: '2026-11-06',
});

export const jeugdlinkRequested = event('JeugdlinkRequested', {
  reason: 'Unsafe despite the safety plan',
  requestedOn: '2026-11-12',
  team: 'jeugdlink-foodvalley',
});
export const jeugdlinkJoined = event('JeugdlinkJoined', {
  team: 'jeugdlink-foodvalley',
  members: [{ memberId: '00000000-0000-4000-8000-000000000301', name: 'Anouk Bakker', organisation: 'Veilig Thuis Gelderland-Midden' }],
  purpose: 'Assess whether a protective measure is needed',
  joinedOn: '2026-11-13',
});
export const jeugdlinkEnded = event('JeugdlinkInvolvementEnded', {
  team: 'jeugdlink-foodvalley',
  reason: 'OTS issued; GI takes over',
  endedOn: '2026-11-20',
});

export const courtOrder = (kind: CourtOrderKind, courtOrderId: string, childId: string, validFrom: string, validUntil: string) =>
  event('CourtOrderRecorded', {
    courtOrderId,
    kind,
    childId,
    issuedOn: validFrom,
    validFrom,
    validUntil,
    court: 'Rechtbank Gelderland',
    caseNumber: 'C/05/123456',
    giOrganisation: 'William Schrikker Stichting',
    extendsCourtOrderId: null,
    parentsHearingDueOn: null,
  });

export const otsForSanne = courtOrder('ots', ids.ots, ids.sanne, '2026-11-16', '2027-11-16');
export const machtigingForSanne = courtOrder('machtiging-uithuisplaatsing', ids.machtiging, ids.sanne, '2026-11-16', '2027-05-16');

export const needs = { careIntensity: 'medium', specialisations: ['trauma'], description: 'Needs calm and routine' } as const;

/** A request to place children, as most tests ask it (the case team unless another actor is named). */
export const requestPlacement = (childIds: string[], legalBasis: LegalBasis, by: Actor = actors.caseTeam, intendedStartOn = '2026-11-23') =>
  command('RequestPlacement', { placementId: ids.placement, childIds, legalBasis, needs, urgency: 'regular', intendedStartOn }, by);

export const placementRequested = (
  placementId: string,
  childIds: string[],
  legalBasis: 'voluntary' | 'court-order',
  siblingSeparationReason: string | null = null,
) =>
  event('PlacementRequested', {
    placementId,
    childIds,
    legalBasis,
    needs,
    urgency: 'regular',
    intendedStartOn: '2026-11-23',
    siblingSeparationReason,
  });

export const placementDecided = (placementId: string) =>
  event('PlacementDecided', {
    placementId,
    optionId: ids.option,
    provider: 'Pleegzorg Gelderland',
    reasons: 'Network foster family: the grandmother, close to school',
    viewsHeard: [{ participant: 'Sanne', view: 'I want to stay with grandma' }],
    behaviouralScientistConsent: { name: 'Dr. Y. Peters', consentedOn: '2026-11-20' },
    decidedOn: '2026-11-20',
  });

/** Sanne, Daan and both parents heard on the reserved option (Sanne in her words, Daan too young to say). */
export const viewsHeardOnPlace = (placementId: string, optionId: string = ids.option) => [
  event('PlacementViewRecorded', {
    placementId,
    optionId,
    view: { participant: 'child', childId: ids.sanne, heard: true, statement: 'I want to stay with grandma' },
    heardOn: '2026-11-20',
  }),
  event('PlacementViewRecorded', {
    placementId,
    optionId,
    view: { participant: 'child', childId: ids.daan, heard: false, notHeardReason: 'Seven and frightened; observed at home instead' },
    heardOn: '2026-11-20',
  }),
  event('PlacementViewRecorded', {
    placementId,
    optionId,
    view: { participant: 'parent', familyMemberId: ids.mother, statement: 'Better with my mother than with strangers' },
    heardOn: '2026-11-20',
  }),
  event('PlacementViewRecorded', {
    placementId,
    optionId,
    view: { participant: 'parent', familyMemberId: ids.father, statement: 'I want them home, not at her mother' },
    heardOn: '2026-11-21',
  }),
];

export const placementStarted = (placementId: string) =>
  event('PlacementStarted', { placementId, startedOn: '2026-11-21', planOfActionDueOn: '2026-12-21' });

/**
 * The case up to Sanne and Daan placed together, voluntarily, with their grandmother: a history as stored,
 * folded and never decided again. Sanne's own consent is not in it (the stored-event tests count its nine
 * events); a test that decides a voluntary step for her adds `sanneConsented`.
 */
export const childrenPlacedVoluntarily = [
  signalRegistered,
  ...parentsRecorded,
  assessedUnsafe,
  ...parentsConsented,
  placementRequested(ids.placement, [ids.sanne, ids.daan], 'voluntary'),
  placementDecided(ids.placement),
  placementStarted(ids.placement),
];

export const returnHomePlanDrafted = event('ReturnHomePlanDrafted', {
  placementId: ids.placement,
  conditions: [
    { conditionId: ids.condition, description: 'No violence at home for three months', responsible: 'the parents' },
    { conditionId: ids.secondCondition, description: 'Father follows anger-management training', responsible: 'father, with the wijkteam' },
  ],
  support: 'Weekly home visits by the wijkteam',
  targetOn: '2027-03-01',
});

export const conditionMet = (conditionId: string) =>
  event('ReturnConditionAssessed', {
    placementId: ids.placement,
    conditionId,
    met: true,
    evidence: 'Police and school report no incidents',
    assessedOn: '2026-11-22',
  });

/** The place the process holds for the placement, accepted by its provider, until the day after today. */
export const reservation: Reservation = {
  optionId: ids.option,
  placementId: ids.placement,
  provider: 'Pleegzorg Gelderland',
  expiresAt: '2026-11-24T10:00:00.000Z',
  acceptedByProvider: true,
};
