import type {
  AftercareGround,
  AppealOutcome,
  AppealParty,
  AuthoritySource,
  CaseNoteKind,
  ComplaintOutcome,
  CorrectionDecision,
  DestructionException,
  DestructionRequestDecision,
  CourtOrderEndedHow,
  InstructionOutcome,
  ConsentGiver,
  ConsentPurpose,
  CourtOrderKind,
  FamilyRelation,
  FosterCareChoice,
  FosterChildContactKind,
  GoalProgress,
  HelpServiceKind,
  LegalBasis,
  Perspective,
  PlacementEndReason,
  RaadRecommendation,
  PlacementNeeds,
  RecordKind,
  ReturnOutcome,
  Role,
  SafetyOutcome,
  SignalSource,
  TaskKind,
  TransferReason,
  VeiligThuisConclusion,
  WithholdingGround,
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

/** Who gave a consent, without naming the person: the record names them by id. */
export const CONSENT_GIVER_WORDS = {
  'family-member': { nl: 'een gezinslid', en: 'a family member' },
  child: { nl: 'het kind zelf', en: 'the child' },
  guardian: { nl: 'de voogd (GI)', en: 'the guardian (GI)' },
} as const satisfies Record<ConsentGiver['giver'], Words>;

export const SAFETY_OUTCOME_WORDS = {
  safe: { nl: 'veilig', en: 'safe' },
  unsafe: { nl: 'onveilig', en: 'unsafe' },
  'acute-unsafe': { nl: 'acuut onveilig', en: 'acutely unsafe' },
} as const satisfies Record<SafetyOutcome, Words>;

export const VEILIG_THUIS_CONCLUSION_WORDS = {
  confirmed: { nl: 'het vermoeden van geweld of mishandeling is vastgesteld', en: 'the suspected violence or abuse is confirmed' },
  'not-confirmed': { nl: 'het vermoeden is niet vastgesteld', en: 'the suspicion is not confirmed' },
  undetermined: { nl: 'er is geen uitspraak mogelijk', en: 'no finding is possible' },
} as const satisfies Record<VeiligThuisConclusion, Words>;

export const COURT_ORDER_KIND_WORDS = {
  ots: { nl: 'Ondertoezichtstelling (OTS)', en: 'Supervision order (OTS)' },
  'voorlopige-ots': { nl: 'Voorlopige ondertoezichtstelling', en: 'Provisional supervision order (voorlopige OTS)' },
  'machtiging-uithuisplaatsing': {
    nl: 'Machtiging uithuisplaatsing',
    en: 'Out-of-home placement authorisation (machtiging uithuisplaatsing)',
  },
  spoedmachtiging: { nl: 'Spoedmachtiging uithuisplaatsing', en: 'Emergency placement authorisation (spoedmachtiging)' },
  voogdij: { nl: 'Voogdij (GI als voogd)', en: 'Guardianship by the GI (voogdij)' },
} as const satisfies Record<CourtOrderKind, Words>;

/** How a court order ended before its term, as the court decided it. */
export const COURT_ORDER_ENDED_WORDS = {
  lifted: { nl: 'opgeheven door de rechter', en: 'lifted by the court' },
  revoked: { nl: 'herroepen door de rechter', en: 'revoked by the court' },
  'ended-early': { nl: 'eerder beëindigd door de rechter', en: 'ended early by the court' },
  'with-supervision': { nl: 'geëindigd met de OTS waarop zij rustte', en: 'ended with the OTS it rested on' },
  'overturned-on-appeal': { nl: 'vernietigd in hoger beroep', en: 'overturned on appeal' },
  'shortened-on-appeal': { nl: 'ingekort in hoger beroep', en: 'shortened on appeal' },
} as const satisfies Record<CourtOrderEndedHow, Words>;

export const APPEAL_PARTY_WORDS = {
  parent: { nl: 'een ouder', en: 'a parent' },
  child: { nl: 'het kind', en: 'the child' },
  gi: { nl: 'de gecertificeerde instelling', en: 'the GI' },
  raad: { nl: 'de Raad voor de Kinderbescherming', en: 'the Raad voor de Kinderbescherming' },
  other: { nl: 'een andere belanghebbende', en: 'another party' },
} as const satisfies Record<AppealParty, Words>;

export const RAAD_RECOMMENDATION_WORDS = {
  extend: { nl: 'verlengen', en: 'extend' },
  'do-not-extend': { nl: 'niet verlengen', en: 'do not extend' },
  other: { nl: 'anders', en: 'other' },
} as const satisfies Record<RaadRecommendation, Words>;

export const APPEAL_OUTCOME_WORDS = {
  upheld: { nl: 'bekrachtigd', en: 'upheld' },
  overturned: { nl: 'vernietigd', en: 'overturned' },
  shortened: { nl: 'ingekort', en: 'shortened' },
} as const satisfies Record<AppealOutcome, Words>;

export const INSTRUCTION_OUTCOME_WORDS = {
  complied: { nl: 'opgevolgd', en: 'complied with' },
  'not-complied': { nl: 'niet opgevolgd', en: 'not complied with' },
  'voided-by-court': { nl: 'vervallen verklaard door de rechter', en: 'voided by the court' },
} as const satisfies Record<InstructionOutcome, Words>;

export const CASE_NOTE_KIND_WORDS = {
  'home-visit': { nl: 'huisbezoek', en: 'home visit' },
  'phone-call': { nl: 'telefoongesprek', en: 'phone call' },
  meeting: { nl: 'overleg', en: 'meeting' },
  'conversation-with-child': { nl: 'gesprek met het kind', en: 'conversation with the child' },
  consultation: { nl: 'consultatie', en: 'consultation' },
  other: { nl: 'overig contact', en: 'other contact' },
} as const satisfies Record<CaseNoteKind, Words>;

export const TASK_KIND_WORDS = {
  task: { nl: 'Taak', en: 'Task' },
  appointment: { nl: 'Afspraak', en: 'Appointment' },
} as const satisfies Record<TaskKind, Words>;

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

export const TRANSFER_REASON_WORDS = {
  move: { nl: 'verhuizing', en: 'the family moved' },
  capacity: { nl: 'capaciteit', en: 'capacity' },
  expertise: { nl: 'expertise', en: 'expertise' },
  other: { nl: 'andere reden', en: 'other reason' },
} as const satisfies Record<TransferReason, Words>;

export const RETURN_OUTCOME_WORDS = {
  'return-home': { nl: 'het kind gaat terug naar huis', en: 'the child returns home' },
  'not-yet': { nl: 'nog niet', en: 'not yet' },
  'no-return': { nl: 'geen terugkeer', en: 'no return' },
} as const satisfies Record<ReturnOutcome, Words>;

export const ROLE_WORDS = {
  wijkteam: { nl: 'wijkteam', en: 'neighbourhood team' },
  'veilig-thuis': { nl: 'Veilig Thuis', en: 'Veilig Thuis (safe-at-home service)' },
  jeugdlink: { nl: 'Jeugdlink', en: 'Jeugdlink' },
  gi: { nl: 'gecertificeerde instelling', en: 'certified institution (GI)' },
  provider: { nl: 'jeugdhulpaanbieder', en: 'care provider' },
  auditor: { nl: 'toezichthouder', en: 'auditor' },
  family: { nl: 'gezin', en: 'family' },
} as const satisfies Record<Role, Words>;

export const FOSTER_CHILD_CONTACT_KIND_WORDS = {
  conversation: { nl: 'gesprek met het pleegkind', en: 'talk with the foster child' },
  'development-review': { nl: 'ontwikkelingsbespreking', en: 'development review' },
} as const satisfies Record<FosterChildContactKind, Words>;

export const FOSTER_CARE_CHOICE_WORDS = {
  continue: { nl: 'pleegzorg gaat door tot 21', en: 'foster care continues to 21' },
  decline: { nl: 'geen pleegzorg na 18', en: 'no foster care after 18' },
} as const satisfies Record<FosterCareChoice, Words>;
export const HELP_SERVICE_KIND_WORDS = {
  'parenting-support': { nl: 'opvoedondersteuning', en: 'parenting support' },
  'wijkteam-support': { nl: 'begeleiding door het wijkteam', en: 'support by the neighbourhood team' },
  'school-social-work': { nl: 'schoolmaatschappelijk werk', en: 'school social work' },
  'ambulatory-youth-care': { nl: 'specialistische ambulante jeugdhulp', en: 'specialist outpatient youth care' },
  'youth-mental-health': { nl: 'jeugd-ggz', en: 'youth mental health care (jeugd-ggz)' },
  'day-treatment': { nl: 'dagbehandeling', en: 'day treatment' },
  'respite-care': { nl: 'logeeropvang', en: 'respite care' },
  other: { nl: 'andere hulp', en: 'other help' },
} as const satisfies Record<HelpServiceKind, Words>;

export const GOAL_PROGRESS_WORDS = {
  achieved: { nl: 'behaald', en: 'achieved' },
  progressing: { nl: 'vooruitgang', en: 'progressing' },
  'no-progress': { nl: 'geen vooruitgang', en: 'no progress' },
  worsened: { nl: 'achteruitgang', en: 'worsened' },
} as const satisfies Record<GoalProgress, Words>;

export const PERSPECTIVE_WORDS = {
  'return-home': { nl: 'terug naar huis', en: 'return home' },
  'foster-family': { nl: 'opgroeien in het pleeggezin', en: 'growing up in the foster family' },
  elsewhere: { nl: 'opgroeien elders', en: 'growing up elsewhere' },
} as const satisfies Record<Perspective, Words>;

export const AFTERCARE_GROUND_WORDS = {
  'return-home': { nl: 'na terugkeer naar huis', en: 'after the return home' },
  'age-of-majority': { nl: 'na het 18e jaar', en: 'after turning 18' },
} as const satisfies Record<AftercareGround, Words>;
export const RECORD_KIND_WORDS = {
  jeugdhulp: { nl: 'jeugdhulpdossier', en: 'youth care file' },
  gi: { nl: 'dossier van de gecertificeerde instelling', en: 'file of the certified institution (GI)' },
  'veilig-thuis': { nl: 'Veilig Thuis-dossier', en: 'Veilig Thuis file' },
  raad: { nl: 'dossier van de Raad voor de Kinderbescherming', en: 'file of the Raad voor de Kinderbescherming' },
} as const satisfies Record<RecordKind, Words>;

export const CORRECTION_DECISION_WORDS = {
  corrected: { nl: 'gecorrigeerd', en: 'corrected' },
  refused: { nl: 'geweigerd', en: 'refused' },
} as const satisfies Record<CorrectionDecision, Words>;

export const DESTRUCTION_REQUEST_DECISION_WORDS = {
  destroy: { nl: 'vernietigen', en: 'destroy' },
  refuse: { nl: 'weigeren', en: 'refuse' },
} as const satisfies Record<DestructionRequestDecision, Words>;

/** Jeugdwet art. 7.3.9 lid 2, in words a family reads. */
export const DESTRUCTION_EXCEPTION_WORDS = {
  'considerable-interest-of-another': {
    nl: 'het dossier is belangrijk voor iemand anders',
    en: 'the file matters considerably to someone else',
  },
  'legal-duty': { nl: 'de wet verplicht om het dossier te bewaren', en: 'the law requires the file to be kept' },
} as const satisfies Record<DestructionException, Words>;

export const COMPLAINT_OUTCOME_WORDS = {
  upheld: { nl: 'gegrond', en: 'upheld' },
  'partly-upheld': { nl: 'deels gegrond', en: 'partly upheld' },
  'not-upheld': { nl: 'ongegrond', en: 'not upheld' },
} as const satisfies Record<ComplaintOutcome, Words>;
export const WITHHOLDING_GROUND_WORDS = {
  'privacy-of-another': { nl: 'de privacy van iemand anders', en: 'the privacy of another person' },
  'interest-of-child': { nl: 'het belang van het kind', en: 'the interest of the child' },
} as const satisfies Record<WithholdingGround, Words>;
