import { CASE_EVENT_TYPES } from '@casus/domain';
import type { RecordedEvent } from '@casus/event-store';
import type { Projection, ProjectionTx } from '../runtime/projection';
import { RESERVATION_EVENT_TYPES } from './deadline-rules';
import { DeadlineFold } from './deadlines.fold';

export const deadlinesProjection: Projection = {
  name: 'deadlines',
  version: 4,
  // `placement-` holds the process streams (for NoSuitablePlacementFound) and, by its prefix, the option streams.
  streamPrefixes: ['case-', 'placement-'],
  eventTypes: [...CASE_EVENT_TYPES, ...RESERVATION_EVENT_TYPES, 'NoSuitablePlacementFound'],
  tables: ['rm_deadlines'],

  async apply(events: readonly RecordedEvent[], tx: ProjectionTx): Promise<void> {
    const fold = new DeadlineFold(true);
    await fold.add(events, tx);
    await fold.flush(tx, true);
  },

  rebuilder: () => new DeadlineFold(false),
};
