import type { LogFilter, RecordedEvent } from '@casus/event-store';

/** Anything that runs SQL inside the projection's transaction (a pg client). */
export interface ProjectionTx {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>;
}

/**
 * A read model fed from the global log. `apply` writes through `tx` with unqualified table names
 * (a rebuild points the search_path at its shadow schema) and is idempotent per event.
 */
export interface Projection {
  readonly name: string;
  /** Bump when the read model's shape or rules change: the rows must then be rebuilt. */
  readonly version: number;
  readonly streamPrefixes: readonly string[];
  readonly eventTypes: readonly string[];
  /** The tables this projection owns and rewrites on a rebuild. */
  readonly tables: readonly string[];
  apply(events: readonly RecordedEvent[], tx: ProjectionTx): Promise<void>;
}

export const filterOf = (projections: readonly Projection[]): LogFilter => ({
  streamPrefixes: [...new Set(projections.flatMap((p) => p.streamPrefixes))],
  eventTypes: [...new Set(projections.flatMap((p) => p.eventTypes))],
});

export const accepts = (projection: Projection, event: RecordedEvent): boolean =>
  projection.eventTypes.includes(event.type) && projection.streamPrefixes.some((prefix) => event.streamId.startsWith(prefix));

export const checkpointName = (projection: Pick<Projection, 'name'>): string => `projection:${projection.name}`;
