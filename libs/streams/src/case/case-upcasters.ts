import { knownMunicipalityCode, safetyAssessmentDueOn, type CaseEvent, type Urgency } from '@casus/domain';
import type { JsonObject } from '@casus/event-store';
import type { Upcaster, Upcasters } from '../codec';

/**
 * Version 0 is the pilot's import format (FoodValley, before Casus): one child per signal, one
 * free-text concern, and no stored deadline. Version 1 lists children and concerns and stores the
 * safety-assessment due date, which the upcaster computes the way the domain does at registration.
 */
export const signalRegisteredV0ToV1: Upcaster = (data) => {
  const { child, concern, ...rest } = data as JsonObject & { child?: unknown; concern?: unknown };
  const receivedAt = String(rest.receivedAt);
  const urgency = (rest.urgency ?? 'regular') as Urgency;
  return {
    ...rest,
    urgency,
    children: Array.isArray(rest.children) ? rest.children : child ? [child] : [],
    concerns: Array.isArray(rest.concerns) ? rest.concerns : concern ? [concern] : [],
    safetyAssessmentDueOn: rest.safetyAssessmentDueOn ?? safetyAssessmentDueOn(receivedAt, urgency),
  };
};

/**
 * Version 1 asked "Jeugdlink" without naming a team, and any Jeugdlink team could join. Version 2
 * names the one team that may join; an old request names none, so nobody joins on it until the
 * case lead asks again and names the team.
 */
export const jeugdlinkRequestedV1ToV2: Upcaster = (data) => ({ ...data, team: null });

/**
 * Version 1 took consent from family members only and named them in `familyMemberId`. Version 2 names
 * who gave it (`givenBy`): a family member, the child themself from 12, or the GI as guardian. Every
 * old consent was a family member's.
 */
export const consentRecordedV1ToV2: Upcaster = ({ familyMemberId, ...rest }) => ({
  ...rest,
  givenBy: { giver: 'family-member', familyMemberId: familyMemberId ?? null },
});

/**
 * Version 1 named the municipality only. Version 2 records its CBS gemeentecode, which matching compares:
 * an old signal gets the code the named table knows for its name, or none (then no place counts as in
 * the child's own municipality, rather than one that merely shares the name).
 */
export const signalRegisteredV1ToV2: Upcaster = (data) => ({ ...data, municipalityCode: knownMunicipalityCode(String(data.municipality)) });

/**
 * Version 1 let the Veilig Thuis team that handed a case over read it for good. Version 2 records until when it reads
 * the case as it stood, as a transfer does. An old handover recorded no period, and the one the deployment would give
 * cannot be told from the log; inventing one after the fact could grant more than FORMER_TEAM_READ_DAYS allows, so it
 * gets none: from its handover day on Veilig Thuis asks the wijkteam, which leads the case.
 */
export const caseHandedOverToLocalTeamV1ToV2: Upcaster = (data) => ({ ...data, formerTeamReadEndsOn: data.handedOverOn });

export const CASE_UPCASTERS: Upcasters<CaseEvent> = {
  'SignalRegistered@0': signalRegisteredV0ToV1,
  'SignalRegistered@1': signalRegisteredV1ToV2,
  'JeugdlinkRequested@1': jeugdlinkRequestedV1ToV2,
  'ConsentRecorded@1': consentRecordedV1ToV2,
  'CaseHandedOverToLocalTeam@1': caseHandedOverToLocalTeamV1ToV2,
};
