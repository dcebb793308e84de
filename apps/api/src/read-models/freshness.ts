import { BadRequestException, ServiceUnavailableException } from '@nestjs/common';
import { parsePosition } from '@casus/event-store';
import { waitForPosition, type Projection } from '@casus/projections';
import type { Pool } from 'pg';

export const MIN_POSITION_HEADER = 'x-min-position';

/**
 * Read-your-writes: a command answers with the position it wrote; a query that passes it (query
 * `minPosition` or header `X-Min-Position`) waits, bounded, until the read models have passed it.
 */
export async function awaitFreshness(
  pool: Pool,
  projections: readonly Projection[],
  minPosition: string | undefined,
  timeoutMs: number,
): Promise<void> {
  if (!minPosition) return;
  const position = parsePosition(minPosition);
  if (!position) throw new BadRequestException('minPosition must be "commit:prepare", as commands return it');
  if (!(await waitForPosition(pool, projections, position, timeoutMs))) {
    throw new ServiceUnavailableException(`the read models have not reached position ${minPosition} yet; try again shortly`);
  }
}
