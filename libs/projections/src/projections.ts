import { capacityProjection } from './capacity/capacity.projection';
import { caseOverviewProjection } from './case-overview/case-overview.projection';
import { caseTimelineProjection } from './case-timeline/case-timeline.projection';
import { deadlinesProjection } from './deadlines/deadlines.projection';
import { familyLinksProjection } from './family-links/family-links.projection';
import { forgettingDestroyedCases } from './runtime/destroyed-cases';
import type { Projection } from './runtime/projection';

/** Every read model Casus keeps; the runner starts one worker per entry. */
export const PROJECTIONS: readonly Projection[] = [
  ...[caseOverviewProjection, caseTimelineProjection, deadlinesProjection, familyLinksProjection].map(forgettingDestroyedCases),
  capacityProjection,
];

export function projectionsNamed(names: readonly string[]): Projection[] {
  if (names.length === 0) return [...PROJECTIONS];
  return names.map((name) => {
    const projection = PROJECTIONS.find((p) => p.name === name);
    if (!projection) throw new Error(`unknown projection "${name}"; known: ${PROJECTIONS.map((p) => p.name).join(', ')}`);
    return projection;
  });
}
