import type { LogPosition } from '@casus/event-store';
import type { PlacementOption } from '@casus/matching';
import type { CapacityReader } from '@casus/placement';
import { capacityProjection, loadPlacementOptions, waitForPosition } from '@casus/projections';
import type { Pool } from 'pg';

export class CapacityReadModelBehind extends Error {
  constructor(timeoutMs: number) {
    super(`the capacity read model did not reach the requested position within ${timeoutMs} ms`);
  }
}

/**
 * Capacity from the read model (one query, however many places) instead of folding every option
 * stream. Asked for a position, it waits (bounded) until the projection has passed it, and refuses to
 * answer with older capacity: the caller retries rather than match on a stale list.
 */
export class ProjectionCapacityReader implements CapacityReader {
  constructor(
    private readonly pool: Pool,
    private readonly timeoutMs = 10_000,
  ) {}

  async all(atLeast?: LogPosition): Promise<PlacementOption[]> {
    if (atLeast && !(await waitForPosition(this.pool, [capacityProjection], atLeast, this.timeoutMs))) {
      throw new CapacityReadModelBehind(this.timeoutMs);
    }
    return loadPlacementOptions(this.pool);
  }
}
