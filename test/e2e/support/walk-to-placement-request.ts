import {
  courtOrder,
  jeugdlinkJoin,
  jeugdlinkRequest,
  lead,
  mother as fatima,
  placementRequest,
  safetyPlan,
  unsafeAssessment,
} from './case-story';
import { caseSteps } from './case-steps';
import type { CasusApi } from './casus-api';
import { people, type Actor } from './people';

export type Step = readonly [actor: Actor, path: string, body: object];

/** The ids the walk gives its placement and court orders; the mother's record, if not the story's own. */
export type WalkToPlacementRequest = Readonly<{ placementId: string; otsId: string; machtigingId: string; mother?: object }>;

/**
 * From an opened case to the GI's request for a place for Sanne: the lead, the mother, an unsafe
 * assessment and a safety plan, Jeugdlink asked and joined, an OTS and a machtiging, the request.
 */
export const stepsToPlacementRequest = ({ placementId, otsId, machtigingId, mother = fatima }: WalkToPlacementRequest): readonly Step[] => [
  [people.lotte, 'assign-case-lead', lead],
  [people.lotte, 'record-family-member', mother],
  [people.lotte, 'record-safety-assessment', unsafeAssessment],
  [people.lotte, 'agree-safety-plan', safetyPlan],
  [people.lotte, 'request-jeugdlink', jeugdlinkRequest],
  [people.anouk, 'join-jeugdlink', jeugdlinkJoin],
  [people.lotte, 'record-court-order', courtOrder(otsId, 'ots', '2027-11-19')],
  [people.anouk, 'record-court-order', courtOrder(machtigingId, 'machtiging-uithuisplaatsing', '2027-05-19')],
  [people.gijs, 'request-placement', placementRequest(placementId)],
];

/** Opens the case and takes every step to the placement request, each answered 200. */
export async function walkToPlacementRequest(casus: CasusApi, caseId: string, walk: WalkToPlacementRequest): Promise<void> {
  const { open, step } = caseSteps(() => casus, caseId);
  await open();
  for (const [actor, path, body] of stepsToPlacementRequest(walk)) await step(actor, path, body);
}
