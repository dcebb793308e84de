import { BadRequestException, ServiceUnavailableException } from '@nestjs/common';
import { comparePositions, loadLogHead, parsePosition, type LogPosition } from '@casus/event-store';
import { waitForPosition, type Projection } from '@casus/projections';
import type { Pool } from 'pg';
import { HttpRefusal } from '../http/problem';

export const MIN_POSITION_HEADER = 'x-min-position';

/**
 * Read-your-writes: a command answers with the position it wrote; a query that passes it (query
 * `minPosition` or header `X-Min-Position`) waits, bounded, until the read models have passed it.
 * A position beyond the log's head was returned by no command: waiting for it would only hold a
 * connection until the timeout, so it is refused at once.
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
  if (!(await isWritten(pool, position))) {
    throw new HttpRefusal(
      400,
      'REQUEST.POSITION_NOT_WRITTEN',
      `nothing has been written at position ${minPosition}; pass the position a command returned`,
    );
  }
  if (!(await waitForPosition(pool, projections, position, timeoutMs))) {
    throw new ServiceUnavailableException(`the read models have not reached position ${minPosition} yet; try again shortly`);
  }
}

// The head only grows, so a position at or below one seen before needs no query.
const knownHeads = new WeakMap<Pool, LogPosition>();

async function isWritten(pool: Pool, position: LogPosition): Promise<boolean> {
  const known = knownHeads.get(pool);
  if (known && comparePositions(position, known) <= 0) return true;
  const head = await loadLogHead(pool);
  if (!head) return false;
  knownHeads.set(pool, head);
  return comparePositions(position, head) <= 0;
}
