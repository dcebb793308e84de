import { family, id, people } from './people';

/** Request bodies of one family's case, as the professionals send them. */
export const signal = (caseId: string) => ({
  caseId,
  receivedAt: '2026-11-16T08:15:00.000Z',
  source: 'veilig-thuis',
  concerns: ['domestic violence', 'neglect'],
  children: [
    { childId: family.sanne, birthDate: '2014-05-12' },
    { childId: family.daan, birthDate: '2019-03-02' },
  ],
  description: 'Police report of a fight at home; the children were present.',
  urgency: 'regular',
  municipality: 'Ede',
});

export const lead = { leadId: people.lotte.id, name: people.lotte.name };

export const mother = {
  familyMemberId: family.mother,
  name: 'Fatima de Vries',
  relation: 'parent',
  parentalAuthorityOver: [family.sanne, family.daan],
  contact: { phone: '06-12345678' },
};

export const unsafeAssessment = {
  assessmentId: id(201),
  outcome: 'unsafe',
  findings: 'Repeated violence between the parents; the children are frightened.',
  assessedOn: '2026-11-18',
};

export const safetyPlan = {
  safetyPlanId: id(202),
  conditions: ['No violence in the presence of the children', 'Father stays with his brother for now'],
  reviewOn: '2026-12-18',
  agreedBy: [family.mother],
};

export const jeugdlinkRequest = { reason: 'Unsafe despite the safety plan', team: people.anouk.team };

export const jeugdlinkJoin = {
  members: [{ memberId: people.anouk.id, name: people.anouk.name, organisation: people.anouk.organisation }],
  purpose: 'Assess whether a protective measure is needed',
};

export const courtOrder = (courtOrderId: string, kind: string, validUntil: string, childId: string = family.sanne) => ({
  courtOrderId,
  kind,
  childId,
  issuedOn: '2026-11-20',
  validFrom: '2026-11-20',
  validUntil,
  court: 'Rechtbank Gelderland',
  caseNumber: 'C/05/123456',
  giOrganisation: people.gijs.organisation,
});

export const placementRequest = (placementId: string) => ({
  placementId,
  childIds: [family.sanne],
  legalBasis: 'court-order',
  needs: { careIntensity: 'medium', specialisations: ['trauma'], description: 'Needs calm and routine' },
  urgency: 'regular',
  intendedStartOn: '2026-11-25',
  siblingSeparationReason: 'Daan stays home with his mother; only Sanne is under a machtiging',
});

/** A foster family from the provider's pool in Ede, with room for two unless the test says otherwise. */
export const bestandspleeggezinAt = (optionId: string, minimumAge = 0, overrides: object = {}) => ({
  optionId,
  kind: 'bestandspleeggezin',
  municipality: 'Ede',
  region: 'FoodValley',
  location: { lat: 52.04, lon: 5.66 },
  capacity: 2,
  ageRange: { min: minimumAge, max: 17 },
  careIntensities: ['light', 'medium'],
  specialisations: ['trauma'],
  maxSiblingGroup: 2,
  ...overrides,
});
