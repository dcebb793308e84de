import { Uuid } from '../shared/ids';
import { IsoDate, IsoTimestamp } from '../shared/iso-date';

export { URGENCIES, type Urgency } from '../deadlines/case-deadlines';

export const SIGNAL_SOURCES = ['veilig-thuis', 'police', 'school', 'health-care', 'family', 'wijkteam', 'other'] as const;
export type SignalSource = (typeof SIGNAL_SOURCES)[number];

export type Child = Readonly<{ childId: Uuid; birthDate: IsoDate }>;

/** What Veilig Thuis concludes of its investigation: the suspected violence or abuse found, not found, or no finding possible. */
export const VEILIG_THUIS_CONCLUSIONS = ['confirmed', 'not-confirmed', 'undetermined'] as const;
export type VeiligThuisConclusion = (typeof VEILIG_THUIS_CONCLUSIONS)[number];

export const FAMILY_RELATIONS = ['parent', 'step-parent', 'caregiver', 'sibling', 'grandparent', 'other'] as const;
export type FamilyRelation = (typeof FAMILY_RELATIONS)[number];

/** Personal data: contact details of a family member. */
export type ContactDetails = Readonly<{ phone?: string; email?: string; address?: string }>;

/** How a person's personal data reads once it is erased (AVG art. 17, crypto-shredding in libs/privacy). */
export const ERASED = '[erased]';
/** A person's data that is not text reads as a whole `[erased]` once erased. */
export type Erasable<T> = T | typeof ERASED;

/** Where a change of parental authority (gezag) comes from (BW 1:251-253). */
export const AUTHORITY_SOURCES = [
  'court-decision',
  'recognition',
  'marriage-or-partnership',
  'authority-register',
  'death',
  'other',
] as const;
export type AuthoritySource = (typeof AUTHORITY_SOURCES)[number];

