import type { JsonObject, RecordedEvent } from '@casus/event-store';
import { historyEntryOf, type HistoryEntry } from './history';
import { toCaseEvent } from '@casus/streams';
import { ROLES, type CaseEvent, type CaseEventType, type Role } from '@casus/domain';
import { ROLE_WORDS, stepLine } from '@casus/wording';

/** One line of a case's story: when, who (role, team, organisation), what happened and why. */
export type StoryLine = Readonly<{
  revision: number;
  recordedAt: string;
  who: string;
  role: string | null;
  /** The step in the shared words of @casus/wording, in English (the timeline answers in Dutch too). */
  what: string;
  facts: Readonly<Record<string, string>>;
  why: string | null;
  eventType: string;
  eventId: string;
}>;

type DataOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>['data'];
/** The fields of an event's data that hold one value: a date, a reference, a name. */
type FactOf<D> = { [K in keyof D]: D[K] extends string | null | undefined ? K : never }[keyof D];

/**
 * What the auditor checks beside the shared words of a step: the dates, references and names it recorded,
 * as read (a family member's name stays sealed, or `[erased]`, unless the reader opened it).
 */
const STORY_FACTS = {
  SignalRegistered: ['receivedAt', 'safetyAssessmentDueOn', 'registeredBy'],
  NewSignalRecorded: ['signalId', 'receivedAt', 'safetyAssessmentDueOn'],
  VeiligThuisInvestigationStarted: ['startedOn', 'dueOn'],
  VeiligThuisInvestigationConcluded: ['conclusion', 'concludedOn'],
  CaseHandedOverToLocalTeam: ['team', 'fromTeam', 'handedOverOn', 'formerTeamReadEndsOn'],
  CaseLeadAssigned: ['leadId'],
  FamilyMemberRecorded: ['familyMemberId', 'name'],
  ParentalAuthorityChanged: ['familyMemberId', 'changedOn'],
  ConsentRecorded: ['consentId', 'givenOn'],
  ConsentWithdrawn: ['consentId', 'withdrawnOn'],
  SafetyAssessed: ['assessedOn', 'signalId'],
  SafetyPlanAgreed: ['reviewOn'],
  JeugdlinkRequested: ['team', 'requestedOn'],
  JeugdlinkJoined: ['joinedOn'],
  JeugdlinkInvolvementEnded: ['endedOn'],
  CourtOrderRecorded: ['childId', 'issuedOn', 'caseNumber', 'giOrganisation', 'extendsCourtOrderId'],
  CourtOrderEnded: ['courtOrderId', 'decidedOn', 'caseNumber', 'becauseOf'],
  AppealLodged: ['appealId', 'courtOrderId', 'caseNumber'],
  AppealDecided: ['appealId', 'courtOrderId'],
  RaadAdviceRecorded: ['adviceId', 'courtOrderId', 'advisor', 'advice'],
  WrittenInstructionGiven: ['instructionId', 'courtOrderId', 'reason'],
  InstructionFollowedUp: ['instructionId'],
  NetworkFamilyProposed: ['optionId', 'familyMemberId', 'proposedOn'],
  PlacementRequested: ['placementId', 'urgency', 'intendedStartOn'],
  PlacementRequestWithdrawn: ['placementId'],
  PlacementRematchRequested: ['placementId', 'requestedOn'],
  PlacementDecided: ['optionId', 'decidedOn', 'moveInOn'],
  PlacementViewRecorded: ['optionId', 'heardOn'],
  IntroductionPlanned: ['introductionId', 'optionId', 'plannedOn'],
  IntroductionHeld: ['introductionId', 'heldOn'],
  PlacementStarted: ['placementId'],
  PlacementPlanRecorded: ['justification'],
  ReturnHomePlanDrafted: ['support'],
  ReturnConditionAssessed: ['conditionId', 'assessedOn'],
  ReturnDecisionRecorded: ['decidedOn', 'rationale', 'conditionsOverrideReason'],
  ChildReturnedHome: ['placementId'],
  PlacementEnded: ['endedOn'],
  ChildLeftPlacement: ['placementId'],
  CaseNoteRecorded: ['noteId', 'on'],
  TaskGiven: ['taskId', 'dueOn', 'at'],
  TaskCompleted: ['taskId', 'doneOn'],
  TaskCancelled: ['taskId', 'cancelledOn'],
  FosterChildContactRecorded: ['contactId', 'childId', 'heldOn'],
  FosterCareChoiceRecorded: ['childId', 'chosenOn'],
  HelpPlanAgreed: ['helpPlanId', 'agreedOn'],
  HelpPlanRevised: ['helpPlanId', 'revisedOn'],
  HelpPlanEvaluated: ['evaluationId', 'evaluatedOn'],
  HelpPlanEnded: ['helpPlanId', 'endedOn'],
  PerspectiveDecided: ['placementId', 'decidedOn', 'justification'],
  AftercareStarted: ['aftercareId', 'content'],
  AftercareEnded: ['aftercareId'],
  CaseClosed: ['closedOn'],
  CaseReopened: ['reopenedOn'],
  PersonalDataErased: ['personId', 'erasedOn', 'authorisedBy'],
  CaseFileDestroyed: ['destroyedOn'],
  CaseTransferred: ['fromTeam', 'toTeam', 'toOrganisation', 'municipalityCode', 'transferredOn', 'formerTeamReadEndsOn'],
  ChargedGiChanged: ['childId', 'fromGiOrganisation', 'toGiOrganisation', 'changedOn', 'formerGiReadEndsOn'],
  OwnStatementAdded: ['statementId', 'personId', 'addedOn'],
  CorrectionRequested: ['requestId', 'personId', 'requestedOn'],
  CorrectionDecided: ['requestId', 'decision', 'decidedOn'],
  DestructionRequested: ['requestId', 'personId', 'requestedOn', 'decideBy'],
  DestructionRequestDecided: ['requestId', 'decision', 'exception', 'decidedOn'],
  ComplaintFiled: ['complaintId', 'personId', 'filedOn', 'handleBy'],
  ComplaintHandled: ['complaintId', 'outcome', 'handledOn'],
  FamilyAccountLinked: ['personId', 'accountId', 'linkedOn'],
  FamilyAccountLinkEnded: ['personId', 'accountId', 'endedOn'],
  PartWithheldFromFamily: ['withholdingId', 'ground', 'withheldOn'],
  WithholdingEnded: ['withholdingId', 'endedOn'],
  PartMarkedNotForParents: ['markId', 'markedOn'],
} satisfies { readonly [T in CaseEventType]: readonly FactOf<DataOf<T>>[] };

