import type { ExistingCase } from '@casus/domain';
import type { MatchRequest, PlacementOption } from '@casus/matching';

/**
 * What the case tells the matching engine. The case does not record the parents' home, the school or
 * the region: those criteria then do not count (matching scores only what applies), and the region is
 * taken from a place in the case's own municipality. The family network of a case is the case itself:
 * a netwerkpleeggezin names the case id of the family it belongs to.
 */
export function matchRequestFor(caseState: ExistingCase, placementId: string, options: readonly PlacementOption[]): MatchRequest {
  const placement = caseState.placements.find((p) => p.placementId === placementId);
  if (!placement) throw new Error(`case ${caseState.caseId} has no placement ${placementId}`);
  const children = caseState.children.filter((c) => placement.childIds.includes(c.childId));
  const earlier = caseState.placements.filter((p) => p.placementId !== placementId && p.decision);
  return {
    placementId,
    children: children.map((c) => ({ childId: c.childId, birthDate: c.birthDate })),
    referenceDate: placement.intendedStartOn,
    siblingsTogether: placement.siblingSeparationReason === null,
    needs: { careIntensity: placement.needs.careIntensity, specialisations: placement.needs.specialisations },
    familyNetworkId: caseState.caseId,
    municipality: caseState.municipality,
    region: options.find((o) => o.municipality === caseState.municipality)?.region ?? '',
    excludedAreas: [],
    earlierOptionIds: earlier.filter((p) => p.childIds.some((id) => placement.childIds.includes(id))).map((p) => p.decision!.optionId),
    siblingOptionIds: earlier
      .filter((p) => p.status === 'active' && !p.childIds.some((id) => placement.childIds.includes(id)))
      .map((p) => p.decision!.optionId),
  };
}

/** Places the request takes on one option: the whole sibling group, or one child when they are placed apart. */
export const placesFor = (request: MatchRequest): number => (request.siblingsTogether ? request.children.length : 1);
