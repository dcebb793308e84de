import { isCurrent, type ExistingCase } from '@casus/domain';
import type { MatchRequest, PlacementOption } from '@casus/matching';

/**
 * What the case tells the matching engine. The request states the parents' home, the school, the region,
 * the areas to avoid and the family network when they are known; a criterion it leaves out does not
 * count (matching scores only what applies). Without a stated region, the region of a place in the case's
 * own municipality is taken; without a stated network, the case itself is the family's network.
 */
export function matchRequestFor(
  caseState: ExistingCase,
  placementId: string,
  options: readonly PlacementOption[],
  declinedOptionIds: readonly string[] = [],
): MatchRequest {
  const placement = placementOf(caseState, placementId);
  const children = caseState.children.filter((c) => placement.childIds.includes(c.childId));
  const earlier = caseState.placements.filter((p) => p.placementId !== placementId && p.decision);
  const apart = keptApartFrom(caseState, placementId);
  const whereApartSiblingsLive = earlier.filter((p) => isCurrent(p) && p.childIds.some((id) => apart.includes(id))).map(optionOf);
  return {
    placementId,
    children: children.map((c) => ({ childId: c.childId, birthDate: c.birthDate })),
    referenceDate: placement.intendedStartOn,
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
    earlierOptionIds: earlier.filter((p) => livedThere(p).some((id) => placement.childIds.includes(id))).map(optionOf),
    siblingOptionIds: earlier
      .filter((p) => p.status === 'active' && !p.childIds.some((id) => placement.childIds.includes(id)))
      .map(optionOf)
      .filter((optionId) => !whereApartSiblingsLive.includes(optionId)),
    keptApartOptionIds: whereApartSiblingsLive,
    declinedOptionIds,
  };
}

/**
 * The siblings this placement's children never live with: those its request names, and those whose own
 * request names one of its children (keeping apart goes both ways, whichever request came first).
 */
export function keptApartFrom(caseState: ExistingCase, placementId: string): readonly string[] {
  const placement = placementOf(caseState, placementId);
  const named = placement.keptApartFrom ?? [];
  const naming = caseState.placements
    .filter((p) => p.placementId !== placementId && isCurrent(p) && (p.keptApartFrom ?? []).some((id) => placement.childIds.includes(id)))
    .flatMap((p) => p.childIds);
  return [...new Set([...named, ...naming])];
}

/** Places the request takes on one option: its children live together. */
export const placesFor = (request: MatchRequest): number => request.children.length;

function placementOf(caseState: ExistingCase, placementId: string) {
  const placement = caseState.placements.find((p) => p.placementId === placementId);
  if (!placement) throw new Error(`case ${caseState.caseId} has no placement ${placementId}`);
  return placement;
}

const livedThere = (placement: ExistingCase['placements'][number]): readonly string[] => [
  ...placement.childIds,
  ...placement.departures.flatMap((departure) => departure.childIds),
];

const optionOf = (placement: ExistingCase['placements'][number]): string => placement.decision!.optionId;
