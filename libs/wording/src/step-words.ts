import type { CaseEvent, CaseEventType, JeugdlinkMember } from '@casus/domain';
import {
  AFTERCARE_GROUND_WORDS,
  APPEAL_OUTCOME_WORDS,
  APPEAL_PARTY_WORDS,
  AUTHORITY_SOURCE_WORDS,
  CASE_NOTE_KIND_WORDS,
  COMPLAINT_OUTCOME_WORDS,
  CORRECTION_DECISION_WORDS,
  DESTRUCTION_EXCEPTION_WORDS,
  COURT_ORDER_ENDED_WORDS,
  INSTRUCTION_OUTCOME_WORDS,
  CARE_INTENSITY_WORDS,
  CONSENT_PURPOSE_WORDS,
  CONSENT_GIVER_WORDS,
  COURT_ORDER_KIND_WORDS,
  FAMILY_RELATION_WORDS,
  FOSTER_CARE_CHOICE_WORDS,
  FOSTER_CHILD_CONTACT_KIND_WORDS,
  GOAL_PROGRESS_WORDS,
  LEGAL_BASIS_WORDS,
  PERSPECTIVE_WORDS,
  PLACEMENT_END_REASON_WORDS,
  RAAD_RECOMMENDATION_WORDS,
  RECORD_KIND_WORDS,
  RETURN_OUTCOME_WORDS,
  SAFETY_OUTCOME_WORDS,
  SIGNAL_SOURCE_WORDS,
  TASK_KIND_WORDS,
  TRANSFER_REASON_WORDS,
  VEILIG_THUIS_CONCLUSION_WORDS,
  WITHHOLDING_GROUND_WORDS,
} from './term-words';
import { counted, type Language, type Words } from './words';

type DataOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>['data'];

/** What a step is called, and the line that tells it from its data: never a family member's personal data. */
export type StepWording<T extends CaseEventType> = Readonly<{ name: Words; line: (data: DataOf<T>) => Words }>;

function organisationsOf(members: readonly JeugdlinkMember[]): Words {
  const organisations = [...new Set(members.map((member) => member.organisation))];
  if (organisations.length === 0) return { nl: 'geen leden genoemd', en: 'no members named' };
  return { nl: `leden van ${organisations.join(' en ')}`, en: `members from ${organisations.join(' and ')}` };
}

