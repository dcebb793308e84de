import type { CaseEvent, CaseEventType, CasePhase, CaseStatus, DeadlineKind, FamilyPerson, NoInspectionReason, Role } from '@casus/domain';
import { COURT_ORDER_KIND_WORDS, FAMILY_RELATION_WORDS, PERSPECTIVE_WORDS, SAFETY_OUTCOME_WORDS } from './term-words';
import type { Words } from './words';
import { say } from './family-say';
import { FAMILY_VOICE_NEXT_WORDS, FAMILY_VOICE_STEP_WORDS } from './family-voice-words';

// The family's own file in plain words (taalniveau B1): short sentences, the words a parent or a child of 12 uses.
// A line never names a place, a provider, a foster family or where anyone lives, nor anyone's personal data: a parent's
// view is safe by construction (issue 18), and the child's own view needs no place to tell what happened.

type DataOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>['data'];

export type FamilyStepWording<T extends CaseEventType> = Readonly<{
  line: (data: DataOf<T>) => Words;
  /** The reason the step gives, read under "why"; absent: the step gives none the family reads. */
  why?: (data: DataOf<T>) => string | null;
  /** About where a child lives or may live: a parent never reads its reason, which may name the place. */
  aboutPlace?: true;
  /** An important fact about the child, which a parent without authority is told (BW 1:377c). */
  important?: true;
}>;

