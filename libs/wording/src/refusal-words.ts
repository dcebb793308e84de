import type { DomainErrorCode } from '@casus/domain';
import type { Words } from './words';

// What each refusal means to the professional who meets it, and what they can do next (B1 Dutch first).
// `{name}` takes the refusal's parameter of that name: ids and dates only, never a family member's personal data.

const CASE_REFUSAL_WORDS = {
  'ACCESS.READ_ONLY_ROLE': { nl: 'Uw rol mag dit dossier lezen, niet wijzigen.', en: 'Your role may read this case, not change it.' },
  'ACCESS.JEUGDLINK_NOT_JOINED': {
    nl: 'Uw Jeugdlink-team is nog niet aangesloten bij dit dossier. Sluit eerst aan.',
    en: 'Your Jeugdlink team has not joined this case yet. Join it first.',
  },
  'ACCESS.GI_NOT_CHARGED': {
    nl: 'Uw GI is niet belast met een maatregel in dit dossier.',
    en: 'Your GI is not charged with an order on this case.',
  },
  'ACCESS.GI_DECIDES_PLACEMENT': {
    nl: 'Bij een kinderbeschermingsmaatregel beslist de GI over de plaatsing.',
    en: 'Under a court order the GI decides on the placement.',
  },
  'ACCESS.STEP_NOT_FOR_ROLE': {
    nl: 'Deze stap is niet voor uw rol. Vraag het team dat hierover gaat.',
    en: 'This step is not for your role. Ask the team it belongs to.',
  },
  'ACCESS.NOT_REQUESTED_TEAM': { nl: 'Dit verzoek is aan een ander team gericht.', en: 'This request was made to another team.' },
  'ACCESS.CASE_TRANSFERRED': {
    nl: 'Het dossier is overgedragen aan een ander team. U kunt het niet meer wijzigen.',
    en: 'The case was transferred to another team. You can no longer change it.',
  },
  'INPUT.MISSING': {
    nl: 'Er ontbreekt een gegeven. Vul het aan en probeer het opnieuw.',
    en: 'Something is missing. Fill it in and try again.',
  },
  'INPUT.INVALID_DATE': { nl: 'Een datum klopt niet. Gebruik de vorm jjjj-mm-dd.', en: 'A date is not valid. Use the form yyyy-mm-dd.' },
  'INPUT.DATE_IN_FUTURE': {
    nl: 'Een datum ligt in de toekomst. Vul een datum van vandaag of eerder in.',
    en: 'A date lies in the future. Enter today or earlier.',
  },
  'CASE.NOT_FOUND': { nl: 'Dit dossier bestaat niet, of u mag het niet inzien.', en: 'This case does not exist, or you may not see it.' },
  'CASE.ID_UNAVAILABLE': {
    nl: 'Dit dossiernummer is al in gebruik. Kies een nieuw nummer.',
    en: 'This case id is taken. Choose a new one.',
  },
  'CASE.CLOSED': { nl: 'Het dossier is gesloten. Heropen het eerst.', en: 'The case is closed. Reopen it first.' },
  'CASE.DESTROYED': { nl: 'Het dossier is vernietigd. Er kan niets meer bij.', en: 'The case file was destroyed. Nothing can be added.' },
  'RETENTION.CARE_NOT_ENDED': {
    nl: 'De hulp is nog niet beëindigd. Het dossier kan nog niet vernietigd worden.',
    en: 'Care has not ended. The file cannot be destroyed yet.',
  },
  'RETENTION.TERM_NOT_ENDED': {
    nl: 'De bewaartermijn loopt nog. Het dossier kan nog niet vernietigd worden.',
    en: 'The retention term still runs. The file cannot be destroyed yet.',
  },
  'CASE.NOT_CLOSED': { nl: 'Het dossier is niet gesloten.', en: 'The case is not closed.' },
  'CASE.ACTIVE_PLACEMENT': { nl: 'Er loopt nog een plaatsing. Beëindig die eerst.', en: 'A placement is still running. End it first.' },
  'CASE.UNKNOWN_CHILD': { nl: 'Dit kind staat niet in het dossier.', en: 'This child is not on the case.' },
  'CASE.UNKNOWN_FAMILY_MEMBER': {
    nl: 'Dit gezinslid staat niet in het dossier. Leg het eerst vast.',
    en: 'This family member is not on the case. Record them first.',
  },
  'FAMILY_MEMBER.ALREADY_RECORDED': { nl: 'Dit gezinslid is al vastgelegd.', en: 'This family member is already recorded.' },
  'FAMILY_MEMBER.AUTHORITY_UNCHANGED': { nl: 'Het gezag verandert hiermee niet.', en: 'This does not change parental authority.' },
  'SIGNAL.NO_CHILDREN': {
    nl: 'Een melding gaat over ten minste één kind. Voeg een kind toe.',
    en: 'A signal concerns at least one child. Add a child.',
  },
  'SIGNAL.DUPLICATE_CHILD': {
    nl: 'Een kind staat twee keer in de melding. Haal het dubbele weg.',
    en: 'A child is named twice in the signal. Remove the duplicate.',
  },
  'SIGNAL.ALREADY_RECORDED': { nl: 'Deze melding is al vastgelegd.', en: 'This signal is already recorded.' },
  'SIGNAL.NOT_FOUND': { nl: 'Deze melding staat niet in het dossier.', en: 'This signal is not on the case.' },
  'SIGNAL.BEFORE_CASE': {
    nl: 'De melding is ontvangen vóór het dossier begon. Controleer de datum.',
    en: 'The signal was received before the case began. Check the date.',
  },
  'VEILIG_THUIS.INVESTIGATION_ALREADY_STARTED': {
    nl: 'Veilig Thuis is al een onderzoek gestart.',
    en: 'Veilig Thuis has already started an investigation.',
  },
  'VEILIG_THUIS.NO_INVESTIGATION': { nl: 'Er loopt geen onderzoek van Veilig Thuis.', en: 'There is no Veilig Thuis investigation.' },
  'VEILIG_THUIS.INVESTIGATION_ALREADY_CONCLUDED': {
    nl: 'Het onderzoek van Veilig Thuis is al afgerond.',
    en: 'The Veilig Thuis investigation is already concluded.',
  },
  'VEILIG_THUIS.INVESTIGATION_OPEN': {
    nl: 'Het onderzoek van Veilig Thuis loopt nog. Rond het eerst af.',
    en: 'The Veilig Thuis investigation is still open. Conclude it first.',
  },
  'VEILIG_THUIS.HANDOVER_TO_ITSELF': {
    nl: 'Veilig Thuis kan het dossier niet aan zichzelf overdragen. Kies het lokale team.',
    en: 'Veilig Thuis cannot hand the case over to itself. Choose the local team.',
  },
  'MUNICIPALITY.UNKNOWN': { nl: 'Deze gemeente kennen we niet. Controleer de naam.', en: 'This municipality is unknown. Check the name.' },
  'MUNICIPALITY.CODE_INVALID': {
    nl: 'De gemeentecode klopt niet. Gebruik de vorm GM0000.',
    en: 'The municipality code is not valid. Use the form GM0000.',
  },
  'MUNICIPALITY.CODE_MISMATCH': {
    nl: 'De gemeentecode hoort bij een andere gemeente.',
    en: 'The municipality code belongs to another municipality.',
  },
  'CONSENT.ALREADY_RECORDED': { nl: 'Deze toestemming is al vastgelegd.', en: 'This consent is already recorded.' },
  'CONSENT.NOT_FOUND': { nl: 'Deze toestemming staat niet in het dossier.', en: 'This consent is not on the case.' },
  'CONSENT.ALREADY_WITHDRAWN': { nl: 'Deze toestemming is al ingetrokken.', en: 'This consent was already withdrawn.' },
  'CONSENT.CHILD_FOR_OTHERS': { nl: 'Een kind geeft alleen voor zichzelf toestemming.', en: 'A child consents for themself only.' },
  'CONSENT.CHILD_UNDER_12': {
    nl: 'Een kind onder de 12 geeft zelf geen toestemming. Leg de mening van het kind vast.',
    en: 'A child under 12 does not consent themself. Record the child’s view instead.',
  },
  'CONSENT.NOT_GUARDIAN': {
    nl: 'Alleen ouders met gezag of de voogd geven deze toestemming.',
    en: 'Only parents with authority or the guardian give this consent.',
  },
  'CONSENT.BIRTH_DATE_MISSING': {
    nl: 'De geboortedatum van het kind ontbreekt. Vul die eerst aan.',
    en: 'The child’s date of birth is missing. Add it first.',
  },
  'CONSENT.CHILD_OF_AGE': {
    nl: 'Het kind is 18. De jongere geeft zelf toestemming.',
    en: 'The child is 18. The young person consents themself.',
  },
  'SAFETY_ASSESSMENT.ALREADY_RECORDED': { nl: 'De veiligheidstaxatie is al vastgelegd.', en: 'The safety assessment is already recorded.' },
  'SAFETY_ASSESSMENT.BEFORE_SIGNAL': {
    nl: 'De veiligheidstaxatie ligt vóór de melding. Controleer de datum.',
    en: 'The safety assessment lies before the signal. Check the date.',
  },
  'SAFETY_PLAN.ALREADY_AGREED': { nl: 'Er is al een veiligheidsplan afgesproken.', en: 'A safety plan is already agreed.' },
  'SAFETY_PLAN.NO_UNSAFE_ASSESSMENT': {
    nl: 'Een veiligheidsplan volgt op een taxatie "onveilig". Die ontbreekt.',
    en: 'A safety plan follows an "unsafe" assessment. There is none.',
  },
  'SAFETY_PLAN.NOT_AGREED_WITH_FAMILY': {
    nl: 'Het veiligheidsplan moet met het gezin zijn afgesproken.',
    en: 'The safety plan must be agreed with the family.',
  },
  'SAFETY_PLAN.REVIEW_DATE_NOT_AHEAD': { nl: 'De evaluatiedatum moet na vandaag liggen.', en: 'The review date must lie after today.' },
  'JEUGDLINK.ALREADY_INVOLVED': { nl: 'Jeugdlink is al betrokken bij dit dossier.', en: 'Jeugdlink is already involved in this case.' },
  'JEUGDLINK.NOT_REQUESTED': { nl: 'Jeugdlink is niet gevraagd voor dit dossier.', en: 'Jeugdlink was not requested for this case.' },
  'JEUGDLINK.NOT_JOINED': { nl: 'Jeugdlink is niet aangesloten bij dit dossier.', en: 'Jeugdlink has not joined this case.' },
  'COURT_ORDER.ALREADY_RECORDED': { nl: 'Deze maatregel is al vastgelegd.', en: 'This court order is already recorded.' },
  'COURT_ORDER.INVALID_PERIOD': { nl: 'De einddatum moet na de begindatum liggen.', en: 'The end date must lie after the start date.' },
  'COURT_ORDER.EXCEEDS_LEGAL_MAXIMUM': {
    nl: 'Deze maatregel duurt volgens de wet hooguit tot {latestValidUntil}. Pas de einddatum aan.',
    en: 'By law this order runs at most until {latestValidUntil}. Change the end date.',
  },
  'COURT_ORDER.EXCEEDS_OTS': {
    nl: 'De machtiging loopt langer dan de OTS waarop zij rust.',
    en: 'The machtiging runs longer than the OTS it rests on.',
  },
  'COURT_ORDER.EXTENSION_MISMATCH': {
    nl: 'Een verlenging hoort bij dezelfde soort maatregel voor hetzelfde kind.',
    en: 'An extension belongs to the same kind of order for the same child.',
  },
  'COURT_ORDER.EXTENSION_NOT_CONTIGUOUS': {
    nl: 'De verlenging moet aansluiten op de vorige maatregel.',
    en: 'The extension must follow on from the previous order.',
  },
  'COURT_ORDER.PROVISIONAL_NOT_EXTENDED': {
    nl: 'Een voorlopige maatregel wordt niet verlengd. Leg een nieuwe maatregel vast.',
    en: 'A provisional order is not extended. Record a new order.',
  },
  'COURT_ORDER.NO_OTS': {
    nl: 'Er is geen OTS voor dit kind. Een machtiging rust op een OTS.',
    en: 'There is no OTS for this child. A machtiging rests on an OTS.',
  },
  'COURT_ORDER.BEYOND_MAJORITY': {
    nl: 'Het kind wordt 18 op {majorityOn}. De maatregel eindigt uiterlijk dan.',
    en: 'The child comes of age on {majorityOn}. The order ends by then.',
  },
  'COURT_ORDER.BIRTH_DATE_MISSING': {
    nl: 'De geboortedatum van het kind ontbreekt. Vul die eerst aan.',
    en: 'The child’s date of birth is missing. Add it first.',
  },
  'COURT_ORDER.NOT_FOUND': { nl: 'Deze maatregel staat niet in het dossier.', en: 'This court order is not on the case.' },
  'COURT_ORDER.ALREADY_ENDED': { nl: 'Deze maatregel is al beëindigd.', en: 'This court order has already ended.' },
  'COURT_ORDER.END_OUTSIDE_PERIOD': {
    nl: 'De einddatum valt buiten de looptijd van de maatregel.',
    en: 'The end date falls outside the order’s period.',
  },
  'RAAD_ADVICE.ALREADY_RECORDED': { nl: 'Dit advies van de Raad is al vastgelegd.', en: 'This advice of the Raad is already recorded.' },
  'RAAD_ADVICE.NOT_ON_AN_OTS': { nl: 'Het advies van de Raad hoort bij een OTS.', en: 'The Raad’s advice belongs to an OTS.' },
  'APPEAL.ALREADY_LODGED': { nl: 'Dit hoger beroep is al vastgelegd.', en: 'This appeal is already recorded.' },
  'APPEAL.NOT_FOUND': { nl: 'Dit hoger beroep staat niet in het dossier.', en: 'This appeal is not on the case.' },
  'APPEAL.ALREADY_DECIDED': { nl: 'Over dit hoger beroep is al beslist.', en: 'This appeal has already been decided.' },
  'WRITTEN_INSTRUCTION.ALREADY_GIVEN': {
    nl: 'Deze schriftelijke aanwijzing is al gegeven.',
    en: 'This written instruction was already given.',
  },
  'WRITTEN_INSTRUCTION.NO_OTS': {
    nl: 'Een schriftelijke aanwijzing vraagt een OTS die nu loopt.',
    en: 'A written instruction needs an OTS in force.',
  },
  'WRITTEN_INSTRUCTION.TERM_NOT_AHEAD': {
    nl: 'De termijn van de aanwijzing moet in de toekomst liggen.',
    en: 'The instruction’s term must lie ahead.',
  },
  'WRITTEN_INSTRUCTION.NOT_FOUND': {
    nl: 'Deze schriftelijke aanwijzing staat niet in het dossier.',
    en: 'This written instruction is not on the case.',
  },
  'WRITTEN_INSTRUCTION.ALREADY_FOLLOWED_UP': {
    nl: 'Deze aanwijzing is al opgevolgd.',
    en: 'This instruction has already been followed up.',
  },
  'PLACEMENT.ALREADY_REQUESTED': { nl: 'Deze plaatsing is al aangevraagd.', en: 'This placement is already requested.' },
  'PLACEMENT.NOT_FOUND': { nl: 'Deze plaatsing staat niet in het dossier.', en: 'This placement is not on the case.' },
  'PLACEMENT.CHILD_HAS_OPEN_REQUEST': {
    nl: 'Voor dit kind loopt al een plaatsingsverzoek.',
    en: 'This child already has an open placement request.',
  },
  'PLACEMENT.NO_VALID_MACHTIGING': {
    nl: 'Er is op {on} geen geldige machtiging uithuisplaatsing voor dit kind.',
    en: 'There is no valid machtiging uithuisplaatsing for this child on {on}.',
  },
  'PLACEMENT.MACHTIGING_LAPSED': {
    nl: 'De machtiging is vervallen na {lapsedOn}: zij is niet binnen 3 maanden gebruikt. Vraag een nieuwe aan.',
    en: 'The machtiging lapsed after {lapsedOn}: it was not used within 3 months. Ask for a new one.',
  },
  'PLACEMENT.MISSING_PARENTAL_CONSENT': {
    nl: 'De toestemming van de ouders met gezag ontbreekt.',
    en: 'The consent of the parents with authority is missing.',
  },
  'PLACEMENT.MISSING_CHILD_CONSENT': {
    nl: 'De toestemming van het kind (12 of ouder) ontbreekt.',
    en: 'The consent of the child (12 or older) is missing.',
  },
  'PLACEMENT.MISSING_GUARDIAN_CONSENT': { nl: 'De toestemming van de voogd ontbreekt.', en: 'The guardian’s consent is missing.' },
  'PLACEMENT.SIBLINGS_SEPARATED_WITHOUT_REASON': {
    nl: 'Broers en zussen worden gescheiden. Geef daarvoor een reden.',
    en: 'Siblings are separated. Give a reason.',
  },
  'PLACEMENT.SEPARATION_WITHOUT_GROUPS': { nl: 'Geef aan welke kinderen samen blijven.', en: 'Say which children stay together.' },
  'PLACEMENT.INVALID_SEPARATION': {
    nl: 'De groepen kinderen kloppen niet met het verzoek.',
    en: 'The groups of children do not match the request.',
  },
  'PLACEMENT.ALREADY_DECIDED': { nl: 'Over deze plaatsing is al beslist.', en: 'This placement has already been decided.' },
  'PLACEMENT.NOT_RESERVED': {
    nl: 'De plek is niet gereserveerd voor deze plaatsing.',
    en: 'The place is not reserved for this placement.',
  },
  'PLACEMENT.NETWORK_FAMILY_ALREADY_PROPOSED': {
    nl: 'Dit netwerkgezin is al voorgesteld.',
    en: 'This network family is already proposed.',
  },
  'PLACEMENT.PARENT_NOT_NETWORK_FAMILY': {
    nl: 'Een ouder van het kind is geen netwerkgezin.',
    en: 'A parent of the child is no network family.',
  },
  'PLACEMENT.RESERVATION_EXPIRED': {
    nl: 'De reservering van de plek is verlopen. Reserveer opnieuw.',
    en: 'The reservation of the place has expired. Reserve again.',
  },
  'PLACEMENT.NOT_ACCEPTED_BY_PROVIDER': {
    nl: 'De aanbieder heeft de plaatsing nog niet geaccepteerd.',
    en: 'The provider has not accepted the placement yet.',
  },
  'PLACEMENT.CHILD_NOT_HEARD': {
    nl: 'De mening van het kind ontbreekt. Leg die eerst vast.',
    en: 'The child’s view is missing. Record it first.',
  },
  'PLACEMENT.PARENT_VIEW_MISSING': {
    nl: 'De mening van een ouder ontbreekt. Leg die eerst vast.',
    en: 'A parent’s view is missing. Record it first.',
  },
  'PLACEMENT.INTRODUCTION_IN_PAST': { nl: 'Een kennismaking plant u in de toekomst.', en: 'An introduction is planned in the future.' },
  'PLACEMENT.INTRODUCTION_WITHOUT_CHILD': {
    nl: 'Bij een kennismaking is het kind aanwezig.',
    en: 'The child takes part in an introduction.',
  },
  'PLACEMENT.UNKNOWN_INTRODUCTION': { nl: 'Deze kennismaking staat niet in het dossier.', en: 'This introduction is not on the case.' },
  'PLACEMENT.INTRODUCTION_ALREADY_HELD': {
    nl: 'Deze kennismaking heeft al plaatsgevonden.',
    en: 'This introduction has already been held.',
  },
  'PLACEMENT.INTRODUCTION_ALREADY_PLANNED': { nl: 'Deze kennismaking is al gepland.', en: 'This introduction is already planned.' },
  'PLACEMENT.NO_BEHAVIOURAL_SCIENTIST_CONSENT': {
    nl: 'De instemming van de gedragswetenschapper ontbreekt.',
    en: 'The behavioural scientist’s consent is missing.',
  },
  'PLACEMENT.NOT_DECIDED': { nl: 'Over deze plaatsing is nog niet beslist.', en: 'This placement has not been decided yet.' },
  'PLACEMENT.MOVE_IN_BEFORE_DECISION': {
    nl: 'Het kind verhuist na het besluit, niet ervoor.',
    en: 'The child moves in after the decision, not before.',
  },
  'PLACEMENT.DATE_BEFORE_DECISION': {
    nl: 'De datum ligt vóór het besluit. Controleer de datum.',
    en: 'The date lies before the decision. Check the date.',
  },
  'PLACEMENT.CHILD_ALREADY_PLACED': { nl: 'Dit kind is al geplaatst.', en: 'This child is already placed.' },
  'PLACEMENT.NOT_ACTIVE': { nl: 'Deze plaatsing loopt niet.', en: 'This placement is not running.' },
  'PLACEMENT.NOT_OPEN': { nl: 'Dit plaatsingsverzoek staat niet meer open.', en: 'This placement request is no longer open.' },
  'PLACEMENT.REQUEST_LAPSED': { nl: 'Dit plaatsingsverzoek is vervallen.', en: 'This placement request has lapsed.' },
  'PLACEMENT.CHILD_NOT_IN_PLACEMENT': { nl: 'Dit kind hoort niet bij deze plaatsing.', en: 'This child is not in this placement.' },
  'PLACEMENT.DATE_BEFORE_START': { nl: 'De datum ligt vóór het begin van de plaatsing.', en: 'The date lies before the placement began.' },
  'PLACEMENT.RETURN_HOME_NEEDS_DECISION': {
    nl: 'Terug naar huis vraagt eerst een besluit over de terugkeer.',
    en: 'Returning home needs a return decision first.',
  },
  'RETURN_PLAN.NOT_DRAFTED': { nl: 'Er is nog geen terugkeerplan. Stel het eerst op.', en: 'There is no return plan yet. Draft it first.' },
  'RETURN_PLAN.NO_CONDITIONS': {
    nl: 'Een terugkeerplan heeft ten minste één voorwaarde.',
    en: 'A return plan has at least one condition.',
  },
  'RETURN_PLAN.DUPLICATE_CONDITION': { nl: 'Een voorwaarde staat twee keer in het plan.', en: 'A condition is in the plan twice.' },
  'RETURN_PLAN.UNKNOWN_CONDITION': {
    nl: 'Deze voorwaarde staat niet in het terugkeerplan.',
    en: 'This condition is not in the return plan.',
  },
  'RETURN_DECISION.UNKNOWN_PARTICIPANT': {
    nl: 'Deze deelnemer hoort niet bij het besluit.',
    en: 'This participant is not part of the decision.',
  },
  'RETURN_DECISION.CHILD_NOT_HEARD': { nl: 'De mening van het kind ontbreekt.', en: 'The child’s view is missing.' },
  'RETURN_DECISION.PARENT_VIEW_MISSING': { nl: 'De mening van een ouder ontbreekt.', en: 'A parent’s view is missing.' },
  'RETURN_DECISION.GI_VIEW_MISSING': { nl: 'De visie van de GI ontbreekt.', en: 'The GI’s view is missing.' },
  'RETURN_DECISION.CONDITIONS_NOT_MET': { nl: 'Niet aan alle voorwaarden is voldaan.', en: 'Not all conditions are met.' },
  'RETURN_DECISION.REVIEW_DATE_NOT_AHEAD': {
    nl: '"Nog niet" vraagt een nieuwe evaluatiedatum na de beslisdatum.',
    en: '"Not yet" needs a new review date after the decision.',
  },
  'TRANSFER.SAME_TEAM': { nl: 'Het dossier ligt al bij dit team.', en: 'The case is already with this team.' },
  'TRANSFER.MUNICIPALITY_WITHOUT_MOVE': {
    nl: 'Een andere gemeente past alleen bij een verhuizing.',
    en: 'Another municipality fits only a move.',
  },
  'TRANSFER.VEILIG_THUIS_LEADS': {
    nl: 'Veilig Thuis heeft de regie. Veilig Thuis draagt het dossier over.',
    en: 'Veilig Thuis leads. Veilig Thuis hands the case over.',
  },
  'GI_CHANGE.NO_ORDER_IN_FORCE': {
    nl: 'Er loopt geen maatregel waarbij een GI kan wisselen.',
    en: 'No order is in force for a change of GI.',
  },
  'GI_CHANGE.SAME_GI': { nl: 'Deze GI is al belast met de maatregel.', en: 'This GI is already charged with the order.' },
  'GI_CHANGE.SEVERAL_GIS': { nl: 'Er zijn meerdere GI’s betrokken. Noem de maatregel.', en: 'Several GIs are involved. Name the order.' },
  'FOSTER_CHILD_CONTACT.ALREADY_RECORDED': { nl: 'Dit contact is al vastgelegd.', en: 'This contact is already recorded.' },
  'FOSTER_CHILD_CONTACT.BEFORE_LAST': {
    nl: 'Dit contact ligt vóór het vorige contact. Controleer de datum.',
    en: 'This contact lies before the last one. Check the date.',
  },
  'FOSTER_CARE.BIRTH_DATE_MISSING': {
    nl: 'De geboortedatum van het kind ontbreekt. Vul die eerst aan.',
    en: 'The child’s date of birth is missing. Add it first.',
  },
  'FOSTER_CARE.CHOICE_BEFORE_16': {
    nl: 'De keuze over verlengde pleegzorg kan vanaf 16 jaar.',
    en: 'The choice on extended foster care is made from 16.',
  },
  'FOSTER_CARE.PAST_21': { nl: 'Verlengde pleegzorg loopt tot 21 jaar.', en: 'Extended foster care runs until 21.' },
  'FOSTER_CARE.ALREADY_DECLINED': { nl: 'Verlengde pleegzorg is al afgewezen.', en: 'Extended foster care was already declined.' },
  'FOSTER_CARE.ALREADY_CHOSEN': { nl: 'Deze keuze is al vastgelegd.', en: 'This choice is already recorded.' },
  'HELP_PLAN.ALREADY_AGREED': { nl: 'Er loopt al een hulpplan. Pas dat aan.', en: 'A help plan already runs. Revise it.' },
  'HELP_PLAN.NOT_FOUND': { nl: 'Dit hulpplan staat niet in het dossier.', en: 'This help plan is not on the case.' },
  'HELP_PLAN.NOT_AGREED_WITH_FAMILY': {
    nl: 'Het hulpplan moet met het gezin zijn afgesproken.',
    en: 'The help plan must be agreed with the family.',
  },
  'HELP_PLAN.DUPLICATE_GOAL': { nl: 'Een doel staat twee keer in het plan.', en: 'A goal is in the plan twice.' },
  'HELP_PLAN.DUPLICATE_SERVICE': { nl: 'Een hulpvorm staat twee keer in het plan.', en: 'A service is in the plan twice.' },
  'HELP_PLAN.BESCHIKKING_MISSING': { nl: 'Voor deze hulp is een beschikking nodig.', en: 'This help needs a beschikking (decision).' },
  'HELP_PLAN.DATE_BEFORE_PLAN': { nl: 'De datum ligt vóór het hulpplan.', en: 'The date lies before the help plan.' },
  'HELP_PLAN.EVALUATION_NOT_AHEAD': { nl: 'De evaluatiedatum moet in de toekomst liggen.', en: 'The evaluation date must lie ahead.' },
  'HELP_PLAN.ALREADY_EVALUATED': { nl: 'Het hulpplan is al geëvalueerd.', en: 'The help plan was already evaluated.' },
  'HELP_PLAN.UNKNOWN_GOAL': { nl: 'Dit doel staat niet in het hulpplan.', en: 'This goal is not in the help plan.' },
  'HELP_PLAN.GOAL_NOT_EVALUATED': { nl: 'Niet elk doel is geëvalueerd.', en: 'Not every goal is evaluated.' },
  'HELP_PLAN.ENDED': { nl: 'Het hulpplan is beëindigd.', en: 'The help plan has ended.' },
  'PERSPECTIVE.ALREADY_DECIDED': { nl: 'Over het perspectief is al besloten.', en: 'The perspective has already been decided.' },
  'PERSPECTIVE.UNKNOWN_PARTICIPANT': {
    nl: 'Deze deelnemer hoort niet bij het besluit.',
    en: 'This participant is not part of the decision.',
  },
  'PERSPECTIVE.CHILD_NOT_HEARD': { nl: 'De mening van het kind ontbreekt.', en: 'The child’s view is missing.' },
  'PERSPECTIVE.PARENT_VIEW_MISSING': { nl: 'De mening van een ouder ontbreekt.', en: 'A parent’s view is missing.' },
  'PERSPECTIVE.GI_VIEW_MISSING': { nl: 'De visie van de GI ontbreekt.', en: 'The GI’s view is missing.' },
  'PERSPECTIVE.CAREGIVER_VIEW_MISSING': {
    nl: 'De mening van de pleegouder of opvoeder ontbreekt.',
    en: 'The caregiver’s view is missing.',
  },
  'AFTERCARE.ALREADY_STARTED': { nl: 'De nazorg is al gestart.', en: 'Aftercare has already started.' },
  'AFTERCARE.CHILD_IN_AFTERCARE': { nl: 'Dit kind krijgt al nazorg.', en: 'This child already receives aftercare.' },
  'AFTERCARE.NOT_RETURNED_HOME': { nl: 'Nazorg volgt op terugkeer naar huis.', en: 'Aftercare follows a return home.' },
  'AFTERCARE.NOT_OF_AGE': {
    nl: 'Deze nazorg is voor jongeren van 18 jaar of ouder.',
    en: 'This aftercare is for young people of 18 or older.',
  },
  'AFTERCARE.END_NOT_AHEAD': { nl: 'De einddatum van de nazorg moet in de toekomst liggen.', en: 'The end of aftercare must lie ahead.' },
  'AFTERCARE.NOT_FOUND': { nl: 'Deze nazorg staat niet in het dossier.', en: 'This aftercare is not on the case.' },
  'FAMILY.PERSON_UNKNOWN': {
    nl: 'Deze persoon is geen kind of gezinslid in dit dossier. Leg het gezinslid eerst vast.',
    en: 'This person is not a child or family member on this case. Record the family member first.',
  },
  'FAMILY.ALREADY_LINKED': {
    nl: 'Aan deze persoon is al een account gekoppeld. Beëindig die koppeling eerst.',
    en: 'This person already has a linked account. End that link first.',
  },
  'FAMILY.ACCOUNT_IN_USE': {
    nl: 'Dit account is al aan een andere persoon in dit dossier gekoppeld.',
    en: 'This account is already linked to another person on this case.',
  },
  'FAMILY.NOT_LINKED': { nl: 'Aan deze persoon is geen account gekoppeld.', en: 'This person has no linked account.' },
  'FAMILY.EVENT_UNKNOWN': {
    nl: 'Deze stap staat niet in het dossier. Kies een stap uit de tijdlijn.',
    en: 'This step is not on the case. Choose a step from the timeline.',
  },
  'FAMILY.WITHHOLDING_ALREADY_RECORDED': { nl: 'Deze afscherming is al vastgelegd.', en: 'This withholding is already recorded.' },
  'FAMILY.WITHHOLDING_NOT_FOUND': { nl: 'Deze afscherming staat niet in het dossier.', en: 'This withholding is not on the case.' },
  'FAMILY.WITHHOLDING_ALREADY_ENDED': { nl: 'Deze afscherming is al opgeheven.', en: 'This withholding has already ended.' },
  'FAMILY.MARK_ALREADY_RECORDED': { nl: 'Deze markering is al vastgelegd.', en: 'This mark is already recorded.' },
  'AFTERCARE.ALREADY_ENDED': { nl: 'De nazorg is al beëindigd.', en: 'Aftercare has already ended.' },
  'NOTE.ALREADY_RECORDED': { nl: 'Deze notitie is al vastgelegd.', en: 'This note is already recorded.' },
  'NOTE.NOT_FOUND': { nl: 'Deze notitie staat niet in het dossier.', en: 'This note is not on the case.' },
  'NOTE.ALREADY_CORRECTED': {
    nl: 'Deze notitie is al verbeterd. Verbeter de nieuwste versie.',
    en: 'This note was already corrected. Correct its latest version.',
  },
  'NOTE.WORDS_OF_ABSENT': {
    nl: 'Eigen woorden zijn van iemand die erbij was. Noem die persoon als aanwezig.',
    en: 'Own words are those of someone present. Name that person as present.',
  },
  'TASK.ALREADY_GIVEN': { nl: 'Deze taak is al gegeven.', en: 'This task was already given.' },
  'TASK.NOT_FOUND': { nl: 'Deze taak staat niet in het dossier.', en: 'This task is not on the case.' },
  'TASK.NOT_OPEN': { nl: 'Deze taak is al afgerond of geannuleerd.', en: 'This task is already done or cancelled.' },
  'TASK.ASSIGNEE_CANNOT_WRITE': {
    nl: 'Geef de taak aan een team dat in dit dossier werkt.',
    en: 'Give the task to a team that works on this case.',
  },
  'TASK.DUE_IN_PAST': {
    nl: 'De datum van de taak ligt vóór vandaag. Kies vandaag of later.',
    en: 'The task is due before today. Choose today or later.',
  },
  'TASK.APPOINTMENT_WITHOUT_TIME': {
    nl: 'Een afspraak heeft een tijd naast de dag. Vul de tijd in.',
    en: 'An appointment needs its time besides its day. Fill in the time.',
  },
  'TASK.TIME_NOT_ON_DUE_DAY': {
    nl: 'De tijd van de afspraak valt niet op de gekozen dag (Nederlandse tijd).',
    en: 'The appointment’s time does not fall on its day (Dutch time).',
  },
  'INPUT.INVALID_EVENT_NUMBER': {
    nl: 'Het nummer van de stap klopt niet. Kies een stap uit het dossier.',
    en: 'The step’s number is not valid. Choose a step of the file.',
  },
  'FAMILY.NO_FILE_RIGHT': {
    nl: 'Je mag het dossier zelf niet inzien. Daarom kun je dit niet doen. Je kunt wel een klacht indienen.',
    en: 'You may not inspect the file yourself, so you cannot do this. You can file a complaint.',
  },
  'FAMILY.NO_INSPECTION_RIGHT': {
    nl: 'Je mag het dossier niet inzien en krijgt er geen informatie uit. Daarom kun je geen correctie vragen.',
    en: 'You may not inspect the file nor get information from it, so you cannot ask for a correction.',
  },
  'FAMILY.STATEMENT_ALREADY_ADDED': { nl: 'Deze verklaring staat al in het dossier.', en: 'This statement is already on the file.' },
  'FAMILY.CORRECTION_ALREADY_REQUESTED': {
    nl: 'Deze vraag om correctie is al ontvangen.',
    en: 'This correction request was already received.',
  },
  'FAMILY.CORRECTION_NOT_FOUND': {
    nl: 'Deze vraag om correctie staat niet in het dossier.',
    en: 'This correction request is not on the file.',
  },
  'FAMILY.CORRECTION_ALREADY_DECIDED': {
    nl: 'Over deze vraag om correctie is al besloten.',
    en: 'This correction request was already decided.',
  },
  'FAMILY.CORRECTION_REFUSED_WITH_TEXT': {
    nl: 'Bij een weigering hoort geen verbeterde tekst. Laat die leeg, of kies "gecorrigeerd".',
    en: 'A refusal has no corrected text. Leave it empty, or choose "corrected".',
  },
  'FAMILY.DESTRUCTION_CHILD_UNDER_12': {
    nl: 'Je bent jonger dan 12 jaar. Dan kun je nog niet zelf vragen om je dossier te vernietigen.',
    en: 'You are younger than 12. Then you cannot ask yourself for your file to be destroyed.',
  },
  'FAMILY.DESTRUCTION_ALREADY_REQUESTED': {
    nl: 'Deze vraag om vernietiging is al ontvangen.',
    en: 'This destruction request was already received.',
  },
  'FAMILY.DESTRUCTION_REQUEST_OPEN': {
    nl: 'Er is al een vraag om vernietiging van dit dossier. Daarover wordt eerst besloten.',
    en: 'There is already a request to destroy this file. That is decided first.',
  },
  'FAMILY.DESTRUCTION_REQUEST_NOT_FOUND': {
    nl: 'Deze vraag om vernietiging staat niet in het dossier.',
    en: 'This destruction request is not on the file.',
  },
  'FAMILY.DESTRUCTION_ALREADY_DECIDED': {
    nl: 'Over deze vraag om vernietiging is al besloten.',
    en: 'This destruction request was already decided.',
  },
  'FAMILY.DESTRUCTION_REFUSED_WITHOUT_EXCEPTION': {
    nl: 'Weigeren mag alleen om een reden uit de wet. Kies het belang van een ander of een wettelijke plicht.',
    en: 'Refusing is allowed only on a ground of the law. Choose another’s interest or a legal duty.',
  },
  'FAMILY.DESTRUCTION_EXCEPTION_WITH_DESTROY': {
    nl: 'Een reden uit de wet houdt het dossier juist. Kies dan "weigeren", of laat de reden weg.',
    en: 'A ground of the law keeps the file. Then choose "refuse", or leave the ground out.',
  },
  'FAMILY.DESTRUCTION_LEGAL_DUTY': {
    nl: 'Er loopt een maatregel van de rechter. Dan moet het dossier blijven. Weiger met "wettelijke plicht".',
    en: 'A court order is in force. Then the file must be kept. Refuse with "legal duty".',
  },
  'FAMILY.DESTRUCTION_CASE_OPEN': {
    nl: 'De casus is nog open. Sluit de casus eerst, of weiger met een reden.',
    en: 'The case is still open. Close the case first, or refuse with a reason.',
  },
  'FAMILY.COMPLAINT_ALREADY_FILED': { nl: 'Deze klacht is al ontvangen.', en: 'This complaint was already received.' },
  'FAMILY.COMPLAINT_NOT_FOUND': { nl: 'Deze klacht staat niet in het dossier.', en: 'This complaint is not on the file.' },
  'FAMILY.COMPLAINT_ALREADY_HANDLED': { nl: 'Deze klacht is al behandeld.', en: 'This complaint was already handled.' },
} as const satisfies Record<DomainErrorCode, Words>;

