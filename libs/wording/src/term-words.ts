import type {
  AuthoritySource,
  ConsentPurpose,
  CourtOrderKind,
  FamilyRelation,
  LegalBasis,
  PlacementEndReason,
  PlacementNeeds,
  ReturnOutcome,
  Role,
  SafetyOutcome,
  SignalSource,
} from '@casus/domain';
import type { Words } from './words';

// The domain's terms as the step lines name them; a new member of a union must be worded here. English keeps
// the Dutch legal term beside its own where professionals know the measure by that name.

export const SIGNAL_SOURCE_WORDS = {
  'veilig-thuis': { nl: 'Veilig Thuis', en: 'Veilig Thuis' },
  police: { nl: 'de politie', en: 'the police' },
  school: { nl: 'school', en: 'school' },
  'health-care': { nl: 'de zorg', en: 'health care' },
  family: { nl: 'het gezin', en: 'the family' },
  wijkteam: { nl: 'het wijkteam', en: 'the neighbourhood team' },
  other: { nl: 'een andere melder', en: 'another source' },
} as const satisfies Record<SignalSource, Words>;

export const FAMILY_RELATION_WORDS = {
  parent: { nl: 'ouder', en: 'parent' },
  'step-parent': { nl: 'stiefouder', en: 'step-parent' },
  caregiver: { nl: 'verzorger', en: 'caregiver' },
  sibling: { nl: 'broer of zus', en: 'sibling' },
  grandparent: { nl: 'grootouder', en: 'grandparent' },
  other: { nl: 'ander familielid', en: 'other relative' },
} as const satisfies Record<FamilyRelation, Words>;

export const AUTHORITY_SOURCE_WORDS = {
  'court-decision': { nl: 'rechterlijke beslissing', en: 'court decision' },
  recognition: { nl: 'erkenning', en: 'recognition' },
  'marriage-or-partnership': { nl: 'huwelijk of partnerschap', en: 'marriage or partnership' },
  'authority-register': { nl: 'gezagsregister', en: 'authority register' },
  death: { nl: 'overlijden', en: 'death' },
  other: { nl: 'andere grond', en: 'other ground' },
} as const satisfies Record<AuthoritySource, Words>;

export const CONSENT_PURPOSE_WORDS = {
  'voluntary-placement': { nl: 'vrijwillige plaatsing', en: 'voluntary placement' },
  'share-with-jeugdlink': { nl: 'delen met Jeugdlink', en: 'sharing with Jeugdlink' },
  'share-information': { nl: 'delen van informatie', en: 'sharing information' },
} as const satisfies Record<ConsentPurpose, Words>;

export const SAFETY_OUTCOME_WORDS = {
  safe: { nl: 'veilig', en: 'safe' },
  unsafe: { nl: 'onveilig', en: 'unsafe' },
  'acute-unsafe': { nl: 'acuut onveilig', en: 'acutely unsafe' },
} as const satisfies Record<SafetyOutcome, Words>;

export const COURT_ORDER_KIND_WORDS = {
  ots: { nl: 'Ondertoezichtstelling (OTS)', en: 'Supervision order (OTS)' },
  'voorlopige-ots': { nl: 'Voorlopige ondertoezichtstelling', en: 'Provisional supervision order (voorlopige OTS)' },
  'machtiging-uithuisplaatsing': {
    nl: 'Machtiging uithuisplaatsing',
    en: 'Out-of-home placement authorisation (machtiging uithuisplaatsing)',
  },
  spoedmachtiging: { nl: 'Spoedmachtiging uithuisplaatsing', en: 'Emergency placement authorisation (spoedmachtiging)' },
} as const satisfies Record<CourtOrderKind, Words>;

export const LEGAL_BASIS_WORDS = {
  voluntary: { nl: 'vrijwillig, met toestemming van de ouders', en: 'voluntarily, with the parents’ consent' },
  'court-order': { nl: 'op grond van een kinderbeschermingsmaatregel', en: 'under a court order' },
} as const satisfies Record<LegalBasis, Words>;

export const CARE_INTENSITY_WORDS = {
  light: { nl: 'licht', en: 'light' },
  medium: { nl: 'middel', en: 'medium' },
  intensive: { nl: 'intensief', en: 'intensive' },
} as const satisfies Record<PlacementNeeds['careIntensity'], Words>;

export const PLACEMENT_END_REASON_WORDS = {
  'return-home': { nl: 'terug naar huis', en: 'return home' },
  breakdown: { nl: 'voortijdig afgebroken', en: 'breakdown' },
  transfer: { nl: 'overplaatsing', en: 'transfer' },
  'age-of-majority': { nl: 'meerderjarig', en: 'age of majority' },
  other: { nl: 'andere reden', en: 'other reason' },
} as const satisfies Record<PlacementEndReason, Words>;

export const RETURN_OUTCOME_WORDS = {
  'return-home': { nl: 'het kind gaat terug naar huis', en: 'the child returns home' },
  'not-yet': { nl: 'nog niet', en: 'not yet' },
  'no-return': { nl: 'geen terugkeer', en: 'no return' },
} as const satisfies Record<ReturnOutcome, Words>;

export const ROLE_WORDS = {
  wijkteam: { nl: 'wijkteam', en: 'neighbourhood team' },
  jeugdlink: { nl: 'Jeugdlink', en: 'Jeugdlink' },
  gi: { nl: 'gecertificeerde instelling', en: 'certified institution (GI)' },
  provider: { nl: 'jeugdhulpaanbieder', en: 'care provider' },
  auditor: { nl: 'toezichthouder', en: 'auditor' },
  family: { nl: 'gezin', en: 'family' },
} as const satisfies Record<Role, Words>;