/** Each kind of step as the family reads it; null: not a step of their file (who is who, what is kept from them, internal work). */
export const FAMILY_STEP_WORDS = {
  SignalRegistered: {
    line: ({ receivedAt }) =>
      say(
        `Er kwam een melding binnen over zorgen om de kinderen (${receivedAt.slice(0, 10)}).`,
        `A report about worries for the children came in (${receivedAt.slice(0, 10)}).`,
      ),
    important: true,
  },
  NewSignalRecorded: {
    line: ({ receivedAt }) =>
      say(`Er kwam een nieuwe melding binnen (${receivedAt.slice(0, 10)}).`, `A new report came in (${receivedAt.slice(0, 10)}).`),
  },
  VeiligThuisInvestigationStarted: {
    line: ({ startedOn, dueOn }) =>
      say(
        `Veilig Thuis begon op ${startedOn} een onderzoek. Het is uiterlijk ${dueOn} klaar.`,
        `Veilig Thuis started an investigation on ${startedOn}. It ends by ${dueOn}.`,
      ),
    why: ({ reason }) => reason,
  },
  VeiligThuisInvestigationConcluded: {
    line: ({ concludedOn }) =>
      say(`Veilig Thuis rondde het onderzoek af op ${concludedOn}.`, `Veilig Thuis finished the investigation on ${concludedOn}.`),
    why: ({ findings }) => findings,
    important: true,
  },
  CaseHandedOverToLocalTeam: {
    line: ({ organisation, handedOverOn }) =>
      say(`Vanaf ${handedOverOn} helpt ${organisation} jullie verder.`, `From ${handedOverOn} ${organisation} helps you on.`),
  },
  CaseLeadAssigned: {
    line: () => say('Jullie kregen een vaste hulpverlener (casusregisseur).', 'You got a case manager of your own.'),
  },
  FamilyMemberRecorded: {
    line: ({ relation }) =>
      say(
        `Een ${FAMILY_RELATION_WORDS[relation].nl} is in het dossier gezet.`,
        `A ${FAMILY_RELATION_WORDS[relation].en} was added to the file.`,
      ),
  },
  ParentalAuthorityChanged: {
    line: ({ changedOn }) => say(`Het gezag veranderde op ${changedOn}.`, `Parental authority changed on ${changedOn}.`),
    why: ({ reason }) => reason,
    important: true,
  },
  ConsentRecorded: {
    line: ({ givenOn }) => say(`Er is toestemming gegeven op ${givenOn}.`, `Consent was given on ${givenOn}.`),
  },
  ConsentWithdrawn: {
    line: ({ withdrawnOn }) => say(`Een toestemming is ingetrokken op ${withdrawnOn}.`, `A consent was withdrawn on ${withdrawnOn}.`),
    why: ({ reason }) => reason,
  },
  SafetyAssessed: {
    line: ({ outcome, assessedOn }) =>
      say(
        `Op ${assessedOn} is bekeken hoe veilig het thuis is: ${SAFETY_OUTCOME_WORDS[outcome].nl}.`,
        `On ${assessedOn} the team looked at how safe home is: ${SAFETY_OUTCOME_WORDS[outcome].en}.`,
      ),
    why: ({ findings }) => findings,
    important: true,
  },
  SafetyPlanAgreed: {
    line: ({ reviewOn }) =>
      say(
        `Er zijn afspraken gemaakt over veiligheid (veiligheidsplan). Die worden op ${reviewOn} bekeken.`,
        `Safety agreements were made (safety plan). They are reviewed on ${reviewOn}.`,
      ),
  },
  JeugdlinkRequested: {
    line: ({ requestedOn }) =>
      say(
        `Op ${requestedOn} is het regionale veiligheidsteam (Jeugdlink) gevraagd mee te helpen.`,
        `On ${requestedOn} the regional safety team (Jeugdlink) was asked to help.`,
      ),
    why: ({ reason }) => reason,
  },
  JeugdlinkJoined: {
    line: ({ joinedOn }) => say(`Jeugdlink helpt mee sinds ${joinedOn}.`, `Jeugdlink has been helping since ${joinedOn}.`),
    why: ({ purpose }) => purpose,
  },
  JeugdlinkInvolvementEnded: {
    line: ({ endedOn }) => say(`Jeugdlink stopte met helpen op ${endedOn}.`, `Jeugdlink stopped helping on ${endedOn}.`),
    why: ({ reason }) => reason,
  },
  CourtOrderRecorded: {
    line: ({ kind, validFrom, validUntil }) =>
      say(
        `De kinderrechter besliste: ${COURT_ORDER_KIND_WORDS[kind].nl}, van ${validFrom} tot ${validUntil}.`,
        `The juvenile judge decided: ${COURT_ORDER_KIND_WORDS[kind].en}, from ${validFrom} to ${validUntil}.`,
      ),
    important: true,
  },
  CourtOrderEnded: {
    line: ({ endedOn }) => say(`Een maatregel van de kinderrechter stopte op ${endedOn}.`, `A court order ended on ${endedOn}.`),
    why: ({ decision }) => decision,
    important: true,
  },
  AppealLodged: {
    line: ({ lodgedOn }) => say(`Er is hoger beroep ingesteld op ${lodgedOn}.`, `An appeal was lodged on ${lodgedOn}.`),
  },
  AppealDecided: {
    line: ({ decidedOn }) => say(`Het hof besliste over het hoger beroep op ${decidedOn}.`, `The court of appeal decided on ${decidedOn}.`),
    why: ({ decision }) => decision,
    important: true,
  },
  RaadAdviceRecorded: {
    line: ({ advisedOn }) =>
      say(
        `De Raad voor de Kinderbescherming gaf de rechter advies op ${advisedOn}.`,
        `The child protection board advised the judge on ${advisedOn}.`,
      ),
    why: ({ advice }) => advice,
  },
  WrittenInstructionGiven: {
    line: ({ complyBy }) =>
      say(
        `Er is een schriftelijke aanwijzing gegeven. Die moet uiterlijk ${complyBy} zijn opgevolgd.`,
        `A written instruction was given. It must be followed by ${complyBy}.`,
      ),
    why: ({ reason }) => reason,
    important: true,
  },
  InstructionFollowedUp: {
    line: ({ on }) =>
      say(`Op ${on} is bekeken of de aanwijzing is opgevolgd.`, `On ${on} the team checked whether the instruction was followed.`),
  },
  NetworkFamilyProposed: {
    line: ({ proposedOn }) =>
      say(
        `Op ${proposedOn} is iemand uit de eigen kring voorgesteld als pleeggezin.`,
        `On ${proposedOn} someone the family knows was proposed as foster family.`,
      ),
    aboutPlace: true,
  },
  PlacementRequested: {
    line: ({ intendedStartOn }) =>
      say(
        `Er wordt een plek gezocht waar het kind kan wonen, vanaf ${intendedStartOn}.`,
        `A place is sought where the child can live, from ${intendedStartOn}.`,
      ),
    aboutPlace: true,
    important: true,
  },
  PlacementRequestWithdrawn: {
    line: ({ withdrawnOn }) =>
      say(`Het zoeken naar een plek is gestopt op ${withdrawnOn}.`, `The search for a place stopped on ${withdrawnOn}.`),
    why: ({ reason }) => reason,
    aboutPlace: true,
  },
  PlacementRematchRequested: {
    line: ({ requestedOn }) => say(`Op ${requestedOn} is opnieuw naar een plek gezocht.`, `On ${requestedOn} a place was sought again.`),
    aboutPlace: true,
  },
  PlacementDecided: {
    line: ({ decidedOn }) =>
      say(`Op ${decidedOn} is besloten waar het kind gaat wonen.`, `On ${decidedOn} it was decided where the child will live.`),
    why: ({ reasons }) => reasons,
    aboutPlace: true,
    important: true,
  },
  PlacementViewRecorded: {
    line: ({ heardOn }) =>
      say(`Op ${heardOn} is gevraagd wat je vindt van een plek.`, `On ${heardOn} you were asked what you think of a place.`),
    aboutPlace: true,
  },
  IntroductionPlanned: {
    line: ({ plannedOn }) => say(`Er is een kennismaking gepland op ${plannedOn}.`, `An introduction is planned on ${plannedOn}.`),
    aboutPlace: true,
  },
  IntroductionHeld: {
    line: ({ heldOn }) => say(`De kennismaking was op ${heldOn}.`, `The introduction took place on ${heldOn}.`),
    aboutPlace: true,
  },
  PlacementStarted: {
    line: ({ startedOn }) =>
      say(`Het kind woont vanaf ${startedOn} op de nieuwe plek.`, `The child lives in the new place from ${startedOn}.`),
    aboutPlace: true,
    important: true,
  },
  PlacementPlanRecorded: {
    line: ({ perspectiveDecisionOn }) =>
      say(
        `Er is een plan gemaakt. Uiterlijk ${perspectiveDecisionOn} wordt besloten waar het kind opgroeit.`,
        `A plan was made. By ${perspectiveDecisionOn} it is decided where the child grows up.`,
      ),
    why: ({ justification }) => justification,
    aboutPlace: true,
  },
  ReturnHomePlanDrafted: {
    line: ({ targetOn }) =>
      say(`Er is een plan voor terug naar huis, met als doel ${targetOn}.`, `There is a plan to go back home, aiming for ${targetOn}.`),
    why: ({ support }) => support,
  },
  ReturnConditionAssessed: {
    line: ({ met, assessedOn }) =>
      say(
        `Op ${assessedOn} is een afspraak voor terug naar huis bekeken: ${met ? 'die is gehaald' : 'die is nog niet gehaald'}.`,
        `On ${assessedOn} a condition for going home was checked: ${met ? 'it is met' : 'it is not met yet'}.`,
      ),
  },
  ReturnDecisionRecorded: {
    line: ({ decidedOn, outcome }) => {
      const what = {
        'return-home': say('het kind gaat terug naar huis', 'the child goes back home'),
        'not-yet': say('nog niet terug naar huis', 'not back home yet'),
        'no-return': say('het kind gaat niet terug naar huis', 'the child does not go back home'),
      }[outcome.kind];
      return say(`Op ${decidedOn} is besloten: ${what.nl}.`, `On ${decidedOn} it was decided: ${what.en}.`);
    },
    why: ({ rationale }) => rationale,
    important: true,
  },
  ChildReturnedHome: {
    line: ({ returnedOn }) => say(`Het kind is op ${returnedOn} terug naar huis gegaan.`, `The child went back home on ${returnedOn}.`),
    important: true,
  },
  PlacementEnded: {
    line: ({ endedOn }) => say(`Het wonen op de plek stopte op ${endedOn}.`, `Living in the place ended on ${endedOn}.`),
    why: ({ explanation }) => explanation,
    aboutPlace: true,
    important: true,
  },
  ChildLeftPlacement: {
    line: ({ leftOn }) => say(`Een kind is op ${leftOn} van de plek weggegaan.`, `A child left the place on ${leftOn}.`),
    why: ({ explanation }) => explanation,
    aboutPlace: true,
    important: true,
  },
  CaseNoteRecorded: {
    line: ({ on }) => say(`Er was een gesprek of contact op ${on}.`, `There was a talk or contact on ${on}.`),
  },
  TaskGiven: null,
  TaskCompleted: null,
  TaskCancelled: null,
  FosterChildContactRecorded: {
    line: ({ heldOn }) => say(`Op ${heldOn} was er een gesprek met het pleegkind.`, `On ${heldOn} there was a talk with the foster child.`),
    aboutPlace: true,
  },
  FosterCareChoiceRecorded: {
    line: ({ chosenOn, choice }) =>
      say(
        `Op ${chosenOn} koos de jongere ${choice === 'continue' ? 'om in het pleeggezin te blijven' : 'om niet in het pleeggezin te blijven'}.`,
        `On ${chosenOn} the young person chose ${choice === 'continue' ? 'to stay in foster care' : 'not to stay in foster care'}.`,
      ),
    aboutPlace: true,
    important: true,
  },
  HelpPlanAgreed: {
    line: ({ agreedOn, evaluateOn }) =>
      say(
        `Op ${agreedOn} is een plan voor hulp afgesproken. Het wordt op ${evaluateOn} besproken.`,
        `On ${agreedOn} a help plan was agreed. It is discussed on ${evaluateOn}.`,
      ),
    important: true,
  },
  HelpPlanRevised: {
    line: ({ revisedOn }) => say(`Het plan voor hulp is aangepast op ${revisedOn}.`, `The help plan was changed on ${revisedOn}.`),
    why: ({ reason }) => reason,
  },
  HelpPlanEvaluated: {
    line: ({ evaluatedOn, nextEvaluationOn }) =>
      say(
        `Het plan voor hulp is besproken op ${evaluatedOn}. De volgende keer is ${nextEvaluationOn}.`,
        `The help plan was discussed on ${evaluatedOn}. Next time is ${nextEvaluationOn}.`,
      ),
  },
  HelpPlanEnded: {
    line: ({ endedOn }) => say(`Het plan voor hulp stopte op ${endedOn}.`, `The help plan ended on ${endedOn}.`),
    why: ({ reason }) => reason,
  },
  PerspectiveDecided: {
    line: ({ decidedOn, perspective }) =>
      say(
        `Op ${decidedOn} is besloten waar het kind opgroeit: ${PERSPECTIVE_WORDS[perspective].nl}.`,
        `On ${decidedOn} it was decided where the child grows up: ${PERSPECTIVE_WORDS[perspective].en}.`,
      ),
    why: ({ justification }) => justification,
    aboutPlace: true,
    important: true,
  },
  AftercareStarted: {
    line: ({ startedOn, plannedEndOn }) =>
      say(`Er is nazorg vanaf ${startedOn} tot ${plannedEndOn}.`, `There is aftercare from ${startedOn} to ${plannedEndOn}.`),
  },
  AftercareEnded: {
    line: ({ endedOn }) => say(`De nazorg stopte op ${endedOn}.`, `Aftercare ended on ${endedOn}.`),
  },
  CaseClosed: {
    line: ({ closedOn }) => say(`Het dossier is gesloten op ${closedOn}.`, `The file was closed on ${closedOn}.`),
    why: ({ reason }) => reason,
    important: true,
  },
  CaseReopened: {
    line: ({ reopenedOn }) => say(`Het dossier is weer geopend op ${reopenedOn}.`, `The file was opened again on ${reopenedOn}.`),
    why: ({ reason }) => reason,
    important: true,
  },
  PersonalDataErased: null,
  CaseFileDestroyed: null,
  CaseTransferred: {
    line: ({ toOrganisation, transferredOn }) =>
      say(`Vanaf ${transferredOn} helpt ${toOrganisation} jullie verder.`, `From ${transferredOn} ${toOrganisation} helps you on.`),
  },
  ChargedGiChanged: {
    line: ({ toGiOrganisation, changedOn }) =>
      say(
        `Vanaf ${changedOn} voert ${toGiOrganisation} de maatregel uit.`,
        `From ${changedOn} ${toGiOrganisation} carries out the court order.`,
      ),
  },
  FamilyAccountLinked: null,
  FamilyAccountLinkEnded: null,
  PartWithheldFromFamily: null,
  WithholdingEnded: null,
  PartMarkedNotForParents: null,
  ...FAMILY_VOICE_STEP_WORDS,
} satisfies { readonly [T in CaseEventType]: FamilyStepWording<T> | null };