function factsOf(event: CaseEvent): Record<string, string> {
  const data = event.data as Readonly<Record<string, unknown>>;
  const fields: readonly string[] = STORY_FACTS[event.type];
  return Object.fromEntries(fields.filter((field) => data[field] != null).map((field) => [field, String(data[field])]));
}

/** The reason a step gives: the command's stated reason, else the one the event itself carries. */
function why(entry: HistoryEntry, data: JsonObject): string | null {
  return entry.reason ?? (typeof data.reason === 'string' ? data.reason : null);
}

export function storyOf(events: readonly RecordedEvent[]): StoryLine[] {
  return events.map((event) => {
    const entry = historyEntryOf(event);
    const caseEvent = toCaseEvent(event);
    const { actor } = entry;
    const place = [actor.team, actor.organisation].filter(Boolean).join(', ');
    return {
      revision: entry.revision,
      recordedAt: entry.recordedAt,
      who: `${actor.name ?? actor.id ?? 'unknown'}${place ? ` (${place})` : ''}`,
      role: actor.role,
      what: stepLine(caseEvent, 'en'),
      facts: factsOf(caseEvent),
      why: why(entry, event.data),
      eventType: event.type,
      eventId: event.id,
    };
  });
}

const isRole = (role: string | null): role is Role => (ROLES as readonly (string | null)[]).includes(role);
const roleWords = (role: string | null): string => (isRole(role) ? ROLE_WORDS[role].en : (role ?? '?'));

export function formatStory(lines: readonly StoryLine[]): string {
  return lines
    .map((l) => {
      const head = `#${l.revision}  ${l.recordedAt.replace('T', ' ').slice(0, 19)}  ${roleWords(l.role)}  ${l.who}`;
      const facts = Object.entries(l.facts).map(([field, value]) => `${field} ${value}`);
      return [head, l.what, facts.join('; '), l.why ? `why: ${l.why}` : ''].filter(Boolean).join('\n     ');
    })
    .join('\n');
}