export const STEP_WORDS = {
  SignalRegistered: {
    name: { nl: 'Melding ontvangen', en: 'Signal registered' },
    line: ({ source, children, municipality, urgency, concerns }) => {
      const about = counted(children.length, 'child');
      const acute = urgency === 'acute';
      return {
        nl: `${acute ? 'Acute melding' : 'Melding'} van ${SIGNAL_SOURCE_WORDS[source].nl} over ${about.nl} in ${municipality}: ${concerns.join(', ')}`,
        en: `${acute ? 'Acute signal' : 'Signal'} from ${SIGNAL_SOURCE_WORDS[source].en} about ${about.en} in ${municipality}: ${concerns.join(', ')}`,
      };
    },
  },
  NewSignalRecorded: {
    name: { nl: 'Nieuwe melding ontvangen', en: 'New signal recorded' },
    line: ({ source, childIds, urgency, concerns }) => {
      const about = counted(childIds.length, 'child');
      const acute = urgency === 'acute';
      return {
        nl: `${acute ? 'Nieuwe acute melding' : 'Nieuwe melding'} van ${SIGNAL_SOURCE_WORDS[source].nl} over ${about.nl}: ${concerns.join(', ')}`,
        en: `${acute ? 'New acute signal' : 'New signal'} from ${SIGNAL_SOURCE_WORDS[source].en} about ${about.en}: ${concerns.join(', ')}`,
      };
    },
  },
  VeiligThuisInvestigationStarted: {
    name: { nl: 'Onderzoek Veilig Thuis gestart', en: 'Veilig Thuis investigation started' },
    line: ({ reason, dueOn }) => ({
      nl: `Veilig Thuis start een onderzoek, af te ronden uiterlijk ${dueOn}: ${reason}`,
      en: `Veilig Thuis starts an investigation, to conclude by ${dueOn}: ${reason}`,
    }),
  },
  VeiligThuisInvestigationConcluded: {
    name: { nl: 'Onderzoek Veilig Thuis afgerond', en: 'Veilig Thuis investigation concluded' },
    line: ({ conclusion, findings }) => ({
      nl: `Veilig Thuis rondt het onderzoek af: ${VEILIG_THUIS_CONCLUSION_WORDS[conclusion].nl}. ${findings}`,
      en: `Veilig Thuis concludes its investigation: ${VEILIG_THUIS_CONCLUSION_WORDS[conclusion].en}. ${findings}`,
    }),
  },
  CaseHandedOverToLocalTeam: {
    name: { nl: 'Overgedragen aan het lokale team', en: 'Handed over to the local team' },
    line: ({ team, organisation, summary }) => ({
      nl: `Veilig Thuis draagt de casus over aan ${team} (${organisation}), dat de regie neemt: ${summary}`,
      en: `Veilig Thuis hands the case over to ${team} (${organisation}), which leads it from now on: ${summary}`,
    }),
  },
  CaseLeadAssigned: {
    name: { nl: 'Casusregie toegewezen', en: 'Case lead assigned' },
    line: ({ name, team }) => ({ nl: `${name} (${team}) voert de regie`, en: `${name} (${team}) leads the case` }),
  },
  FamilyMemberRecorded: {
    name: { nl: 'Gezinslid vastgelegd', en: 'Family member recorded' },
    // No name: read models hold no family member's personal data, so an erasure needs no read-model work.
    line: ({ relation, parentalAuthorityOver }) => ({
      nl: `Gezinslid vastgelegd: ${FAMILY_RELATION_WORDS[relation].nl}${parentalAuthorityOver.length > 0 ? ', met gezag' : ''}`,
      en: `Family member recorded: ${FAMILY_RELATION_WORDS[relation].en}${parentalAuthorityOver.length > 0 ? ', with parental authority' : ''}`,
    }),
  },
  ParentalAuthorityChanged: {
    name: { nl: 'Gezag gewijzigd', en: 'Parental authority changed' },
    line: ({ source, parentalAuthorityOver, reason }) => {
      const over = counted(parentalAuthorityOver.length, 'child');
      return {
        nl: `Gezag gewijzigd (${AUTHORITY_SOURCE_WORDS[source].nl}): nu over ${over.nl}; ${reason}`,
        en: `Parental authority changed (${AUTHORITY_SOURCE_WORDS[source].en}): now over ${over.en}; ${reason}`,
      };
    },
  },
  ConsentRecorded: {
    name: { nl: 'Toestemming gegeven', en: 'Consent given' },
    line: ({ givenBy, purpose, childIds }) => {
      const children = counted(childIds.length, 'child');
      const giver = CONSENT_GIVER_WORDS[givenBy.giver];
      return {
        nl: `Toestemming gegeven door ${giver.nl} voor ${CONSENT_PURPOSE_WORDS[purpose].nl} (${children.nl})`,
        en: `Consent given by ${giver.en} for ${CONSENT_PURPOSE_WORDS[purpose].en} (${children.en})`,
      };
    },
  },
  ConsentWithdrawn: {
    name: { nl: 'Toestemming ingetrokken', en: 'Consent withdrawn' },
    line: ({ reason }) => ({ nl: `Toestemming ingetrokken: ${reason}`, en: `Consent withdrawn: ${reason}` }),
  },
  SafetyAssessed: {
    name: { nl: 'Veiligheid beoordeeld', en: 'Safety assessed' },
    line: ({ outcome, findings }) => ({
      nl: `Veiligheid beoordeeld als ${SAFETY_OUTCOME_WORDS[outcome].nl}: ${findings}`,
      en: `Safety assessed as ${SAFETY_OUTCOME_WORDS[outcome].en}: ${findings}`,
    }),
  },
  SafetyPlanAgreed: {
    name: { nl: 'Veiligheidsplan afgesproken', en: 'Safety plan agreed' },
    line: ({ conditions, reviewOn }) => {
      const count = counted(conditions.length, 'condition');
      return {
        nl: `Veiligheidsplan afgesproken met ${count.nl}; evaluatie op ${reviewOn}`,
        en: `Safety plan agreed with ${count.en}; review on ${reviewOn}`,
      };
    },
  },
  JeugdlinkRequested: {
    name: { nl: 'Jeugdlink gevraagd', en: 'Jeugdlink asked to join' },
    line: ({ reason }) => ({ nl: `Jeugdlink gevraagd aan te sluiten: ${reason}`, en: `Jeugdlink asked to join: ${reason}` }),
  },
  JeugdlinkJoined: {
    name: { nl: 'Jeugdlink aangesloten', en: 'Jeugdlink joined' },
    line: ({ team, members, purpose }) => {
      const from = organisationsOf(members);
      return {
        nl: `Jeugdlink ${team} aangesloten: ${from.nl}; doel: ${purpose}`,
        en: `Jeugdlink ${team} joined: ${from.en}; purpose: ${purpose}`,
      };
    },
  },
  JeugdlinkInvolvementEnded: {
    name: { nl: 'Jeugdlink afgesloten', en: 'Jeugdlink involvement ended' },
    line: ({ team, reason }) => ({
      nl: `Jeugdlink ${team} heeft de betrokkenheid beëindigd: ${reason}`,
      en: `Jeugdlink ${team} ended its involvement: ${reason}`,
    }),
  },
  CourtOrderRecorded: {
    name: { nl: 'Kinderbeschermingsmaatregel vastgelegd', en: 'Court order recorded' },
    line: ({ kind, validFrom, validUntil, court, extendsCourtOrderId }) => {
      const order = COURT_ORDER_KIND_WORDS[kind];
      const extended = extendsCourtOrderId !== null;
      return {
        nl: `${order.nl} ${extended ? 'verlengd' : 'afgegeven'} door ${court}, geldig van ${validFrom} tot ${validUntil}`,
        en: `${order.en} ${extended ? 'extended' : 'issued'} by ${court}, valid ${validFrom} to ${validUntil}`,
      };
    },
  },
  CourtOrderEnded: {
    name: { nl: 'Kinderbeschermingsmaatregel beëindigd', en: 'Court order ended' },
    line: ({ how, endedOn, court }) => ({
      nl: `Maatregel ${COURT_ORDER_ENDED_WORDS[how].nl} (${court}), per ${endedOn}`,
      en: `Court order ${COURT_ORDER_ENDED_WORDS[how].en} (${court}), from ${endedOn}`,
    }),
  },
  AppealLodged: {
    name: { nl: 'Hoger beroep ingesteld', en: 'Appeal lodged' },
    line: ({ lodgedBy, court, lodgedOn }) => ({
      nl: `Hoger beroep ingesteld door ${APPEAL_PARTY_WORDS[lodgedBy].nl} bij ${court} op ${lodgedOn}`,
      en: `Appeal lodged by ${APPEAL_PARTY_WORDS[lodgedBy].en} at ${court} on ${lodgedOn}`,
    }),
  },
  AppealDecided: {
    name: { nl: 'Uitspraak in hoger beroep', en: 'Appeal decided' },
    line: ({ outcome, decidedOn, lastDay }) => ({
      nl: `Maatregel in hoger beroep ${APPEAL_OUTCOME_WORDS[outcome].nl} op ${decidedOn}${lastDay ? `, tot en met ${lastDay}` : ''}`,
      en: `Court order ${APPEAL_OUTCOME_WORDS[outcome].en} on appeal on ${decidedOn}${lastDay ? `, to ${lastDay}` : ''}`,
    }),
  },
  RaadAdviceRecorded: {
    name: { nl: 'Advies van de Raad over verlenging OTS', en: "The Raad's advice on extending the OTS" },
    line: ({ office, recommendation, requestCaseNumber, advisedOn }) => {
      const advised = RAAD_RECOMMENDATION_WORDS[recommendation];
      return {
        nl: `Raad voor de Kinderbescherming (${office}) adviseert op ${advisedOn} over verzoek ${requestCaseNumber}: ${advised.nl}`,
        en: `Raad voor de Kinderbescherming (${office}) advises on ${advisedOn} on request ${requestCaseNumber}: ${advised.en}`,
      };
    },
  },
  WrittenInstructionGiven: {
    name: { nl: 'Schriftelijke aanwijzing gegeven', en: 'Written instruction given' },
    line: ({ givenOn, complyBy }) => ({
      nl: `Schriftelijke aanwijzing gegeven op ${givenOn}, op te volgen uiterlijk ${complyBy}`,
      en: `Written instruction (schriftelijke aanwijzing) given on ${givenOn}, to comply by ${complyBy}`,
    }),
  },
  InstructionFollowedUp: {
    name: { nl: 'Schriftelijke aanwijzing nagegaan', en: 'Written instruction followed up' },
    line: ({ outcome, on }) => ({
      nl: `Schriftelijke aanwijzing ${INSTRUCTION_OUTCOME_WORDS[outcome].nl} (nagegaan op ${on})`,
      en: `Written instruction ${INSTRUCTION_OUTCOME_WORDS[outcome].en} (followed up on ${on})`,
    }),
  },
  // Where the family lives is their personal data: only how many places, and who screens them.
  NetworkFamilyProposed: {
    name: { nl: 'Netwerkpleeggezin voorgesteld', en: 'Network foster family proposed' },
    line: ({ capacity, provider, proposedOn }) => {
      const places = counted(capacity, 'place');
      return {
        nl: `Netwerkpleeggezin uit het eigen netwerk voorgesteld op ${proposedOn} (${places.nl}), te screenen door ${provider}`,
        en: `Foster family from the child's own network proposed on ${proposedOn} (${places.en}), to be screened by ${provider}`,
      };
    },
  },
  PlacementRequested: {
    name: { nl: 'Plaatsing aangevraagd', en: 'Placement requested' },
    line: ({ childIds, legalBasis, needs }) => {
      const children = counted(childIds.length, 'child');
      const [basis, care] = [LEGAL_BASIS_WORDS[legalBasis], CARE_INTENSITY_WORDS[needs.careIntensity]];
      return {
        nl: `Plaatsing aangevraagd voor ${children.nl} ${basis.nl}; zorg ${care.nl}`,
        en: `Placement requested for ${children.en} ${basis.en}; care ${care.en}`,
      };
    },
  },
  PlacementRequestWithdrawn: {
    name: { nl: 'Plaatsingsverzoek ingetrokken', en: 'Placement request withdrawn' },
    line: ({ reason, withdrawnOn }) => ({
      nl: `Plaatsingsverzoek ingetrokken op ${withdrawnOn}: ${reason}`,
      en: `Placement request withdrawn on ${withdrawnOn}: ${reason}`,
    }),
  },
  PlacementRematchRequested: {
    name: { nl: 'Opnieuw matchen gevraagd', en: 'Matching asked to run again' },
    line: ({ needs, reason }) => ({
      nl: `Matching opnieuw (zorg ${CARE_INTENSITY_WORDS[needs.careIntensity].nl}): ${reason}`,
      en: `Matching runs again (${CARE_INTENSITY_WORDS[needs.careIntensity].en} care): ${reason}`,
    }),
  },
  PlacementDecided: {
    name: { nl: 'Plaatsing besloten', en: 'Placement decided' },
    line: ({ provider, reasons }) => ({
      nl: `Plaatsing besloten bij ${provider}: ${reasons}`,
      en: `Placement decided with ${provider}: ${reasons}`,
    }),
  },
  // The view is the person's own words, personal data: only whose view, and whether the child could be heard.
  PlacementViewRecorded: {
    name: { nl: 'Visie op de voorgestelde plek gehoord', en: 'View on the proposed place heard' },
    line: ({ view, heardOn }) => {
      if (view.participant === 'parent')
        return { nl: `Visie van een ouder op de voorgestelde plek, ${heardOn}`, en: `A parent's view on the proposed place, ${heardOn}` };
      if (view.heard)
        return { nl: `Visie van het kind op de voorgestelde plek, ${heardOn}`, en: `The child's view on the proposed place, ${heardOn}` };
      return {
        nl: `Het kind kon niet worden gehoord over de voorgestelde plek, ${heardOn}`,
        en: `The child could not be heard on the proposed place, ${heardOn}`,
      };
    },
  },
  IntroductionPlanned: {
    name: { nl: 'Kennismaking gepland', en: 'Introduction planned' },
    line: ({ plannedOn, participants }) => {
      const children = counted(participants.childIds.length, 'child');
      return {
        nl: `Kennismaking op de voorgestelde plek gepland op ${plannedOn}, met ${children.nl}`,
        en: `Introduction at the proposed place planned on ${plannedOn}, with ${children.en}`,
      };
    },
  },
  IntroductionHeld: {
    name: { nl: 'Kennismaking gehouden', en: 'Introduction held' },
    line: ({ heldOn }) => ({ nl: `Kennismaking gehouden op ${heldOn}`, en: `Introduction held on ${heldOn}` }),
  },
  PlacementStarted: {
    name: { nl: 'Plaatsing gestart', en: 'Placement started' },
    line: ({ startedOn, planOfActionDueOn }) => ({
      nl: `Plaatsing gestart op ${startedOn}; plan van aanpak uiterlijk ${planOfActionDueOn}`,
      en: `Placement started on ${startedOn}; plan of action due ${planOfActionDueOn}`,
    }),
  },
  PlacementPlanRecorded: {
    name: { nl: 'Plan van aanpak vastgelegd', en: 'Plan of action recorded' },
    line: ({ perspectiveDecisionOn }) => ({
      nl: `Plan van aanpak vastgelegd: perspectiefbesluit op ${perspectiveDecisionOn}`,
      en: `Plan of action recorded: perspective decision on ${perspectiveDecisionOn}`,
    }),
  },
  ReturnHomePlanDrafted: {
    name: { nl: 'Terugkeerplan opgesteld', en: 'Return-home plan drafted' },
    line: ({ conditions, targetOn }) => {
      const count = counted(conditions.length, 'condition');
      return {
        nl: `Terugkeerplan opgesteld met ${count.nl}, streefdatum ${targetOn}`,
        en: `Return-home plan drafted with ${count.en}, target ${targetOn}`,
      };
    },
  },
  ReturnConditionAssessed: {
    name: { nl: 'Terugkeervoorwaarde beoordeeld', en: 'Return-home condition assessed' },
    line: ({ met, evidence }) => ({
      nl: `Terugkeervoorwaarde beoordeeld als ${met ? 'vervuld' : 'niet vervuld'}: ${evidence}`,
      en: `Return-home condition assessed as ${met ? 'met' : 'not met'}: ${evidence}`,
    }),
  },
  ReturnDecisionRecorded: {
    name: { nl: 'Terugkeerbesluit genomen', en: 'Return decision recorded' },
    // The views are the participants' own words, personal data: only how many are on record.
    line: ({ outcome, views }) => {
      const count = counted(views.length, 'view');
      const decided = RETURN_OUTCOME_WORDS[outcome.kind];
      const then =
        outcome.kind === 'not-yet'
          ? { nl: `, opnieuw bekijken op ${outcome.reviewOn}`, en: `, review on ${outcome.reviewOn}` }
          : outcome.kind === 'no-return'
            ? { nl: `: ${outcome.perspective}`, en: `: ${outcome.perspective}` }
            : { nl: '', en: '' };
      return {
        nl: `Gezamenlijk terugkeerbesluit: ${decided.nl}${then.nl} (${count.nl} vastgelegd)`,
        en: `Joint return decision: ${decided.en}${then.en} (${count.en} on record)`,
      };
    },
  },
  ChildReturnedHome: {
    name: { nl: 'Kind thuisgekomen', en: 'Child returned home' },
    line: ({ childIds, returnedOn, aftercare }) => {
      const children = counted(childIds.length, 'child');
      return {
        nl: `${children.nl} thuisgekomen op ${returnedOn}; nazorg: ${aftercare}`,
        en: `${children.en} returned home on ${returnedOn}; aftercare: ${aftercare}`,
      };
    },
  },
  PlacementEnded: {
    name: { nl: 'Plaatsing beëindigd', en: 'Placement ended' },
    line: ({ reason, explanation }) => ({
      nl: `Plaatsing beëindigd (${PLACEMENT_END_REASON_WORDS[reason].nl}): ${explanation}`,
      en: `Placement ended (${PLACEMENT_END_REASON_WORDS[reason].en}): ${explanation}`,
    }),
  },
  FosterChildContactRecorded: {
    name: { nl: 'Contact met het pleegkind vastgelegd', en: 'Contact with the foster child recorded' },
    line: ({ kind, heldOn, nextDueOn }) => ({
      nl: `Gehouden op ${heldOn}: ${FOSTER_CHILD_CONTACT_KIND_WORDS[kind].nl}; volgende uiterlijk ${nextDueOn}`,
      en: `Held on ${heldOn}: ${FOSTER_CHILD_CONTACT_KIND_WORDS[kind].en}; next due ${nextDueOn}`,
    }),
  },
  FosterCareChoiceRecorded: {
    name: { nl: 'Keuze over pleegzorg na 18 vastgelegd', en: 'Choice on foster care after 18 recorded' },
    line: ({ choice, chosenOn, placementEndsOn }) => ({
      nl: `De jongere kiest op ${chosenOn}: ${FOSTER_CARE_CHOICE_WORDS[choice].nl}; de plaatsing eindigt op ${placementEndsOn}`,
      en: `The young person chose on ${chosenOn}: ${FOSTER_CARE_CHOICE_WORDS[choice].en}; the placement ends on ${placementEndsOn}`,
    }),
  },
  ChildLeftPlacement: {
    name: { nl: 'Kind vertrokken uit de plaatsing', en: 'Child left the placement' },
    line: ({ childIds, leftOn, reason, explanation }) => {
      const who = counted(childIds.length, 'child');
      return {
        nl: `${who.nl} vertrokken uit de plaatsing op ${leftOn} (${PLACEMENT_END_REASON_WORDS[reason].nl}): ${explanation}`,
        en: `${who.en} left the placement on ${leftOn} (${PLACEMENT_END_REASON_WORDS[reason].en}): ${explanation}`,
      };
    },
  },
  CaseNoteRecorded: {
    name: { nl: 'Journaalnotitie vastgelegd', en: 'Case note recorded' },
    // Only the kind and the day: what a note says, and the family's own words in it, stay on the case itself.
    line: ({ kind, on, corrects }) => {
      const what = CASE_NOTE_KIND_WORDS[kind];
      return corrects
        ? { nl: `Journaalnotitie (${what.nl}, ${on}) gecorrigeerd`, en: `Case note (${what.en}, ${on}) corrected` }
        : { nl: `Journaalnotitie vastgelegd: ${what.nl} op ${on}`, en: `Case note recorded: ${what.en} on ${on}` };
    },
  },
  TaskGiven: {
    name: { nl: 'Taak gegeven', en: 'Task given' },
    line: ({ kind, assignee, dueOn }) => ({
      nl: `${TASK_KIND_WORDS[kind].nl} voor ${assignee.name}${kind === 'appointment' ? ' op' : ', uiterlijk'} ${dueOn}`,
      en: `${TASK_KIND_WORDS[kind].en} for ${assignee.name}${kind === 'appointment' ? ' on' : ', due'} ${dueOn}`,
    }),
  },
  TaskCompleted: {
    name: { nl: 'Taak afgerond', en: 'Task done' },
    line: ({ doneOn }) => ({ nl: `Taak afgerond op ${doneOn}`, en: `Task done on ${doneOn}` }),
  },
  TaskCancelled: {
    name: { nl: 'Taak geannuleerd', en: 'Task cancelled' },
    line: ({ reason }) => ({ nl: `Taak geannuleerd: ${reason}`, en: `Task cancelled: ${reason}` }),
  },
  HelpPlanAgreed: {
    name: { nl: 'Hulpverleningsplan afgesproken', en: 'Help plan agreed' },
    line: ({ goals, services, evaluateOn }) => {
      const [aims, help] = [counted(goals.length, 'goal'), counted(services.length, 'service')];
      return {
        nl: `Hulpverleningsplan afgesproken met het gezin: ${aims.nl}, ${help.nl}; evaluatie op ${evaluateOn}`,
        en: `Help plan agreed with the family: ${aims.en}, ${help.en}; evaluation on ${evaluateOn}`,
      };
    },
  },
  HelpPlanRevised: {
    name: { nl: 'Hulpverleningsplan bijgesteld', en: 'Help plan revised' },
    line: ({ goals, services, reason }) => {
      const [aims, help] = [counted(goals.length, 'goal'), counted(services.length, 'service')];
      return {
        nl: `Hulpverleningsplan bijgesteld (nu ${aims.nl}, ${help.nl}): ${reason}`,
        en: `Help plan revised (now ${aims.en}, ${help.en}): ${reason}`,
      };
    },
  },
  HelpPlanEvaluated: {
    name: { nl: 'Hulpverleningsplan geëvalueerd', en: 'Help plan evaluated' },
    line: ({ goals, evaluatedOn, nextEvaluationOn }) => {
      const achieved = goals.filter((g) => g.progress === 'achieved').length;
      const word = GOAL_PROGRESS_WORDS.achieved;
      return {
        nl: `Hulpverleningsplan geëvalueerd op ${evaluatedOn}: ${achieved} van ${counted(goals.length, 'goal').nl} ${word.nl}; volgende evaluatie op ${nextEvaluationOn}`,
        en: `Help plan evaluated on ${evaluatedOn}: ${achieved} of ${counted(goals.length, 'goal').en} ${word.en}; next evaluation on ${nextEvaluationOn}`,
      };
    },
  },
  HelpPlanEnded: {
    name: { nl: 'Hulpverleningsplan afgesloten', en: 'Help plan ended' },
    line: ({ endedOn, reason }) => ({
      nl: `Hulpverleningsplan afgesloten op ${endedOn}: ${reason}`,
      en: `Help plan ended on ${endedOn}: ${reason}`,
    }),
  },
  PerspectiveDecided: {
    name: { nl: 'Perspectiefbesluit genomen', en: 'Perspective decision taken' },
    // The views are the participants' own words, personal data: only how many are on record.
    line: ({ perspective, where, views }) => {
      const count = counted(views.length, 'view');
      const place = where ? ` (${where})` : '';
      return {
        nl: `Perspectiefbesluit: ${PERSPECTIVE_WORDS[perspective].nl}${place} (${count.nl} vastgelegd)`,
        en: `Perspective decision: ${PERSPECTIVE_WORDS[perspective].en}${place} (${count.en} on record)`,
      };
    },
  },
  AftercareStarted: {
    name: { nl: 'Nazorg gestart', en: 'Aftercare started' },
    line: ({ childIds, after, startedOn, plannedEndOn }) => {
      const children = counted(childIds.length, 'child');
      return {
        nl: `Nazorg ${AFTERCARE_GROUND_WORDS[after].nl} voor ${children.nl}, van ${startedOn} tot naar verwachting ${plannedEndOn}`,
        en: `Aftercare ${AFTERCARE_GROUND_WORDS[after].en} for ${children.en}, from ${startedOn}, planned to end on ${plannedEndOn}`,
      };
    },
  },
  AftercareEnded: {
    name: { nl: 'Nazorg beëindigd', en: 'Aftercare ended' },
    line: ({ endedOn, howItWent }) => ({
      nl: `Nazorg beëindigd op ${endedOn}: ${howItWent}`,
      en: `Aftercare ended on ${endedOn}: ${howItWent}`,
    }),
  },
  CaseClosed: {
    name: { nl: 'Casus gesloten', en: 'Case closed' },
    line: ({ reason }) => ({ nl: `Casus gesloten: ${reason}`, en: `Case closed: ${reason}` }),
  },
  CaseReopened: {
    name: { nl: 'Casus heropend', en: 'Case reopened' },
    line: ({ reason }) => ({ nl: `Casus heropend: ${reason}`, en: `Case reopened: ${reason}` }),
  },
  PersonalDataErased: {
    name: { nl: 'Persoonsgegevens gewist', en: 'Personal data erased' },
    line: ({ reason }) => ({
      nl: `Persoonsgegevens van een gezinslid gewist: ${reason}`,
      en: `Personal data of a family member erased: ${reason}`,
    }),
  },
  CaseFileDestroyed: {
    name: { nl: 'Dossier vernietigd', en: 'File destroyed' },
    line: ({ ground, destroyedOn }) =>
      ground.kind === 'family-request'
        ? {
            nl: `Dossier vernietigd op ${destroyedOn}, op verzoek van ${ground.requestedOn}`,
            en: `File destroyed on ${destroyedOn}, as requested on ${ground.requestedOn}`,
          }
        : {
            nl: `Dossier vernietigd op ${destroyedOn}: de bewaartermijn (${RECORD_KIND_WORDS[ground.decidingKind].nl}, ${ground.termYears} jaar) liep tot ${ground.retainUntil}`,
            en: `File destroyed on ${destroyedOn}: its retention term (${RECORD_KIND_WORDS[ground.decidingKind].en}, ${ground.termYears} years) ran until ${ground.retainUntil}`,
          },
  },
  CaseTransferred: {
    name: { nl: 'Casus overgedragen', en: 'Case transferred' },
    line: ({ fromTeam, toTeam, reason, municipality }) => ({
      nl: `Casus overgedragen van ${fromTeam} aan ${toTeam} (${TRANSFER_REASON_WORDS[reason].nl}), gemeente ${municipality}`,
      en: `Case transferred from ${fromTeam} to ${toTeam} (${TRANSFER_REASON_WORDS[reason].en}), municipality ${municipality}`,
    }),
  },
  ChargedGiChanged: {
    name: { nl: 'Andere GI belast', en: 'Another GI charged' },
    line: ({ fromGiOrganisation, toGiOrganisation, courtOrderIds }) => ({
      nl: `${toGiOrganisation} neemt de uitvoering van ${courtOrderIds.length === 1 ? 'de kinderbeschermingsmaatregel' : `${courtOrderIds.length} kinderbeschermingsmaatregelen`} over van ${fromGiOrganisation}`,
      en: `${toGiOrganisation} takes over carrying out ${courtOrderIds.length === 1 ? 'the court order' : `${courtOrderIds.length} court orders`} from ${fromGiOrganisation}`,
    }),
  },
  // The family's own words (statement, request, complaint) are theirs, sealed: the lines say what was asked, never what was written.
  OwnStatementAdded: {
    name: { nl: 'Eigen verklaring toegevoegd', en: 'Own statement added' },
    line: ({ aboutEventNumber }) =>
      aboutEventNumber === null
        ? { nl: 'Eigen verklaring bij het dossier gevoegd', en: 'Own statement added to the file' }
        : { nl: `Eigen verklaring bij stap #${aboutEventNumber} gevoegd`, en: `Own statement added to step #${aboutEventNumber}` },
  },
  CorrectionRequested: {
    name: { nl: 'Correctie gevraagd', en: 'Correction requested' },
    line: ({ aboutEventNumber }) => ({
      nl: `Correctie gevraagd van stap #${aboutEventNumber}`,
      en: `Correction of step #${aboutEventNumber} requested`,
    }),
  },
  CorrectionDecided: {
    name: { nl: 'Besluit over correctie', en: 'Correction decided' },
    line: ({ aboutEventNumber, decision, reason }) => ({
      nl: `Correctie van stap #${aboutEventNumber} ${CORRECTION_DECISION_WORDS[decision].nl}: ${reason}`,
      en: `Correction of step #${aboutEventNumber} ${CORRECTION_DECISION_WORDS[decision].en}: ${reason}`,
    }),
  },
  DestructionRequested: {
    name: { nl: 'Vernietiging gevraagd', en: 'Destruction requested' },
    line: ({ decideBy }) => ({
      nl: `Vernietiging van het dossier gevraagd; besluit uiterlijk ${decideBy}`,
      en: `Destruction of the file requested; to be decided by ${decideBy}`,
    }),
  },
  DestructionRequestDecided: {
    name: { nl: 'Besluit over vernietiging', en: 'Destruction request decided' },
    line: ({ exception, reason }) =>
      exception === null
        ? { nl: `Besloten het dossier te vernietigen: ${reason}`, en: `Decided to destroy the file: ${reason}` }
        : {
            nl: `Vernietiging geweigerd, want ${DESTRUCTION_EXCEPTION_WORDS[exception].nl}: ${reason}`,
            en: `Destruction refused, as ${DESTRUCTION_EXCEPTION_WORDS[exception].en}: ${reason}`,
          },
  },
  ComplaintFiled: {
    name: { nl: 'Klacht ingediend', en: 'Complaint filed' },
    line: ({ handleBy }) => ({
      nl: `Klacht ingediend; behandeling uiterlijk ${handleBy}`,
      en: `Complaint filed; to be handled by ${handleBy}`,
    }),
  },
  ComplaintHandled: {
    name: { nl: 'Klacht behandeld', en: 'Complaint handled' },
    line: ({ outcome, reason }) => ({
      nl: `Klacht behandeld, ${COMPLAINT_OUTCOME_WORDS[outcome].nl}: ${reason}`,
      en: `Complaint handled, ${COMPLAINT_OUTCOME_WORDS[outcome].en}: ${reason}`,
    }),
  },
  // Who is who by the person's id only: a name is the family member's personal data.
  FamilyAccountLinked: {
    name: { nl: 'Account van gezinslid gekoppeld', en: 'Family account linked' },
    line: ({ personId, linkedOn }) => ({
      nl: `Account gekoppeld aan persoon ${personId} op ${linkedOn}: die persoon ziet het eigen dossier zoals de wet het toestaat`,
      en: `Account linked to person ${personId} on ${linkedOn}: they see their own file as the law allows`,
    }),
  },
  FamilyAccountLinkEnded: {
    name: { nl: 'Koppeling account beëindigd', en: 'Family account link ended' },
    line: ({ personId, endedOn, reason }) => ({
      nl: `Koppeling van het account van persoon ${personId} beëindigd op ${endedOn}: ${reason}`,
      en: `Link of person ${personId}'s account ended on ${endedOn}: ${reason}`,
    }),
  },
  PartWithheldFromFamily: {
    name: { nl: 'Deel afgeschermd voor het gezin', en: 'Part withheld from the family' },
    line: ({ eventNumber, from, ground, reason }) => {
      const who =
        from === 'everyone'
          ? { nl: 'iedereen van het gezin', en: 'the whole family' }
          : from === 'parents'
            ? { nl: 'de ouders', en: 'the parents' }
            : {
                nl: `${from.length} ${from.length === 1 ? 'persoon' : 'personen'}`,
                en: `${from.length} ${from.length === 1 ? 'person' : 'people'}`,
              };
      return {
        nl: `Stap #${eventNumber} afgeschermd voor ${who.nl}, om ${WITHHOLDING_GROUND_WORDS[ground].nl}: ${reason}`,
        en: `Step #${eventNumber} withheld from ${who.en}, for ${WITHHOLDING_GROUND_WORDS[ground].en}: ${reason}`,
      };
    },
  },
  WithholdingEnded: {
    name: { nl: 'Afscherming opgeheven', en: 'Withholding ended' },
    line: ({ endedOn, reason }) => ({
      nl: `Afscherming opgeheven op ${endedOn}: ${reason}`,
      en: `Withholding ended on ${endedOn}: ${reason}`,
    }),
  },
  PartMarkedNotForParents: {
    name: { nl: 'Deel niet voor de ouders', en: 'Part marked not for the parents' },
    line: ({ eventNumber, reason }) => ({
      nl: `Stap #${eventNumber} is niet voor de ouders (zij zien er niets van): ${reason}`,
      en: `Step #${eventNumber} is not for the parents (they see no trace of it): ${reason}`,
    }),
  },
} satisfies { readonly [T in CaseEventType]: StepWording<T> };

/** A step's line in both languages. */
export function stepWords(event: CaseEvent): Words {
  // The table is keyed by the event's own type, so its line takes this event's data; TypeScript cannot pair them itself.
  const line = STEP_WORDS[event.type].line as (data: CaseEvent['data']) => Words;
  return line(event.data);
}

export const stepLine = (event: CaseEvent, language: Language): string => stepWords(event)[language];