/** A step's line and its reason as this reader reads them; null: not a step of the family's file. */
export function familyStepWords(event: CaseEvent, asParent: boolean): { text: Words; why: string | null; important: boolean } | null {
  const wording = FAMILY_STEP_WORDS[event.type] as FamilyStepWording<CaseEventType> | null;
  if (wording === null) return null;
  const data = event.data as never;
  const why = wording.why && !(asParent && wording.aboutPlace) ? wording.why(data) : null;
  return { text: wording.line(data), why, important: wording.important === true };
}

/** Who the reader is on the case, in their words ("you" are the child, or a parent, or...). */
export const FAMILY_AS_WORDS = {
  child: say('kind', 'child'),
  ...FAMILY_RELATION_WORDS,
} as const satisfies Record<FamilyPerson['as'], Words>;

export const INSPECTION_RIGHT_WORDS = {
  file: say(
    'Je mag het dossier inzien, voor zover het over jou of je kind gaat.',
    'You may see the file, as far as it is about you or your child.',
  ),
  information: say(
    'Je hebt geen gezag. Je krijgt wel informatie over belangrijke dingen rond je kind (artikel 1:377c BW).',
    'You have no parental authority. You do get information about important things around your child (BW 1:377c).',
  ),
} as const satisfies Record<'file' | 'information', Words>;