export const CONSENT_PURPOSES = ['voluntary-placement', 'share-with-jeugdlink', 'share-information'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/**
 * Who gave a consent: a recorded family member, the child themself (from 12, not being a family
 * member), or the GI as guardian, named by the voogdij that makes it one.
 */
export const CONSENT_GIVERS = ['family-member', 'child', 'guardian'] as const;
export type ConsentGiver =
  | Readonly<{ giver: 'family-member'; familyMemberId: Uuid }>
  | Readonly<{ giver: 'child'; childId: Uuid }>
  | Readonly<{ giver: 'guardian'; courtOrderId: Uuid }>;

export const SAFETY_OUTCOMES = ['safe', 'unsafe', 'acute-unsafe'] as const;
export type SafetyOutcome = (typeof SAFETY_OUTCOMES)[number];

export type JeugdlinkMember = Readonly<{ memberId: Uuid; name: string; organisation: string }>;

/** `voogdij`: the court appoints the GI guardian of the child in place of the parents' authority (BW 1:302 lid 2; unconfirmed). */
export const COURT_ORDER_KINDS = ['ots', 'voorlopige-ots', 'machtiging-uithuisplaatsing', 'spoedmachtiging', 'voogdij'] as const;
export type CourtOrderKind = (typeof COURT_ORDER_KINDS)[number];

/** How the court ends an order before its term: lifted (opgeheven), revoked (ingetrokken), ended early (beëindigd). */
export const COURT_ORDER_ENDINGS = ['lifted', 'revoked', 'ended-early'] as const;
export type CourtOrderEnding = (typeof COURT_ORDER_ENDINGS)[number];

/** What came of a written instruction: followed, not followed, or declared void by the juvenile judge. */
export const INSTRUCTION_OUTCOMES = ['complied', 'not-complied', 'voided-by-court'] as const;
export type InstructionOutcome = (typeof INSTRUCTION_OUTCOMES)[number];

/** Who lodged an appeal (hoger beroep) against a court order. */
export const APPEAL_PARTIES = ['parent', 'child', 'gi', 'raad', 'other'] as const;
export type AppealParty = (typeof APPEAL_PARTIES)[number];

/** What the Raad voor de Kinderbescherming advises the judge on a request to extend an OTS. */
export const RAAD_RECOMMENDATIONS = ['extend', 'do-not-extend', 'other'] as const;
export type RaadRecommendation = (typeof RAAD_RECOMMENDATIONS)[number];

/** What the court of appeal decided: the order upheld, overturned (vernietigd), or its term shortened. */
export const APPEAL_OUTCOMES = ['upheld', 'overturned', 'shortened'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

export const LEGAL_BASES = ['voluntary', 'court-order'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export type PlacementNeeds = Readonly<{
  careIntensity: 'light' | 'medium' | 'intensive';
  specialisations: readonly string[];
  description: string;
}>;

/** WGS84 coordinates. */
export type GeoLocation = Readonly<{ lat: number; lon: number }>;

/** A circle the child must not be placed in, e.g. around the address of a parent with a contact ban. */
export type ExcludedArea = Readonly<{ center: GeoLocation; radiusKm: number; reason: string }>;

/**
 * Where the child's life is, for "zo thuis mogelijk" (Jeugdwet art. 2.3 lid 6): close to the parents,
 * the school and the own region, inside the own network, outside areas that are unsafe for the child.
 * Each is optional; matching counts only what the request states.
 */
export type PlacementSurroundings = Readonly<{
  parentsHome?: GeoLocation;
  school?: GeoLocation;
  region?: string;
  excludedAreas?: readonly ExcludedArea[];
  /** The family network a netwerkpleeggezin must belong to; without it, the case's own id. */
  familyNetworkId?: Uuid;
}>;

/**
 * Where a family proposed from the child's own network lives: personal data of that family member
 * (sealed under their key, `[erased]` with them), compared by matching like a registered place's.
 */
export type NetworkFamilyArea = Readonly<{ municipality: string; municipalityCode: string; region: string; location: GeoLocation }>;

/** Children of one request who stay together in one place, under their own placement id. */
export type SiblingGroup = Readonly<{ placementId: Uuid; childIds: readonly Uuid[] }>;

/** A place reserved on its placement-option stream, handed in by the command handler as a fact. */
export type Reservation = Readonly<{
  optionId: Uuid;
  placementId: Uuid;
  provider: string;
  expiresAt: IsoTimestamp;
  /** The provider (the foster family) said yes to this reservation, recorded on the placement process. */
  acceptedByProvider: boolean;
}>;

export type BehaviouralScientistConsent = Readonly<{ name: string; consentedOn: IsoDate }>;

export type ViewHeard = Readonly<{ participant: string; view: string }>;

export const PLACEMENT_VIEW_PARTICIPANTS = ['child', 'parent'] as const;

/** A child's or parent's view on the place proposed for the child, in their own words; the child may be `not-heard`, with the reason. */
export type PlacementView =
  | Readonly<{ participant: 'child'; childId: Uuid; heard: true; statement: string }>
  | Readonly<{ participant: 'child'; childId: Uuid; heard: false; notHeardReason: string }>
  | Readonly<{ participant: 'parent'; familyMemberId: Uuid; statement: string }>;

/** Who takes part in a kennismaking: children and family members by id, the others by their role (never a name). */
export type IntroductionParticipants = Readonly<{ childIds: readonly Uuid[]; familyMemberIds: readonly Uuid[]; others: readonly string[] }>;

export const PLACEMENT_END_REASONS = ['return-home', 'breakdown', 'transfer', 'age-of-majority', 'other'] as const;
export type PlacementEndReason = (typeof PLACEMENT_END_REASONS)[number];

/** Why a case moves to another lead team: the family moved (verhuizing), the team's capacity, expertise elsewhere. */
export const TRANSFER_REASONS = ['move', 'capacity', 'expertise', 'other'] as const;
export type TransferReason = (typeof TRANSFER_REASONS)[number];

/** The warme overdracht: the handover conversation with the receiving team, when and with whom, and what was handed over. */
export type Handover = Readonly<{ heldOn: IsoDate; receivedBy: string; note: string }>;
/** At 18 foster care continues to 21 unless the young person declines (Jeugdwet since 2018, bill 35833). */
export const FOSTER_CARE_CHOICES = ['continue', 'decline'] as const;
export type FosterCareChoice = (typeof FOSTER_CARE_CHOICES)[number];

/** A care professional's talk with a placed child, and the review of the child's development (Richtlijn Pleegzorg). */
export const FOSTER_CHILD_CONTACT_KINDS = ['conversation', 'development-review'] as const;
export type FosterChildContactKind = (typeof FOSTER_CHILD_CONTACT_KINDS)[number];

/** What each placed child has due, frozen when the placement starts: the first talk and development review, the 18th birthday. */
export type PlacedChildDue = Readonly<{
  childId: Uuid;
  conversationDueOn: IsoDate;
  developmentReviewDueOn: IsoDate;
  comesOfAgeOn: IsoDate;
}>;

export type ReturnCondition = Readonly<{ conditionId: Uuid; description: string; responsible: string }>;

export const RETURN_OUTCOMES = ['return-home', 'not-yet', 'no-return'] as const;
export type ReturnOutcome = (typeof RETURN_OUTCOMES)[number];

/** What a participant prefers: one of the outcomes, or none. */
export const RETURN_PREFERENCES = [...RETURN_OUTCOMES, 'no-preference'] as const;
export type ReturnPreference = (typeof RETURN_PREFERENCES)[number];

export const PARTICIPANTS = ['child', 'parent', 'caregiver', 'gemeente', 'provider', 'gi'] as const;
export type Participant = (typeof PARTICIPANTS)[number];

export type ReturnDecisionOutcome =
  | Readonly<{ kind: 'return-home' }>
  | Readonly<{ kind: 'not-yet'; reviewOn: IsoDate }>
  | Readonly<{ kind: 'no-return'; perspective: string }>;

/** Each participant's view in their own words, with what they prefer; the child may be `not-heard`, with the reason. */
export type ParticipantViewOf<Preference extends string> =
  | Readonly<{ participant: 'child'; childId: Uuid; heard: true; statement: string; prefers: Preference }>
  | Readonly<{ participant: 'child'; childId: Uuid; heard: false; notHeardReason: string }>
  | Readonly<{ participant: 'parent'; familyMemberId: Uuid; statement: string; prefers: Preference }>
  | Readonly<{
      participant: Exclude<Participant, 'child' | 'parent'>;
      name: string;
      organisation: string;
      statement: string;
      prefers: Preference;
    }>;

export type ParticipantView = ParticipantViewOf<ReturnPreference>;
