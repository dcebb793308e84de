import { InMemoryEventStore } from '@casus/event-store';
import { Pool } from 'pg';
import { PROJECTIONS } from '../projections';
import { rebuildProjections } from './rebuild';

test('a rebuild refuses a pool too small for it instead of waiting for a connection of its own forever', async () => {
  const pool = new Pool({ max: PROJECTIONS.length });
  try {
    await expect(rebuildProjections(PROJECTIONS, { pool, store: new InMemoryEventStore() })).rejects.toThrow(
      `a rebuild of ${PROJECTIONS.length} projections needs a pool of at least ${PROJECTIONS.length + 1} connections, not ${PROJECTIONS.length}`,
    );
    expect(pool.totalCount).toBe(0);
  } finally {
    await pool.end();
  }
});