/** Every refusal code the API answers with; apps/api/src/http/refusal-codes.ts checks it against every lib's codes. */
export const REFUSAL_WORDS = {
  ...CASE_REFUSAL_WORDS,
  // libs/placement and libs/privacy
  'PLACEMENT_OPTION.NOT_PROVIDER': { nl: 'Alleen een aanbieder beheert plekken.', en: 'Only a provider manages places.' },
  'PLACEMENT_OPTION.OTHER_PROVIDER': { nl: 'Deze plek is van een andere aanbieder.', en: 'This place belongs to another provider.' },
  'PLACEMENT_OPTION.NOT_FOUND': { nl: 'Deze plek bestaat niet.', en: 'This place does not exist.' },
  'PLACEMENT_OPTION.ALREADY_REGISTERED': { nl: 'Deze plek is al geregistreerd.', en: 'This place is already registered.' },
  'PLACEMENT_OPTION.INVALID': {
    nl: 'De gegevens van de plek kloppen niet. Controleer ze.',
    en: 'The place’s details are not valid. Check them.',
  },
  'PLACEMENT_OPTION.WITHDRAWN': { nl: 'Deze plek is ingetrokken.', en: 'This place was withdrawn.' },
  'PLACEMENT_OPTION.PAUSED': { nl: 'Deze plek is gepauzeerd.', en: 'This place is paused.' },
  'PLACEMENT_OPTION.NOT_PAUSED': { nl: 'Deze plek is niet gepauzeerd.', en: 'This place is not paused.' },
  'PLACEMENT_OPTION.NO_FREE_CAPACITY': { nl: 'Deze plek heeft geen vrije ruimte meer.', en: 'This place has no free capacity.' },
  'PLACEMENT_OPTION.CAPACITY_BELOW_USE': {
    nl: 'De capaciteit kan niet lager dan wat nu in gebruik is.',
    en: 'Capacity cannot be below what is in use.',
  },
  'PLACEMENT_OPTION.IN_USE': { nl: 'Deze plek is in gebruik.', en: 'This place is in use.' },
  'PLACEMENT_OPTION.NOT_RESERVED': { nl: 'Deze plek is niet gereserveerd.', en: 'This place is not reserved.' },
  'PLACEMENT_OPTION.SIBLING_KEPT_APART': {
    nl: 'Broers en zussen zouden hier gescheiden worden.',
    en: 'Siblings would be kept apart here.',
  },
  'PLACEMENT_PROCESS.NOT_FOUND': {
    nl: 'Deze plaatsing bestaat niet, of u mag haar niet inzien.',
    en: 'This placement does not exist, or you may not see it.',
  },
  'PLACEMENT_PROCESS.NO_PROPOSAL': { nl: 'Er is nog geen voorstel met kandidaten.', en: 'There is no proposal of candidates yet.' },
  'PLACEMENT_PROCESS.NOT_A_CANDIDATE': { nl: 'Deze plek staat niet tussen de kandidaten.', en: 'This place is not among the candidates.' },
  'PLACEMENT_PROCESS.NOT_ALLOWED': {
    nl: 'U mag deze stap in de plaatsing niet zetten.',
    en: 'You may not take this step in the placement.',
  },
  'PRIVACY.PERSON_ERASED': {
    nl: 'De gegevens van deze persoon zijn gewist. Leg de persoon vast als nieuwe persoon.',
    en: 'This person’s data was erased. Record them as a new person.',
  },
  'RETENTION.PERSON_IN_KEPT_FILE': {
    nl: 'Een persoon staat ook in een dossier dat nog bewaard wordt. Vernietig dat eerst.',
    en: 'A person is also in a file that is still kept. Destroy that first.',
  }, // The HTTP edge
  'REQUEST.INVALID': {
    nl: 'Het verzoek is niet compleet of klopt niet. Zie de velden.',
    en: 'The request is incomplete or invalid. See the fields.',
  },
  'REQUEST.REFUSED': { nl: 'Het verzoek is geweigerd.', en: 'The request was refused.' },
  'REQUEST.MALFORMED_JSON': { nl: 'Het verzoek is geen geldige JSON.', en: 'The request body is not valid JSON.' },
  'REQUEST.TOO_LARGE': { nl: 'Het verzoek is te groot.', en: 'The request is too large.' },
  'REQUEST.RATE_LIMITED': {
    nl: 'Te veel verzoeken achter elkaar. Wacht even en probeer het opnieuw.',
    en: 'Too many requests. Wait a moment and try again.',
  },
  'REQUEST.POSITION_NOT_WRITTEN': {
    nl: 'Op deze positie is niets geschreven. Gebruik de positie die een stap teruggaf.',
    en: 'Nothing was written at this position. Use the position a step returned.',
  },
  'AUTH.UNAUTHENTICATED': { nl: 'U bent niet aangemeld. Meld u aan.', en: 'You are not signed in. Sign in.' },
  'AUTH.IDENTITY_PROVIDER_UNAVAILABLE': {
    nl: 'Aanmelden lukt nu niet. Probeer het zo opnieuw.',
    en: 'Signing in is not possible now. Try again shortly.',
  },
  'AUTH.NOT_A_DEMO_PERSON': {
    nl: 'Deze persoon staat niet in de demoregio. Kies iemand uit de lijst.',
    en: 'This person is not in the demo region. Choose someone from the list.',
  },
  'ACCESS.AUDITORS_ONLY': { nl: 'Dit is alleen voor toezichthouders.', en: 'This is for auditors only.' },
  'ACCESS.PLACES_NOT_FOR_FAMILY': {
    nl: 'Plekken van aanbieders zijn voor professionals. Vraag het team van het dossier.',
    en: 'Providers’ places are for professionals. Ask the case team.',
  },
  'ACCESS.FAMILY_ONLY': {
    nl: 'Mijn dossier is voor het kind of de ouder zelf. Als professional werkt u in het dossier onder Casussen.',
    en: 'My file is for the child or parent themselves. As a professional, you work on the case under Cases.',
  },
  'CASE.REVISION_CONFLICT': {
    nl: 'Iemand anders heeft het dossier net gewijzigd. Laad het opnieuw en probeer het nog eens.',
    en: 'Someone else just changed the case. Reload it and try again.',
  },
  'EVENT.NOT_FOUND': { nl: 'Deze stap staat niet in het dossier.', en: 'This step is not on the case.' },
  'EVENT.NOT_A_DECISION': {
    nl: 'Deze stap is geen besluit over plaatsing of terugkeer.',
    en: 'This step is not a placement or return decision.',
  },
  'AUDIT.ACCESS_LOG_UNAVAILABLE': {
    nl: 'Het inzagelogboek kan nu niet worden bijgewerkt. Probeer het zo opnieuw.',
    en: 'The access log cannot be written now. Try again shortly.',
  },
  'EVENT_STORE.UNAVAILABLE': {
    nl: 'Het dossier is nu niet bereikbaar. Probeer het zo opnieuw.',
    en: 'Cases cannot be reached now. Try again shortly.',
  },
  'DATABASE.UNAVAILABLE': {
    nl: 'De database is nu niet bereikbaar. Probeer het zo opnieuw.',
    en: 'The database cannot be reached now. Try again shortly.',
  },
  'READ_MODELS.BEHIND': {
    nl: 'De overzichten zijn nog niet bijgewerkt. Probeer het zo opnieuw.',
    en: 'The overviews are not up to date yet. Try again shortly.',
  },
  NOT_FOUND: { nl: 'Deze pagina of dit adres bestaat niet.', en: 'This page or address does not exist.' },
  INTERNAL: {
    nl: 'Er ging iets mis bij ons. Meld het en noem het kenmerk (correlationId) van deze melding.',
    en: 'Something went wrong on our side. Report it and quote this answer’s correlationId.',
  },
} as const satisfies Record<string, Words>;

export type WordedRefusalCode = keyof typeof REFUSAL_WORDS;