export const NO_INSPECTION_WORDS = {
  'child-under-12': say('Je kunt je dossier zelf inzien vanaf je 12e.', 'You can see your own file from the age of 12.'),
  'children-16-or-over': say(
    'Je kind is 16 of ouder en beslist zelf over het eigen dossier.',
    'Your child is 16 or older and decides about their own file.',
  ),
  'children-of-age': say('Je kinderen zijn volwassen.', 'Your children are adults.'),
  'no-parent': say('Alleen ouders en kinderen vanaf 12 zien het dossier.', 'Only parents and children from 12 see the file.'),
} as const satisfies Record<NoInspectionReason, Words>;

export const FAMILY_PHASE_WORDS = {
  'safety-assessment': say('Er wordt bekeken hoe veilig het thuis is.', 'The team looks at how safe home is.'),
  support: say('Jullie krijgen hulp.', 'You get help.'),
  'safety-plan': say('Er zijn afspraken over veiligheid.', 'There are agreements about safety.'),
  placement: say('Het kind woont (of gaat wonen) ergens anders.', 'The child lives (or will live) somewhere else.'),
  'return-home': say('Er wordt gewerkt aan terug naar huis.', 'Work goes on towards going back home.'),
  aftercare: say('Er is nazorg.', 'There is aftercare.'),
  closed: say('Het dossier is gesloten.', 'The file is closed.'),
} as const satisfies Record<CasePhase, Words>;

