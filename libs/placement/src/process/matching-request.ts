import type { ExistingCase } from '@casus/domain';
import type { MatchRequest, PlacementOption } from '@casus/matching';

/**
 * What the case tells the matching engine. The request states the parents' home, the school, the region,
 * the areas to avoid and the family network when they are known; a criterion it leaves out does not
 * count (matching scores only what applies). Without a stated region, the region of a place in the case's
 * own municipality is taken; without a stated network, the case itself is the family's network.
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
    familyNetworkId: placement.familyNetworkId ?? caseState.caseId,
    ...(placement.parentsHome ? { parentsHome: placement.parentsHome } : {}),
    ...(placement.school ? { school: placement.school } : {}),
    municipality: caseState.municipality,
    municipalityCode: caseState.municipalityCode,
    region:
      placement.region ??
      options.find((o) => o.municipalityCode !== null && o.municipalityCode === caseState.municipalityCode)?.region ??
      '',
    excludedAreas: placement.excludedAreas ?? [],
    earlierOptionIds: earlier.filter((p) => p.childIds.some((id) => placement.childIds.includes(id))).map((p) => p.decision!.optionId),
    siblingOptionIds: earlier
      .filter((p) => p.status === 'active' && !p.childIds.some((id) => placement.childIds.includes(id)))
      .map((p) => p.decision!.optionId),
  };
}

/** Places the request takes on one option: the whole sibling group, or one child when they are placed apart. */
export const placesFor = (request: MatchRequest): number => (request.siblingsTogether ? request.children.length : 1);
