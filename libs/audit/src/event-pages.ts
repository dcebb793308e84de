import type { EventStore, RecordedEvent } from '@casus/event-store';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from '../../event-store/src/postgres/rows';
import { placementStreamId } from './decision-context';

/** Anything that runs SQL like a `pg` Pool or Client. */
export interface SqlClient {
  query<R>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

export const DEFAULT_PAGE_SIZE = 1_000;

/** One stream, page by page, through the event-store port (any adapter). */
export async function* streamPages(store: EventStore, streamId: string, pageSize = DEFAULT_PAGE_SIZE): AsyncGenerator<RecordedEvent[]> {
  for (let fromRevision = 0; ; fromRevision += pageSize) {
    const page = await store.readStream(streamId, { fromRevision, maxCount: pageSize });
    if (page.length > 0) yield page;
    if (page.length < pageSize) return;
  }
}

export async function readWholeStream(store: EventStore, streamId: string, pageSize = DEFAULT_PAGE_SIZE): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const page of streamPages(store, streamId, pageSize)) events.push(...page);
  return events;
}

/** The events of every placement process a case requested, for the team's decide-by dates in a replay. */
export async function readPlacementStreams(store: EventStore, caseEvents: readonly RecordedEvent[]): Promise<RecordedEvent[]> {
  const placementIds = new Set(
    caseEvents.filter((event) => event.type === 'PlacementRequested').map((event) => String(event.data.placementId)),
  );
  const streams = await Promise.all([...placementIds].map((placementId) => readWholeStream(store, placementStreamId(placementId))));
  return streams.flat();
}

/**
 * Every stream in the PostgreSQL events table, in (stream, revision) order, by keyset pages on
 * its (stream_id, stream_revision) key. The table rather than the global log: a tampered row
 * must be found even when it was moved to another place in the log.
 */
export async function* allStreamPages(db: SqlClient, pageSize = DEFAULT_PAGE_SIZE, streamPrefix = ''): AsyncGenerator<RecordedEvent[]> {
  let after: [string, number] = ['', -1];
  for (;;) {
    const { rows } = await db.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events
        WHERE (stream_id, stream_revision) > ($1, $2) AND stream_id LIKE $4
        ORDER BY stream_id, stream_revision LIMIT $3`,
      [after[0], after[1], pageSize, `${streamPrefix.replace(/[\\%_]/g, '\\$&')}%`],
    );
    if (rows.length === 0) return;
    const page = rows.map(toRecordedEvent);
    yield page;
    const last = page[page.length - 1];
    after = [last.streamId, last.revision];
    if (rows.length < pageSize) return;
  }
}