export const FAMILY_STATUS_WORDS = {
  open: say('open', 'open'),
  closed: say('gesloten', 'closed'),
} as const satisfies Record<CaseStatus, Words>;

/** Who did a step or looked at the file, by role, as the family reads it. */
export const FAMILY_ROLE_WORDS = {
  wijkteam: say('hulpverlener van het wijkteam', 'social worker of the neighbourhood team'),
  'veilig-thuis': say('medewerker van Veilig Thuis', 'Veilig Thuis worker'),
  jeugdlink: say('medewerker van het veiligheidsteam (Jeugdlink)', 'worker of the safety team (Jeugdlink)'),
  gi: say('jeugdbeschermer', 'youth protector'),
  provider: say('medewerker van een jeugdhulpaanbieder', 'worker of a care provider'),
  auditor: say('toezichthouder', 'inspector'),
  family: say('gezinslid', 'family member'),
} as const satisfies Record<Role, Words>;

/** Why a reader looked (the access log's ground), as the family reads it. */
export const FAMILY_GROUND_WORDS = {
  wijkteam: say('werkt aan jullie dossier', 'works on your file'),
  'veilig-thuis': say('werkt aan jullie dossier', 'works on your file'),
  jeugdlink: say('helpt mee in jullie dossier', 'helps in your file'),
  gi: say('voert de maatregel van de rechter uit', 'carries out the court order'),
  provider: say('zorgt voor de plek van het kind', 'takes care of the child’s place'),
  auditor: say('houdt toezicht', 'oversight'),
  family: say('bekijkt het eigen dossier', 'looks at their own file'),
} as const satisfies Record<Role, Words>;

