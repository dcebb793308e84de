import type { CaseEvent, CourtOrderKind, JeugdlinkMember } from '@casus/domain';

const COURT_ORDER_NAMES: Record<CourtOrderKind, string> = {
  ots: 'OTS (ondertoezichtstelling)',
  'voorlopige-ots': 'voorlopige OTS',
  'machtiging-uithuisplaatsing': 'machtiging uithuisplaatsing',
  spoedmachtiging: 'spoedmachtiging uithuisplaatsing',
};

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function organisationsOf(members: readonly JeugdlinkMember[]): string {
  const organisations = [...new Set(members.map((member) => member.organisation))];
  return organisations.length === 0 ? 'no members named' : `members from ${organisations.join(' and ')}`;
}

/** One line per step, in the words professionals use in a case file. */
export function describeStep(event: CaseEvent): string {
  switch (event.type) {
    case 'SignalRegistered': {
      const { source, children, municipality, urgency, concerns } = event.data;
      const acute = urgency === 'acute' ? 'Acute signal' : 'Signal';
      return `${acute} from ${source} about ${plural(children.length, 'child', 'children')} in ${municipality}: ${concerns.join(', ')}`;
    }
    case 'CaseLeadAssigned':
      return `${event.data.name} (${event.data.team}) leads the case`;
    case 'FamilyMemberRecorded': {
      const authority = event.data.parentalAuthorityOver.length > 0 ? ', with parental authority' : '';
      // No name: read models hold no family member's personal data, so an erasure needs no read-model work.
      return `Family member recorded: ${event.data.relation}${authority}`;
    }
    case 'ParentalAuthorityChanged':
      return `Parental authority changed (${event.data.source.replaceAll('-', ' ')}): now over ${plural(event.data.parentalAuthorityOver.length, 'child', 'children')}; ${event.data.reason}`;
    case 'ConsentRecorded':
      return `Consent given for ${event.data.purpose.replaceAll('-', ' ')} (${plural(event.data.childIds.length, 'child', 'children')})`;
    case 'ConsentWithdrawn':
      return `Consent withdrawn: ${event.data.reason}`;
    case 'SafetyAssessed':
      return `Safety assessed as ${event.data.outcome.replace('-', ' ')}: ${event.data.findings}`;
    case 'SafetyPlanAgreed':
      return `Safety plan agreed with ${plural(event.data.conditions.length, 'condition')}; review on ${event.data.reviewOn}`;
    case 'JeugdlinkRequested':
      return `Jeugdlink asked to join: ${event.data.reason}`;
    case 'JeugdlinkJoined':
      return `Jeugdlink ${event.data.team} joined: ${organisationsOf(event.data.members)}; purpose: ${event.data.purpose}`;
    case 'JeugdlinkInvolvementEnded':
      return `Jeugdlink ${event.data.team} ended its involvement: ${event.data.reason}`;
    case 'CourtOrderRecorded': {
      const { kind, validFrom, validUntil, court, extendsCourtOrderId } = event.data;
      const verb = extendsCourtOrderId ? 'extended' : 'issued';
      return `${COURT_ORDER_NAMES[kind]} ${verb} by ${court}, valid ${validFrom} to ${validUntil}`;
    }
    case 'PlacementRequested': {
      const basis = event.data.legalBasis === 'voluntary' ? 'voluntarily, with the parents’ consent' : 'under a court order';
      return `Placement requested for ${plural(event.data.childIds.length, 'child', 'children')} ${basis}; care ${event.data.needs.careIntensity}`;
    }
    case 'PlacementDecided':
      return `Placement decided with ${event.data.provider}: ${event.data.reasons}`;
    case 'PlacementStarted':
      return `Placement started on ${event.data.startedOn}; plan of action due ${event.data.planOfActionDueOn}`;
    case 'PlacementPlanRecorded':
      return `Plan of action recorded: perspective decision on ${event.data.perspectiveDecisionOn}`;
    case 'ReturnHomePlanDrafted':
      return `Return-home plan drafted with ${plural(event.data.conditions.length, 'condition')}, target ${event.data.targetOn}`;
    case 'ReturnConditionAssessed':
      return `Return-home condition assessed as ${event.data.met ? 'met' : 'not met'}: ${event.data.evidence}`;
    case 'ReturnDecisionRecorded': {
      const { outcome, views } = event.data;
      const decided =
        outcome.kind === 'return-home'
          ? 'the child returns home'
          : outcome.kind === 'not-yet'
            ? `not yet, review on ${outcome.reviewOn}`
            : `no return: ${outcome.perspective}`;
      return `Joint return decision: ${decided} (${plural(views.length, 'view')} on record)`;
    }
    case 'ChildReturnedHome':
      return `${plural(event.data.childIds.length, 'child', 'children')} returned home on ${event.data.returnedOn}; aftercare: ${event.data.aftercare}`;
    case 'PlacementRequestWithdrawn':
      return `Placement request withdrawn: ${event.data.reason}`;
    case 'PlacementRematchRequested':
      return `Matching runs again (care ${event.data.needs.careIntensity}): ${event.data.reason}`;
    case 'PlacementEnded':
      return `Placement ended (${event.data.reason.replaceAll('-', ' ')}): ${event.data.explanation}`;
    case 'ChildLeftPlacement':
      return `${plural(event.data.childIds.length, 'child', 'children')} left the placement (${event.data.reason.replaceAll('-', ' ')}): ${event.data.explanation}`;
    case 'CaseClosed':
      return `Case closed: ${event.data.reason}`;
    case 'CaseReopened':
      return `Case reopened: ${event.data.reason}`;
    case 'PersonalDataErased':
      return `Personal data of a family member erased: ${event.data.reason}`;
    default: {
      const _exhaustive: never = event;
      return `Step ${(_exhaustive as { type: string }).type}`;
    }
  }
}
