import type { JsonObject, RecordedEvent } from '@casus/event-store';
import { historyEntryOf, type HistoryEntry } from './history';
import { toCaseEvent } from '@casus/streams';
import type { CaseEvent } from '@casus/domain';

/** One line of a case's story: when, who (role, team, organisation), what happened and why. */
export type StoryLine = Readonly<{
  revision: number;
  recordedAt: string;
  who: string;
  role: string | null;
  what: string;
  why: string | null;
  eventType: string;
  eventId: string;
}>;

const list = (items: readonly unknown[]): string => (items.length ? items.join(', ') : 'none');

function what(event: CaseEvent): string {
  switch (event.type) {
    case 'SignalRegistered':
      return `signal from ${event.data.source} about ${event.data.children.length} child(ren) in ${event.data.municipality} (${event.data.urgency}): ${list(event.data.concerns)}; safety assessment due ${event.data.safetyAssessmentDueOn}`;
    case 'CaseLeadAssigned':
      return `${event.data.name} of ${event.data.team} leads the case`;
    case 'FamilyMemberRecorded':
      return `family member recorded: ${event.data.name} (${event.data.relation}${event.data.parentalAuthorityOver.length ? ', holds parental authority' : ''})`;
    case 'ParentalAuthorityChanged':
      return `parental authority changed on ${event.data.changedOn} (${event.data.source}): now over ${event.data.parentalAuthorityOver.length} child(ren), before ${event.data.previousAuthorityOver.length}; ${event.data.reason}`;
    case 'ConsentRecorded':
      return `consent given for ${event.data.purpose} on ${event.data.givenOn}`;
    case 'ConsentWithdrawn':
      return `consent withdrawn on ${event.data.withdrawnOn}: ${event.data.reason}`;
    case 'SafetyAssessed':
      return `safety assessed as ${event.data.outcome} on ${event.data.assessedOn}: ${event.data.findings}`;
    case 'SafetyPlanAgreed':
      return `safety plan agreed (review ${event.data.reviewOn}): ${list(event.data.conditions)}`;
    case 'JeugdlinkRequested':
      return `Jeugdlink asked to join: ${event.data.reason}`;
    case 'JeugdlinkJoined':
      return `Jeugdlink team ${event.data.team} joined (${list(event.data.members.map((m) => `${m.name}, ${m.organisation}`))}) to ${event.data.purpose}`;
    case 'JeugdlinkInvolvementEnded':
      return `Jeugdlink team ${event.data.team} ended its involvement: ${event.data.reason}`;
    case 'CourtOrderRecorded':
      return `court order ${event.data.kind} by ${event.data.court} (${event.data.caseNumber}), valid ${event.data.validFrom} to ${event.data.validUntil}, GI ${event.data.giOrganisation}`;
    case 'PlacementRequested':
      return `placement requested for ${event.data.childIds.length} child(ren) on ${event.data.legalBasis} basis, ${event.data.needs.careIntensity} care, from ${event.data.intendedStartOn}`;
    case 'PlacementRequestWithdrawn':
      return `placement request withdrawn on ${event.data.withdrawnOn}: ${event.data.reason}`;
    case 'PlacementRematchRequested':
      return `matching asked to run again on ${event.data.requestedOn} (${event.data.needs.careIntensity} care): ${event.data.reason}`;
    case 'PlacementDecided':
      return `placement decided with ${event.data.provider}: ${event.data.reasons}; behavioural scientist ${event.data.behaviouralScientistConsent.name} consented; ${event.data.viewsHeard.length} view(s) heard`;
    case 'PlacementStarted':
      return `placement started on ${event.data.startedOn}; plan of action due ${event.data.planOfActionDueOn}`;
    case 'PlacementPlanRecorded':
      return `plan of action: perspective decision on ${event.data.perspectiveDecisionOn} (${event.data.justification})`;
    case 'ReturnHomePlanDrafted':
      return `return-home plan drafted, target ${event.data.targetOn}: ${list(event.data.conditions.map((c) => c.description))}`;
    case 'ReturnConditionAssessed':
      return `return condition assessed ${event.data.met ? 'met' : 'not met'}: ${event.data.evidence}`;
    case 'ReturnDecisionRecorded':
      return `return decision: ${event.data.outcome.kind} with ${event.data.views.length} view(s) on record; ${event.data.rationale}`;
    case 'ChildReturnedHome':
      return `child(ren) returned home on ${event.data.returnedOn}; aftercare: ${event.data.aftercare}`;
    case 'PlacementEnded':
      return `placement ended on ${event.data.endedOn} (${event.data.reason}): ${event.data.explanation}`;
    case 'ChildLeftPlacement':
      return `${event.data.childIds.length} child(ren) left the placement on ${event.data.leftOn} (${event.data.reason}): ${event.data.explanation}`;
    case 'CaseClosed':
      return `case closed on ${event.data.closedOn}`;
    case 'CaseReopened':
      return `case reopened on ${event.data.reopenedOn}`;
    case 'PersonalDataErased':
      return `personal data of person ${event.data.personId} erased on ${event.data.erasedOn}, authorised by ${event.data.authorisedBy}`;
    default: {
      const _exhaustive: never = event;
      return String(_exhaustive);
    }
  }
}

/** The reason a step gives: the command's stated reason, else the one the event itself carries. */
function why(entry: HistoryEntry, data: JsonObject): string | null {
  return entry.reason ?? (typeof data.reason === 'string' ? data.reason : null);
}

export function storyOf(events: readonly RecordedEvent[]): StoryLine[] {
  return events.map((event) => {
    const entry = historyEntryOf(event);
    const { actor } = entry;
    const place = [actor.team, actor.organisation].filter(Boolean).join(', ');
    return {
      revision: entry.revision,
      recordedAt: entry.recordedAt,
      who: `${actor.name ?? actor.id ?? 'unknown'}${place ? ` (${place})` : ''}`,
      role: actor.role,
      what: what(toCaseEvent(event)),
      why: why(entry, event.data),
      eventType: event.type,
      eventId: event.id,
    };
  });
}

export function formatStory(lines: readonly StoryLine[]): string {
  return lines
    .map((l) => {
      const head = `#${l.revision}  ${l.recordedAt.replace('T', ' ').slice(0, 19)}  ${l.role ?? '?'}  ${l.who}`;
      return `${head}\n     ${l.what}${l.why ? `\n     why: ${l.why}` : ''}`;
    })
    .join('\n');
}