export const FAMILY_REFUSED_GROUND_WORDS = say('mocht niet kijken en kreeg niets te zien', 'was not allowed to look and saw nothing');

/** What was looked at, by the access log's `dataAccessed`; anything else reads as the file. */
const FAMILY_DATA_WORDS: Readonly<Record<string, Words>> = {
  state: say('het dossier', 'the file'),
  timeline: say('wat er gebeurde', 'what happened'),
  history: say('de geschiedenis van het dossier', 'the history of the file'),
  steps: say('welke stappen nu kunnen', 'which steps can be taken now'),
  export: say('een kopie van het dossier', 'a copy of the file'),
  replay: say('de controle van het dossier', 'the check of the file'),
  integrity: say('de controle van het dossier', 'the check of the file'),
  'placement-brief': say('wat de plek over het kind moet weten', 'what the place needs to know about the child'),
  'placement-process': say('het zoeken naar een plek', 'the search for a place'),
  'own-file': say('het eigen dossier', 'their own file'),
  'own-file-list': say('de lijst met eigen dossiers', 'the list of their own files'),
  'own-access-log': say('wie er in het dossier keek', 'who looked at the file'),
};

export const familyDataWords = (data: string): Words => FAMILY_DATA_WORDS[data] ?? say('het dossier', 'the file');

/** The file's deadlines as the family reads them under "what comes next". */
export const FAMILY_NEXT_WORDS = {
  'safety-assessment': say('Bekijken hoe veilig het thuis is', 'Looking at how safe home is'),
  'safety-plan-review': say('De afspraken over veiligheid bespreken', 'Discussing the safety agreements'),
  'veilig-thuis-investigation': say('Het onderzoek van Veilig Thuis afronden', 'Finishing the Veilig Thuis investigation'),
  'court-order-expiry': say('De maatregel van de rechter loopt af', 'The court order ends'),
  'machtiging-lapse': say('De machtiging vervalt als die niet gebruikt wordt', 'The authorisation lapses if not used'),
  'written-instruction': say('De schriftelijke aanwijzing opvolgen', 'Following the written instruction'),
  'parents-hearing': say('De ouders worden gehoord door de rechter', 'The parents are heard by the judge'),
  'plan-of-action': say('Een plan maken voor het kind', 'Making a plan for the child'),
  'perspective-decision': say('Besluiten waar het kind opgroeit', 'Deciding where the child grows up'),
  'return-review': say('Opnieuw bekijken of het kind naar huis kan', 'Looking again whether the child can go home'),
  'reservation-expiry': say('Een plek blijft nog even vrij', 'A place stays free for a while'),
  'no-suitable-placement': say('Besluiten wat er gebeurt nu er geen plek is', 'Deciding what happens now no place fits'),
  introduction: say('Kennismaken', 'Getting to know each other'),
  task: say('Iets wat het team gaat doen', 'Something the team will do'),
  appointment: say('Een afspraak', 'An appointment'),
  'coming-of-age': say('Het kind wordt 18', 'The child turns 18'),
  'foster-care-end': say('De pleegzorg stopt', 'Foster care ends'),
  'foster-child-contact': say('Een gesprek met het pleegkind', 'A talk with the foster child'),
  'development-review': say('Bespreken hoe het met het kind gaat', 'Discussing how the child is doing'),
  'help-plan-evaluation': say('Het plan voor hulp bespreken', 'Discussing the help plan'),
  'aftercare-end': say('De nazorg stopt', 'Aftercare ends'),
  ...FAMILY_VOICE_NEXT_WORDS,
} as const satisfies Record<DeadlineKind, Words>;

/** What the family reads of a part withheld from them: that it was, not what. */
export const FAMILY_WITHHELD_WORDS = say('Een deel van het dossier is niet voor jou te zien.', 'A part of the file is not shown to you.');
